package vn.grassroots.patrols;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

import vn.grassroots.shared.Dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rosters, their refusals, patrol logs single and in bulk, feeds and statistics over
 * HTTP.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PatrolsIntegrationTests {

	static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	vn.grassroots.access.AccountService accounts;

	org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(this.accounts.loadUserByUsername(username));
	}

	long commune;

	long team;

	List<Long> members;

	@BeforeEach
	void officersTeam() {
		this.commune = this.jdbc.sql("select unit_id from acc_user where username = 'officer'")
			.query(Long.class)
			.single();
		this.team = PatrolsTestSupport.teamOf(this.jdbc, this.commune);
		this.members = PatrolsTestSupport.activeMembers(this.jdbc, this.team);
		assertThat(this.members).hasSizeGreaterThanOrEqualTo(3);
	}

	long plan(String user) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/v1/patrol-plans").with(httpBasic(user, "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"unitId": "%d", "title": "Tuần tra đêm", "area": "Thôn Đông", "route": "Cổng làng - chợ",
						 "schedule": "22:00-02:00"}""".formatted(this.team)))
			.andExpect(status().isCreated())
			.andReturn();
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	MvcResult shift(long plan, LocalDate date, String start, String end, Long... memberIds) throws Exception {
		StringBuilder ids = new StringBuilder();
		for (Long id : memberIds) {
			ids.append(ids.isEmpty() ? "" : ",").append(id);
		}
		return this.mvc
			.perform(post("/api/v1/patrol-shifts").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"planId": "%d", "date": "%s", "start": "%s", "end": "%s", "memberIds": [%s]}""".formatted(plan,
						date, start, end, ids)))
			.andReturn();
	}

	String name(long member) {
		return this.jdbc.sql("select full_name from per_member where id = :id")
			.param("id", member)
			.query(String.class)
			.single();
	}

	long shiftCount(long plan) {
		return this.jdbc.sql("select count(*) from pat_shift where plan_id = :p")
			.param("p", plan)
			.query(Long.class)
			.single();
	}

	@Test
	void plansANightShiftAndRefusesAMemberBookedTwiceAtOverlappingTimesNamingMemberAndShift() throws Exception {
		long plan = plan("officer");
		LocalDate day = Dates.today().plusDays(100);
		MvcResult first = shift(plan, day, "22:00", "02:00", this.members.get(0), this.members.get(1));
		assertThat(first.getResponse().getStatus()).isEqualTo(201);
		assertThat((Boolean) JsonPath.read(first.getResponse().getContentAsString(), "$.night")).isTrue();
		assertThat((String) JsonPath.read(first.getResponse().getContentAsString(), "$.endsAt"))
			.startsWith(day.plusDays(1).toString());

		MvcResult clash = shift(plan, day, "23:30", "01:00", this.members.get(1));

		assertThat(clash.getResponse().getStatus()).isEqualTo(422);
		assertThat(clash.getResponse().getContentType()).startsWith("application/problem+json");
		String body = clash.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(body, "$.code")).isEqualTo("GR-PAT-001");
		assertThat((String) JsonPath.read(body, "$.detail")).contains(name(this.members.get(1)))
			.contains(SHOWN.format(day) + " 23:30")
			.contains(SHOWN.format(day) + " 22:00");
		assertThat((String) JsonPath.read(body, "$.errors[0].field")).isEqualTo("memberIds");
		assertThat(shiftCount(plan)).isEqualTo(1);
		assertThat(shift(plan, day.plusDays(1), "02:00", "05:00", this.members.get(1)).getResponse().getStatus())
			.as("a shift starting when the other ends does not overlap")
			.isEqualTo(201);
	}

	@Test
	void refusesAMemberWhoIsNotActiveOnTheShiftDate() throws Exception {
		long member = newMember("SUSPENDED");
		long plan = plan("officer");

		MvcResult refused = shift(plan, Dates.today().plusDays(110), "14:00", "17:00", this.members.get(0), member);

		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		String body = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(body, "$.code")).isEqualTo("GR-PAT-002");
		assertThat((String) JsonPath.read(body, "$.detail")).contains("Thành viên Tạm Dừng")
			.contains(SHOWN.format(Dates.today().plusDays(110)) + " 14:00");
		assertThat(shiftCount(plan)).isZero();
	}

	@Test
	void refusesANightShiftThatExceedsTheProvincesCapButAcceptsADayShift() throws Exception {
		YearMonth month = YearMonth.from(Dates.today().plusMonths(5));
		long province = provinceOf(this.commune);
		cap(province, 2, month.atDay(1));
		cap(province, 10, month.plusMonths(1).atDay(1));
		long plan = plan("officer");
		long member = this.members.get(2);
		assertThat(shift(plan, month.atDay(3), "22:00", "02:00", member).getResponse().getStatus()).isEqualTo(201);
		assertThat(shift(plan, month.atDay(5), "21:00", "23:00", member).getResponse().getStatus()).isEqualTo(201);

		MvcResult third = shift(plan, month.atDay(7), "04:00", "07:00", member);

		assertThat(third.getResponse().getStatus()).isEqualTo(422);
		String body = third.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(body, "$.code")).isEqualTo("GR-PAT-003");
		assertThat((String) JsonPath.read(body, "$.detail")).contains(name(member))
			.contains(SHOWN.format(month.atDay(7)) + " 04:00")
			.contains("2");
		assertThat(shift(plan, month.atDay(7), "14:00", "17:00", member).getResponse().getStatus()).isEqualTo(201);
		this.mvc
			.perform(get("/api/v1/night-duties").with(httpBasic("officer", "demo"))
				.param("memberIds", Long.toString(member))
				.param("month", month.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$['" + member + "']").value(2));
	}

	@Test
	void logsARosterShiftAsAPatrolAndKeepsTheMonthlyRollUpCurrent() throws Exception {
		long plan = plan("officer");
		LocalDate day = Dates.today().minusMonths(7);
		MvcResult planned = shift(plan, day, "22:00", "02:00", this.members.get(0), this.members.get(1));
		long shiftId = ((Number) JsonPath.read(planned.getResponse().getContentAsString(), "$.id")).longValue();
		long[] before = month(day);

		MvcResult logged = this.mvc.perform(post("/api/v1/patrol-logs").with(httpBasic("officer", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"unitId": "%d", "shiftId": "%d", "startedAt": "%sT22:05", "endedAt": "%sT01:50",
					 "area": "Thôn Đông", "findings": "Ổn định", "participantIds": [%d, %d], "participantCount": 3}"""
				.formatted(this.team, shiftId, day, day.plusDays(1), this.members.get(0), this.members.get(1))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.night").value(true))
			.andExpect(jsonPath("$.participants.length()").value(2))
			.andReturn();

		long[] after = month(day);
		assertThat(after[0] - before[0]).isEqualTo(1);
		assertThat(after[1] - before[1]).isEqualTo(1);
		assertThat(after[2] - before[2]).isEqualTo(3);
		this.mvc.perform(get("/api/v1/patrol-shifts/{id}", shiftId).with(httpBasic("officer", "demo")))
			.andExpect(jsonPath("$.patrolLogId")
				.value(((Number) JsonPath.read(logged.getResponse().getContentAsString(), "$.id")).intValue()));
		this.mvc
			.perform(post("/api/v1/patrol-logs").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"unitId": "%d", "shiftId": "%d", "startedAt": "%sT22:05", "endedAt": "%sT01:50",
						 "area": "Thôn Đông", "participantIds": [%d]}""".formatted(this.team, shiftId, day,
						day.plusDays(1), this.members.get(0))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("shiftId"));
		assertThat(month(day)).containsExactly(after);
	}

	@Test
	void theSameBulkBatchSentTwiceCreatesEachLogOnceAndSaysSoPerItem() throws Exception {
		LocalDate day = Dates.today().minusMonths(8);
		String a = UUID.randomUUID().toString();
		String b = UUID.randomUUID().toString();
		String c = UUID.randomUUID().toString();
		String batch = """
				{"items": [%s, %s, %s, %s]}""".formatted(item(a, day, "08:00", "10:00"), item(b, day, "22:00", "23:30"),
				item(c, day, "nonsense", "10:00"), item(a, day, "08:00", "10:00"));
		long[] before = month(day);

		MvcResult first = bulk("officer", batch);
		MvcResult second = bulk("officer", batch);

		String one = first.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat((List<String>) JsonPath.read(one, "$.items[*].result")).containsExactly("created", "created",
				"rejected", "duplicate");
		assertThat((String) JsonPath.read(one, "$.items[2].errors[0].field")).isEqualTo("startedAt");
		assertThat((Integer) JsonPath.read(one, "$.items[3].id")).isEqualTo(JsonPath.read(one, "$.items[0].id"));
		String two = second.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat((List<String>) JsonPath.read(two, "$.items[*].result")).containsExactly("duplicate", "duplicate",
				"rejected", "duplicate");
		assertThat((Integer) JsonPath.read(two, "$.created")).isZero();
		assertThat((Integer) JsonPath.read(two, "$.items[1].id")).isEqualTo(JsonPath.read(one, "$.items[1].id"));
		assertThat(this.jdbc.sql("select count(*) from pat_patrol_log where client_id in (:ids)")
			.param("ids", List.of(a, b, c))
			.query(Long.class)
			.single()).isEqualTo(2);
		long[] after = month(day);
		assertThat(after[0] - before[0]).isEqualTo(2);
		assertThat(after[1] - before[1]).isEqualTo(1);
	}

	@Test
	void rejectsBulkItemsOfUnitsAndMembersOutsideTheCallersScope() throws Exception {
		LocalDate day = Dates.today().minusMonths(8);

		MvcResult result = bulk("officer2",
				"{\"items\": [" + item(UUID.randomUUID().toString(), day, "08:00", "10:00") + "]}");

		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(body, "$.items[0].result")).isEqualTo("rejected");
		assertThat((String) JsonPath.read(body, "$.items[0].errors[0].field")).isEqualTo("unitId");
	}

	@Test
	void servesARevocableICalendarFeedWithoutLoginAndWithoutPersonalData() throws Exception {
		long plan = plan("officer");
		LocalDate day = Dates.today().plusDays(20);
		assertThat(shift(plan, day, "22:00", "02:00", this.members.get(0)).getResponse().getStatus()).isEqualTo(201);
		MvcResult created = this.mvc
			.perform(post("/api/v1/patrol-calendars").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"MEMBER\", \"subjectId\": " + this.members.get(0) + "}"))
			.andExpect(status().isCreated())
			.andReturn();
		String url = JsonPath.read(created.getResponse().getContentAsString(), "$.url");

		MvcResult feed = this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn();

		assertThat(feed.getResponse().getContentType()).startsWith("text/calendar");
		String ics = feed.getResponse().getContentAsString(StandardCharsets.UTF_8);
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
		List<String> lines = List.of(ics.replace("\r\n ", "").split("\r\n"));
		assertThat(lines.get(0)).isEqualTo("BEGIN:VCALENDAR");
		assertThat(lines).contains("VERSION:2.0", "END:VCALENDAR");
		String start = day.atTime(22, 0).atZone(Dates.ZONE).toInstant().toString().replace("-", "").replace(":", "");
		int at = lines.indexOf("DTSTART:" + start);
		assertThat(at).as(ics).isPositive();
		assertThat(lines.subList(at - 3, at)).anyMatch((l) -> l.startsWith("UID:shift-"))
			.anyMatch((l) -> l.matches("DTSTAMP:\\d{8}T\\d{6}Z"));
		String citizenId = this.jdbc.sql("select citizen_id from per_member where id = :id")
			.param("id", this.members.get(0))
			.query(String.class)
			.single();
		assertThat(ics).doesNotContain(citizenId).contains(name(this.members.get(0)).substring(0, 3));
		long token = this.jdbc.sql("select max(id) from pat_calendar_token").query(Long.class).single();
		this.mvc.perform(delete("/api/v1/patrol-calendars/{id}", token).with(httpBasic("officer", "demo")))
			.andExpect(status().isNoContent());
		this.mvc.perform(get(url)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/public/patrol-calendars/guessed.ics")).andExpect(status().isNotFound());
	}

	@Test
	void keepsPatrolLogsInsideTheCallersSubtree() throws Exception {
		LocalDate day = Dates.today().minusMonths(8);
		String id = UUID.randomUUID().toString();
		String one = bulk("officer", "{\"items\": [" + item(id, day, "14:00", "16:00") + "]}").getResponse()
			.getContentAsString();
		long log = ((Number) JsonPath.read(one, "$.items[0].id")).longValue();

		this.mvc.perform(get("/api/v1/patrol-logs/{id}", log).with(httpBasic("officer", "demo")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/patrol-logs/{id}", log).with(httpBasic("leader", "demo")))
			.andExpect(this.team == leaderTeam() ? status().isOk() : status().isNotFound());
		this.mvc.perform(get("/api/v1/patrol-logs/{id}", log).with(httpBasic("officer2", "demo")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/patrol-logs").with(httpBasic("officer2", "demo"))
				.param("from", day.toString())
				.param("to", day.toString()))
			.andExpect(jsonPath("$.items[?(@.id == " + log + ")]").isEmpty());
	}

	@Test
	void countsPatrolsPerCommuneAndProvinceFromTheRollUpAndPerTeamFromTheLogs() throws Exception {
		LocalDate day = Dates.today().minusMonths(9);
		bulk("officer", "{\"items\": [" + item(UUID.randomUUID().toString(), day, "22:00", "23:00") + "]}");
		YearMonth month = YearMonth.from(day);
		long patrols = month(day)[0];

		this.mvc
			.perform(get("/api/v1/patrol-stats").with(httpBasic("officer", "demo"))
				.param("level", "COMMUNE")
				.param("from", month.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.unitId == " + this.commune + ")].patrols").value((int) patrols));
		this.mvc
			.perform(get("/api/v1/patrol-stats").with(httpBasic("officer", "demo"))
				.param("level", "TEAM")
				.param("from", month.toString()))
			.andExpect(jsonPath("$[?(@.unitId == " + this.team + ")].patrols").isNotEmpty());
		this.mvc
			.perform(get("/api/v1/patrol-stats").with(httpBasic("province", "demo"))
				.param("level", "PROVINCE")
				.param("from", month.toString()))
			.andExpect(jsonPath("$[?(@.unitId == " + provinceOf(this.commune) + ")].patrols").isNotEmpty());
		String provinceName = this.jdbc
			.sql("select full_name from org_unit_period where unit_id = :id and valid_to is null")
			.param("id", provinceOf(this.commune))
			.query(String.class)
			.single();
		this.mvc
			.perform(get("/api/v1/patrol-stats").with(httpBasic("officer", "demo"))
				.param("level", "PROVINCE")
				.param("from", month.toString()))
			.andExpect(jsonPath("$[0].unitName").value(provinceName));
		this.mvc
			.perform(get("/api/v1/patrol-stats").with(httpBasic("officer", "demo"))
				.param("level", "VILLAGE")
				.param("from", month.toString()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("level"));
	}

	@Test
	void showsTheRosterPlansLogsStatisticsAndPrintablePages() throws Exception {
		long plan = plan("officer");
		for (String page : List.of("/patrols/roster", "/patrols/roster?unitId=" + this.team, "/patrols/plans",
				"/patrols/plans/" + plan, "/patrols/logs?night=true", "/patrols/logs/new", "/patrols/stats",
				"/patrols/roster/print?unitId=" + this.commune)) {
			this.mvc.perform(get(page).with(as("officer"))).andExpect(status().isOk());
		}
		MvcResult pdf = this.mvc
			.perform(get("/patrols/roster.pdf").param("week", Dates.today().toString()).with(as("officer")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn();
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII))
			.isEqualTo("%PDF-");
		this.mvc.perform(get("/v3/api-docs").with(as("officer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/patrol-logs/bulk'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/patrol-shifts'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/public/patrol-calendars/{token}.ics'].get").exists());
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/patrols-roster.pdf"),
				pdf.getResponse().getContentAsByteArray());
	}

	@Test
	void answersOpen311ErrorsAsAGeoReportArrayAndOtherApiErrorsAsProblemJson() throws Exception {
		this.mvc.perform(post("/api/v1/public/open311/requests.json").with((r) -> {
			r.setRemoteAddr("10.44.0.1");
			return r;
		}))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$[0].code").value(400))
			.andExpect(jsonPath("$[0].description").isNotEmpty());
		this.mvc.perform(get("/api/v1/public/open311/requests/{id}.json", "NOPE-NOPE"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404));
		this.mvc.perform(get("/api/v1/patrol-logs/{id}", 987654321L).with(httpBasic("officer", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	String item(String clientId, LocalDate day, String start, String end) {
		return """
				{"clientId": "%s", "unitId": "%d", "startedAt": "%sT%s", "endedAt": "%sT%s", "area": "Thôn Đông",
				 "participantIds": [%d, %d]}""".formatted(clientId, this.team, day, start, day, end,
				this.members.get(0), this.members.get(1));
	}

	MvcResult bulk(String user, String body) throws Exception {
		return this.mvc
			.perform(post("/api/v1/patrol-logs/bulk").with(httpBasic(user, "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isOk())
			.andReturn();
	}

	long[] month(LocalDate day) {
		List<long[]> rows = this.jdbc
			.sql("select patrols, night_patrols, participations from pat_patrol_month where commune_id = :c"
					+ " and month_start = :m")
			.param("c", this.commune)
			.param("m", day.withDayOfMonth(1))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.list();
		return rows.isEmpty() ? new long[3] : rows.get(0);
	}

	long provinceOf(long unit) {
		String path = this.jdbc.sql("select path from org_unit_period where unit_id = :id and valid_to is null")
			.param("id", unit)
			.query(String.class)
			.single();
		return Long.parseLong(path.split("/")[2]);
	}

	long leaderTeam() {
		return this.jdbc.sql("select unit_id from acc_user where username = 'leader'").query(Long.class).single();
	}

	void cap(long province, int max, LocalDate from) {
		this.jdbc.sql("delete from pat_night_cap where province_id = :p and valid_from = :d")
			.param("p", province)
			.param("d", from)
			.update();
		this.jdbc
			.sql("insert into pat_night_cap (province_id, max_nights, valid_from, recorded_by, recorded_at)"
					+ " values (:p, :m, :d, 'test', :at)")
			.param("p", province)
			.param("m", max)
			.param("d", from)
			.param("at", LocalDateTime.now())
			.update();
	}

	long newMember(String status) {
		return PatrolsTestSupport.newMember(this.jdbc, this.commune, status, "0010");
	}

}

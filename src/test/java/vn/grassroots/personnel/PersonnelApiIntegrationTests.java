package vn.grassroots.personnel;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The personnel API on the demo data: scope, masking and audited reveal, refused input,
 * team establishment, the selection flow with eligibility and time limits.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PersonnelApiIntegrationTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/** A valid citizen id no demo record uses (province code 095 is not generated). */
	static String citizenId(LocalDate birth, Sex sex) {
		int code = (birth.getYear() / 100 - 19) * 2 + ((sex == Sex.FEMALE) ? 1 : 0);
		return "095" + code + String.format("%02d", birth.getYear() % 100)
				+ String.format("%06d", (int) ((System.nanoTime() / 1000 + SEQUENCE.incrementAndGet()) % 1_000_000));
	}

	private String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString();
	}

	private long firstId(String user, String url) throws Exception {
		Number id = JsonPath.read(body(this.mvc.perform(get(url).with(httpBasic(user, "demo")))), "$.items[0].id");
		return id.longValue();
	}

	private long village(String user) throws Exception {
		return firstId(user, "/api/v1/units?type=VILLAGE&size=1");
	}

	private long register(String user, long village, LocalDate birth, String name) throws Exception {
		String json = """
				{"fullName": "%s", "birthDate": "%s", "sex": "MALE", "citizenId": "%s", "phone": "0912345678",
				 "residenceVillageId": %d, "residenceSince": "2020-01-01", "education": "LOWER_SECONDARY",
				 "healthCertificateOn": "2026-01-05", "registeredOn": "2026-01-02"}
				""".formatted(name, birth, citizenId(birth, Sex.MALE), village);
		Number id = JsonPath.read(
				body(this.mvc
					.perform(post("/api/v1/members").with(httpBasic(user, "demo"))
						.contentType(MediaType.APPLICATION_JSON)
						.content(json))
					.andExpect(status().isCreated())),
				"$.id");
		return id.longValue();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void givesEveryDemoTeamARecordWithThreeToSixMembersLedByOneLeaderAndOneDeputy() {
		long teams = count("select count(*) from org_unit where type = 'TEAM' and demo = true and source is not null");
		long recorded = count("select count(*) from per_team t join org_unit u on u.id = t.team_id"
				+ " where u.demo = true and u.source is not null");
		List<long[]> sizes = this.jdbc
			.sql("select t.team_id, count(*), sum(case when ms.position = 'LEADER' then 1 else 0 end), sum(case when"
					+ " ms.position = 'DEPUTY' then 1 else 0 end) from per_team t join per_membership ms on ms.team_id ="
					+ " t.team_id where t.demo = true group by t.team_id")
			.query((rs, n) -> new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4) })
			.list();

		assertThat(teams).isPositive();
		assertThat(recorded).isEqualTo(teams);
		assertThat(sizes).hasSize((int) teams)
			.allSatisfy((s) -> assertThat(s[0]).isBetween(3L, 6L))
			.allSatisfy((s) -> assertThat(s[1]).isEqualTo(1L))
			.allSatisfy((s) -> assertThat(s[2]).isEqualTo(1L));
	}

	@Test
	void staffsEveryCurrentDemoCommuneWithAtLeastTwelveOfficers() throws Exception {
		this.mvc.perform(get("/api/v1/officers/staffing").with(httpBasic("province", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").isNumber())
			.andExpect(jsonPath("$.items[0].officers").value(org.hamcrest.Matchers.greaterThanOrEqualTo(12)))
			.andExpect(jsonPath("$.items[*].chiefs", everyItem(is(1))));
	}

	@Test
	void masksCitizenIdsAndPhonesByDefault() throws Exception {
		this.mvc.perform(get("/api/v1/members").param("size", "5").with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].citizenId", everyItem(startsWith("********"))))
			.andExpect(jsonPath("$.items[*].phone", everyItem(startsWith("*******"))))
			.andExpect(jsonPath("$.items[*].revealed", everyItem(is(false))));
	}

	@Test
	void revealsPersonalDataOnlyToPermittedRolesAndAuditsIt() throws Exception {
		long id = firstId("chief", "/api/v1/members?size=1");
		long before = count(
				"select count(*) from aud_event where actor = 'chief' and action = 'personnel.member.reveal'");

		this.mvc.perform(get("/api/v1/members/" + id).param("reveal", "true").with(httpBasic("officer", "demo")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/members/" + id).param("reveal", "true").with(httpBasic("chief", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.citizenId").value(org.hamcrest.Matchers.matchesPattern("\\d{12}")))
			.andExpect(jsonPath("$.revealed", is(true)));

		assertThat(count("select count(*) from aud_event where actor = 'chief' and action = 'personnel.member.reveal'"))
			.isEqualTo(before + 1);
	}

	@Test
	void hidesAnotherCommunesMembersFromACommuneOfficer() throws Exception {
		long id = firstId("officer", "/api/v1/members?size=1");
		long statuses = count("select count(*) from per_member_status where member_id = " + id);

		this.mvc.perform(get("/api/v1/members/" + id).with(httpBasic("officer2", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(post("/api/v1/members/" + id + "/statuses").with(httpBasic("officer2", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"SUSPENDED\", \"from\": \"2026-11-01\"}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/members/" + id).with(httpBasic("officer", "demo"))).andExpect(status().isOk());

		assertThat(count("select count(*) from per_member_status where member_id = " + id)).isEqualTo(statuses);
	}

	@Test
	void refusesACitizenIdNotMatchingTheBirthDateNamingTheFieldMasked() throws Exception {
		long village = village("officer");
		long members = count("select count(*) from per_member");

		this.mvc
			.perform(post("/api/v1/members").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"fullName": "Lê Văn Sai", "birthDate": "1990-05-05", "sex": "MALE",
						 "citizenId": "095091123456", "residenceVillageId": %d, "education": "HIGHER"}
						""".formatted(village)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field", is("citizenId")))
			.andExpect(jsonPath("$.errors[0].rejectedValue", is("********3456")));
		this.mvc
			.perform(post("/api/v1/members").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"fullName\": \"X\", \"birthDate\": \"1990-13-45\", \"sex\": \"MALE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("birthDate")));

		assertThat(count("select count(*) from per_member")).isEqualTo(members);
	}

	@Test
	void searchesMembersByNameWithoutAccents() throws Exception {
		long village = village("officer");
		register("officer", village, LocalDate.of(1991, 2, 3), "Đặng Thị Ưng Tìmkiếm");

		this.mvc.perform(get("/api/v1/members").param("q", "dang thi ung timkiem").with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].fullName", is("Đặng Thị Ưng Tìmkiếm")));
	}

	@Test
	void establishesATeamOnlyWithAValidComposition() throws Exception {
		long village = village("chief");
		long a = register("chief", village, LocalDate.of(1980, 1, 1), "Thành Lập Một");
		long b = register("chief", village, LocalDate.of(1981, 1, 1), "Thành Lập Hai");
		long c = register("chief", village, LocalDate.of(1982, 1, 1), "Thành Lập Ba");
		for (long id : List.of(a, b, c)) {
			this.mvc
				.perform(post("/api/v1/members/" + id + "/statuses").with(httpBasic("chief", "demo"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"status\": \"SELECTED\", \"from\": \"2026-02-02\"}"))
				.andExpect(status().isCreated());
		}
		String name = "Thôn Thử " + SEQUENCE.incrementAndGet() + System.nanoTime() % 1000;
		String tooFew = """
				{"villageIds": [%d], "name": "%s", "decision": {"number": "15/QĐ-UBND", "date": "2026-03-02",
				 "signer": "Chủ tịch UBND xã"}, "posting": {"place": "Nhà văn hóa thôn", "on": "2026-03-03"},
				 "leaderId": %d, "deputyIds": [%d]}
				""".formatted(village, name, a, b);

		this.mvc
			.perform(post("/api/v1/teams").with(httpBasic("chief", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(tooFew))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("memberIds")))
			.andExpect(jsonPath("$.errors[0].reason", containsString("3")));
		assertThat(count("select count(*) from org_unit_period where name = '" + name + "'")).isZero();

		String body = body(this.mvc
			.perform(post("/api/v1/teams").with(httpBasic("chief", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(tooFew.replace("\"deputyIds\": [" + b + "]",
						"\"deputyIds\": [" + b + "], \"memberIds\": [" + c + "]")))
			.andExpect(status().isCreated()));
		long team = ((Number) JsonPath.read(body, "$.id")).longValue();

		this.mvc.perform(get("/api/v1/teams/" + team).with(httpBasic("chief", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decisionNumber", is("15/QĐ-UBND")))
			.andExpect(jsonPath("$.postedPlace", is("Nhà văn hóa thôn")))
			.andExpect(jsonPath("$.members.length()", is(3)))
			.andExpect(jsonPath("$.members[*].position", hasItem("LEADER")))
			.andExpect(jsonPath("$.problems.length()", is(0)));
		this.mvc.perform(get("/api/v1/members/" + a).with(httpBasic("chief", "demo")))
			.andExpect(jsonPath("$.status", is("ACTIVE")))
			.andExpect(jsonPath("$.teamId", is((int) team)));
		this.mvc.perform(get("/api/v1/teams/" + team).with(httpBasic("officer2", "demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void runsTheSelectionFromApplicationToActiveMember() throws Exception {
		long village = village("officer");
		long commune = firstId("officer", "/api/v1/units?type=COMMUNE&size=1");
		long adult = register("officer", village, LocalDate.of(1990, 6, 1), "Tuyển Chọn Đạt");
		long minor = register("officer", village, LocalDate.of(2008, 6, 16), "Tuyển Chọn Trẻ");
		Number plan = JsonPath
			.read(body(this.mvc.perform(post("/api/v1/selection-plans").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"communeId": %d, "title": "Kế hoạch tuyển chọn thử", "quota": 1, "receiveFrom": "2026-05-04",
						 "receiveTo": "2026-05-29", "councilOn": "2026-06-08",
						 "posting": {"place": "Trụ sở UBND xã", "on": "2026-05-04"}}
						""".formatted(commune))).andExpect(status().isCreated())), "$.id");
		String dossier = "\"receivedOn\": \"2026-05-11\", \"applicationForm\": true, \"personalHistory\": true,"
				+ " \"healthCertificate\": true, \"educationCertificate\": true, \"noProsecutionDeclared\": true";
		long appAdult = ((Number) JsonPath
			.read(body(this.mvc
				.perform(post("/api/v1/selection-plans/" + plan + "/applications").with(httpBasic("officer", "demo"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"memberId\": " + adult + ", " + dossier + "}"))
				.andExpect(status().isCreated())), "$.id"))
			.longValue();
		long appMinor = ((Number) JsonPath
			.read(body(this.mvc
				.perform(post("/api/v1/selection-plans/" + plan + "/applications").with(httpBasic("officer", "demo"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"memberId\": " + minor + ", " + dossier + "}"))
				.andExpect(status().isCreated())), "$.id"))
			.longValue();

		// 17 years 364 days on the decision date 2026-06-15
		this.mvc
			.perform(get("/api/v1/applications/" + appMinor).param("on", "2026-06-15")
				.with(httpBasic("officer", "demo")))
			.andExpect(jsonPath("$.failures[0].rule", is("AGE")));
		this.mvc
			.perform(get("/api/v1/applications/" + appMinor).param("on", "2026-06-16")
				.with(httpBasic("officer", "demo")))
			.andExpect(jsonPath("$.failures.length()", is(0)));
		for (long app : List.of(appAdult, appMinor)) {
			this.mvc
				.perform(post("/api/v1/applications/" + app + "/vote").with(httpBasic("officer", "demo"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"present\": 9, \"votes\": " + ((app == appAdult) ? 8 : 5)
							+ ", \"minutesOn\": \"2026-06-08\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.passed", is(true)))
				.andExpect(jsonPath("$.deadlines[0].due", is("2026-06-15")));
		}
		this.mvc.perform(get("/api/v1/applications/" + appMinor).with(httpBasic("officer", "demo")))
			.andExpect(jsonPath("$.rank", is(2)))
			.andExpect(jsonPath("$.withinQuota", is(false)));
		this.mvc
			.perform(post("/api/v1/applications/" + appMinor + "/decision").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\": {\"number\": \"30/QĐ-UBND\", \"date\": \"2026-06-15\","
						+ " \"signer\": \"Chủ tịch UBND xã\"}}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("eligibility.AGE")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("votes")));
		this.mvc
			.perform(post("/api/v1/applications/" + appAdult + "/proposal").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"proposedOn\": \"2026-06-10\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.deadlines[1].due", is("2026-06-17")));
		this.mvc
			.perform(post("/api/v1/applications/" + appAdult + "/decision").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\": {\"number\": \"31/QĐ-UBND\", \"date\": \"2026-06-16\","
						+ " \"signer\": \"Chủ tịch UBND xã\"}, \"posting\": {\"place\": \"Trụ sở UBND xã\","
						+ " \"on\": \"2026-06-17\"}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.deadlines[1].overdue", is(false)));

		this.mvc.perform(get("/api/v1/members/" + adult).with(httpBasic("officer", "demo")))
			.andExpect(jsonPath("$.status", is("ACTIVE")));
		this.mvc.perform(get("/api/v1/members/" + minor).with(httpBasic("officer", "demo")))
			.andExpect(jsonPath("$.status", is("SELECTED")));
	}

	@Test
	void terminatesOnlyWithAGroundAndEndsTheAssignment() throws Exception {
		// a demo member of the chief's commune serving in the same team since before 1
		// November (other
		// tests move members between teams from today)
		long id = count("select max(m.id) from per_member m join per_membership ms on ms.member_id = m.id"
				+ " and ms.valid_to is null and ms.valid_from < date '2026-11-01' where m.demo = true"
				+ " and m.commune_id = (select unit_id from acc_user"
				+ " where username = 'chief') and not exists (select 1 from per_member_status s where"
				+ " s.member_id = m.id and s.status in ('TERMINATED', 'RESIGNED', 'SUSPENDED'))");
		String decision = "\"decision\": {\"number\": \"40/QĐ-UBND\", \"date\": \"2026-11-02\", \"signer\": \"CT\"}";

		this.mvc
			.perform(post("/api/v1/members/" + id + "/statuses").with(httpBasic("chief", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"TERMINATED\", \"from\": \"2026-11-02\", " + decision + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("ground")));
		this.mvc
			.perform(post("/api/v1/members/" + id + "/statuses").with(httpBasic("chief", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"TERMINATED\", \"ground\": \"B\", \"from\": \"2026-11-02\","
						+ " \"requestedOn\": \"2026-10-20\", " + decision + "}"))
			.andExpect(status().isCreated());
		// proposal on Tuesday 20 October: the chairman had until Tuesday 27 October
		this.mvc.perform(get("/api/v1/members/" + id + "/history").with(httpBasic("chief", "demo")))
			.andExpect(jsonPath("$.statuses[?(@.status == 'TERMINATED')].decisionDue", hasItem("2026-10-27")))
			.andExpect(jsonPath("$.statuses[?(@.status == 'TERMINATED')].late", hasItem(true)));

		this.mvc.perform(get("/api/v1/members/" + id).with(httpBasic("chief", "demo")))
			.andExpect(jsonPath("$.status", is("TERMINATED")))
			.andExpect(jsonPath("$.teamId").doesNotExist());
		this.mvc.perform(get("/api/v1/members/" + id).param("asOf", "2026-11-01").with(httpBasic("chief", "demo")))
			.andExpect(jsonPath("$.status", is("ACTIVE")))
			.andExpect(jsonPath("$.teamId").isNumber());
	}

	@Test
	void listsTheHolidaysOfAYear() throws Exception {
		this.mvc.perform(get("/api/v1/holidays").param("year", "2025").with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].day", hasItem("2025-01-29")))
			.andExpect(jsonPath("$.items[*].day", hasItem("2025-04-07")));
		this.mvc.perform(get("/api/v1/holidays").param("year", "abc").with(httpBasic("officer", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("year")));
	}

}

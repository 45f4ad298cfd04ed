package vn.grassroots.welfare;

import java.sql.Timestamp;
import java.time.Instant;
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

import vn.grassroots.access.AccountService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Allowance runs on the demo data with members created by the test in the first demo
 * commune, each test in its own year (far in the future) under its own policy version.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WelfareIntegrationTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	/** Thanh Hóa coefficients (domain brief §4). */
	static final String THANH_HOA_RATES = "[" + "{\"position\":\"LEADER\",\"villageType\":1,\"coefficient\":0.70},"
			+ "{\"position\":\"DEPUTY\",\"villageType\":1,\"coefficient\":0.65},"
			+ "{\"position\":\"MEMBER\",\"villageType\":1,\"coefficient\":0.60},"
			+ "{\"position\":\"LEADER\",\"villageType\":2,\"coefficient\":0.65},"
			+ "{\"position\":\"DEPUTY\",\"villageType\":2,\"coefficient\":0.60},"
			+ "{\"position\":\"MEMBER\",\"villageType\":2,\"coefficient\":0.56},"
			+ "{\"position\":\"LEADER\",\"villageType\":3,\"coefficient\":0.65},"
			+ "{\"position\":\"DEPUTY\",\"villageType\":3,\"coefficient\":0.60},"
			+ "{\"position\":\"MEMBER\",\"villageType\":3,\"coefficient\":0.56}]";

	/** Tiền Giang fixed amounts (domain brief §4). */
	static final String TIEN_GIANG_RATES = "[{\"position\":\"LEADER\",\"amount\":2340000},"
			+ "{\"position\":\"DEPUTY\",\"amount\":1638000},{\"position\":\"MEMBER\",\"amount\":1170000}]";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accountService;

	@Autowired
	JdbcClient jdbc;

	long commune() {
		return this.jdbc.sql("select unit_id from acc_user where username = 'officer'").query(Long.class).single();
	}

	long province() {
		return this.jdbc.sql("select unit_id from acc_user where username = 'province'").query(Long.class).single();
	}

	private static long team;

	/**
	 * A team of the test's own in the officer's commune (a TEAM unit without periods, not
	 * demo), so that demo teams keep their composition.
	 */
	synchronized long team() {
		if (team == 0) {
			team = WelfareFixtures.team(this.jdbc, 9_000_000_000L + (System.nanoTime() % 1_000_000), commune(),
					LocalDate.of(2030, 1, 1));
		}
		return team;
	}

	/** A team of the test's own (see {@link #team()}), a new one on each call. */
	long newTeam() {
		return WelfareFixtures.team(this.jdbc,
				9_100_000_000L + SEQUENCE.incrementAndGet() * 1_000L + (System.nanoTime() % 1_000), commune(),
				LocalDate.of(2030, 1, 1));
	}

	/** A member of the team with the position, ACTIVE from the day on. */
	long member(String position, LocalDate activeFrom) {
		int n = SEQUENCE.incrementAndGet();
		return WelfareFixtures.member(this.jdbc, commune(), team(), String.format("09990%07d", n), "Welfare Test " + n,
				position, activeFrom);
	}

	@Test
	void haNoiFixedInsuranceSupportIsPaidOnTopAndProrated() throws Exception {
		// Hà Nội: 2,820,000 / 2,720,000 / 2,520,000; BHYT 54,000 and BHXH 234,000 a month
		this.mvc.perform(post("/api/v1/welfare/provinces/{id}/policies", province()).with(httpBasic("province", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"validFrom\":\"2041-01-01\",\"kind\":\"FIXED\",\"resolution\":\"Hà Nội\","
					+ "\"nightRate\":0,\"nightCap\":0,\"bhytRate\":0,\"bhxhRate\":0,\"bhytFixed\":54000,"
					+ "\"bhxhFixed\":234000,\"rates\":[{\"position\":\"LEADER\",\"amount\":2820000},"
					+ "{\"position\":\"DEPUTY\",\"amount\":2720000},{\"position\":\"MEMBER\",\"amount\":2520000}]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.bhxhFixed", is(234_000)));
		long member = member("MEMBER", LocalDate.of(2041, 4, 16));
		long run = runId("2041-04");
		// 16..30 April = 15 of 30 days: (2,520,000 + 54,000 + 234,000) x 15 / 30 =
		// 1,404,000
		assertThat(((Number) line(run, member, "total")).longValue()).isEqualTo(1_404_000L);
	}

	@Test
	void hoChiMinhCityDutyHardshipAndAConcurrentPositionAddUpOnTheRun() throws Exception {
		// Hồ Chí Minh City (Resolution 54/2025): member 6,000,000, deputy 6,300,000;
		// night
		// 150,000 (at most 10); hazardous work 150,000 a day; hardship +70,000 per
		// working
		// day. Concurrent share 0.3 is an illustration, not a province's figure.
		this.mvc.perform(post("/api/v1/welfare/provinces/{id}/policies", province()).with(httpBasic("province", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"validFrom\":\"2042-01-01\",\"kind\":\"FIXED\",\"resolution\":\"TP. Hồ Chí Minh\","
					+ "\"nightRate\":150000,\"nightCap\":10,\"bhytRate\":0,\"bhxhRate\":0,"
					+ "\"hazardousRate\":150000,\"hardshipRate\":70000,\"concurrentShare\":0.3,"
					+ "\"rates\":[{\"position\":\"LEADER\",\"amount\":6500000},"
					+ "{\"position\":\"DEPUTY\",\"amount\":6300000},{\"position\":\"MEMBER\",\"amount\":6000000}]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.hardshipRate", is(70_000)));
		// the commune is a mountain commune from 21 June 2042: 10 of June's 30 days
		String area = "{\"communeId\":" + commune() + ",\"areaKind\":\"MOUNTAIN\",\"validFrom\":\"2042-06-21\","
				+ "\"legalBasis\":\"QĐ test\"";
		this.mvc
			.perform(post("/api/v1/welfare/hardship-areas").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(area + "}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/welfare/hardship-areas").with(httpBasic("province", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(area + ",\"validTo\":\"2042-06-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("validTo")));
		this.mvc
			.perform(post("/api/v1/welfare/hardship-areas").with(httpBasic("province", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(area + "}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.areaKind", is("MOUNTAIN")));
		long member = member("MEMBER", LocalDate.of(2042, 1, 1));
		// also deputy of a second team from 21 June
		this.jdbc
			.sql("insert into per_membership (member_id, team_id, position, valid_from, recorded_by, recorded_at)"
					+ " values (:m, :t, 'DEPUTY', '2042-06-21', 'test', :at)")
			.param("m", member)
			.param("t", newTeam())
			.param("at", Timestamp.from(Instant.now()))
			.update();
		this.mvc
			.perform(post("/api/v1/welfare/night-duties").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"memberId\":" + member + ",\"month\":\"2042-06\",\"nights\":12,\"hazardousDays\":4,"
						+ "\"workingDays\":22}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workingDays", is(22)));
		long run = runId("2042-06");
		String json = this.mvc.perform(get("/api/v1/welfare/runs/{id}/lines", run).with(httpBasic("officer", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Object> positions = JsonPath.read(json, "$.items[?(@.memberId == " + member + ")].position");
		List<Object> totals = JsonPath.read(json, "$.items[?(@.memberId == " + member + ")].total");
		List<Object> concurrent = JsonPath.read(json, "$.items[?(@.memberId == " + member + ")].concurrentDays");
		List<Object> hardship = JsonPath.read(json, "$.items[?(@.memberId == " + member + ")].hardshipAmount");
		assertThat(positions).containsExactly("MEMBER", "DEPUTY");
		// member line: 20 full days 6,000,000 x 20 / 30 = 4,000,000, plus the 10 days
		// held
		// under the better-paid deputy post at 0.3: 6,000,000 x 0.3 x 10 / 30 = 600,000
		assertThat(((Number) totals.get(0)).longValue()).isEqualTo(4_600_000L);
		assertThat(concurrent).containsExactly(10, 0);
		// deputy line: 6,300,000 x 10 / 30 = 2,100,000; nights 10 x 150,000 = 1,500,000;
		// hazardous 4 x 150,000 = 600,000; hardship min(22 working days, 10 designated
		// days) x 70,000 = 700,000; total 4,900,000
		assertThat(((Number) hardship.get(1)).longValue()).isEqualTo(700_000L);
		assertThat(((Number) totals.get(1)).longValue()).isEqualTo(4_900_000L);
		// the payroll for the finance office carries the duty and hardship columns
		byte[] xlsx = this.mvc
			.perform(get("/api/v1/welfare/runs/{id}/payroll.xlsx", run).with(httpBasic("officer", "demo"))
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			List<String> header = new java.util.ArrayList<>();
			sheet.getRow(0).forEach((cell) -> header.add(cell.getStringCellValue()));
			assertThat(header).contains("Hardship allowance", "Rest-day and hazardous duty");
			int hardshipColumn = header.indexOf("Hardship allowance");
			boolean found = false;
			for (var row : sheet) {
				if (row.getRowNum() > 0 && row.getCell(hardshipColumn).getNumericCellValue() == 700_000) {
					found = true;
				}
			}
			assertThat(found).isTrue();
		}
		this.mvc.perform(get("/api/v1/welfare/hardship-areas").with(httpBasic("officer2", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.communeId == " + commune() + ")]").isEmpty());
	}

	@Test
	void nightDutiesComeFromTheRosterUnlessADutyRecordWasEntered() throws Exception {
		// Hải Dương's night rule (50,000 a night, at most 7) with Tiền Giang amounts
		policy("2045-01-01", "FIXED", TIEN_GIANG_RATES, 50_000, 7).andExpect(status().isCreated());
		long rostered = member("MEMBER", LocalDate.of(2045, 1, 1));
		long corrected = member("MEMBER", LocalDate.of(2045, 1, 1));
		long plan = this.jdbc
			.sql("insert into pat_plan (commune_id, team_id, title, area, created_by, created_at)"
					+ " values (:c, :t, 'Tuần tra đêm', 'Thôn thử', 'test', :at)")
			.param("c", commune())
			.param("t", team())
			.param("at", Timestamp.from(Instant.now()))
			.update();
		long planId = this.jdbc.sql("select max(id) from pat_plan where title = 'Tuần tra đêm' and team_id = :t")
			.param("t", team())
			.query(Long.class)
			.single();
		assertThat(plan).isEqualTo(1);
		// nine night shifts (22:00-02:00) in March 2045 for both members
		for (int day = 1; day <= 9; day++) {
			LocalDate date = LocalDate.of(2045, 3, day);
			this.jdbc
				.sql("insert into pat_shift (plan_id, commune_id, team_id, shift_date, starts_at, ends_at, night,"
						+ " created_by, created_at) values (:p, :c, :t, :d, :s, :e, true, 'test', :at)")
				.param("p", planId)
				.param("c", commune())
				.param("t", team())
				.param("d", date)
				.param("s", java.sql.Timestamp.valueOf(date.atTime(22, 0)))
				.param("e", java.sql.Timestamp.valueOf(date.plusDays(1).atTime(2, 0)))
				.param("at", Timestamp.from(Instant.now()))
				.update();
			long shift = this.jdbc.sql("select max(id) from pat_shift where plan_id = :p")
				.param("p", planId)
				.query(Long.class)
				.single();
			for (long m : new long[] { rostered, corrected }) {
				this.jdbc.sql("insert into pat_shift_member (shift_id, member_id) values (:s, :m)")
					.param("s", shift)
					.param("m", m)
					.update();
			}
		}
		// the second member's nights were corrected by hand to 3
		nights(corrected, "2045-03", 3).andExpect(status().isOk());
		long run = runId("2045-03");
		// rostered: 9 nights recorded, 7 paid: 1,170,000 + 7 x 50,000 = 1,520,000
		assertThat(line(run, rostered, "nightsRecorded")).isEqualTo(9);
		assertThat(line(run, rostered, "nightsPaid")).isEqualTo(7);
		assertThat(((Number) line(run, rostered, "total")).longValue()).isEqualTo(1_520_000L);
		// corrected: the entered record wins: 1,170,000 + 3 x 50,000 = 1,320,000
		assertThat(line(run, corrected, "nightsRecorded")).isEqualTo(3);
		assertThat(((Number) line(run, corrected, "total")).longValue()).isEqualTo(1_320_000L);
	}

	@Test
	void aVillageTypeIsOneToThreeAndOnlyInScope() throws Exception {
		long village = this.jdbc
			.sql("select min(v.id) from org_unit v join org_unit_period p on p.unit_id = v.id"
					+ " where v.type = 'VILLAGE' and p.path like :prefix")
			.param("prefix", "%/" + commune() + "/%")
			.query(Long.class)
			.single();
		this.mvc
			.perform(put("/api/v1/welfare/villages/{id}/type", village).with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"villageType\":5}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("villageType")));
		this.mvc
			.perform(put("/api/v1/welfare/villages/{id}/type", village).with(httpBasic("officer2", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"villageType\":1}"))
			.andExpect(status().isNotFound());
	}

	ResultActions policy(String validFrom, String kind, String rates, long nightRate, int cap) throws Exception {
		return this.mvc
			.perform(post("/api/v1/welfare/provinces/{id}/policies", province()).with(httpBasic("province", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"validFrom\":\"" + validFrom + "\",\"kind\":\"" + kind
						+ "\",\"resolution\":\"test\",\"nightRate\":" + nightRate + ",\"nightCap\":" + cap
						+ ",\"bhytRate\":0,\"bhxhRate\":0,\"mealPerDay\":70200,\"deathBenefit\":53640000,"
						+ "\"funeralAllowance\":14900000,\"rates\":" + rates + "}"));
	}

	ResultActions compute(String user, long commune, String month) throws Exception {
		return this.mvc.perform(post("/api/v1/welfare/communes/{id}/runs", commune).with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"month\":\"" + month + "\"}"));
	}

	long runId(String month) throws Exception {
		String json = compute("officer", commune(), month).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	Object line(long runId, long memberId, String field) throws Exception {
		String json = this.mvc.perform(get("/api/v1/welfare/runs/{id}/lines", runId).with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Object> values = JsonPath.read(json, "$.items[?(@.memberId == " + memberId + ")]." + field);
		assertThat(values).hasSize(1);
		return values.get(0);
	}

	void advance(long runId, String user, String target) throws Exception {
		this.mvc
			.perform(post("/api/v1/welfare/runs/{id}/status", runId).with(httpBasic(user, "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"" + target + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is(target)));
	}

	@Test
	void aMemberActiveFromThe16thOfA30DayMonthIsPaidHalf() throws Exception {
		policy("2031-01-01", "COEFFICIENT", THANH_HOA_RATES, 50_000, 7).andExpect(status().isCreated());
		// the test's team has no village: type 3
		long member = member("MEMBER", LocalDate.of(2031, 9, 16));
		long run = runId("2031-09");
		// Thanh Hóa member, type-3 village: 0.56 x 2,340,000 = 1,310,400 a month;
		// active 16..30 September = 15 of 30 days: 1,310,400 x 15 / 30 = 655,200
		assertThat(line(run, member, "daysActive")).isEqualTo(15);
		assertThat(line(run, member, "daysInMonth")).isEqualTo(30);
		assertThat(((Number) line(run, member, "total")).longValue()).isEqualTo(655_200L);
	}

	@Test
	void nineNightDutiesWithACapOfSevenPaySeven() throws Exception {
		// Tiền Giang amounts with Hải Dương's night rule (50,000 a night, at most 7)
		policy("2032-01-01", "FIXED", TIEN_GIANG_RATES, 50_000, 7).andExpect(status().isCreated());
		long member = member("MEMBER", LocalDate.of(2032, 1, 1));
		nights(member, "2032-03", 9).andExpect(status().isOk());
		long run = runId("2032-03");
		// 1,170,000 (31 of 31 days) + 7 x 50,000 = 1,520,000
		assertThat(line(run, member, "nightsRecorded")).isEqualTo(9);
		assertThat(line(run, member, "nightsPaid")).isEqualTo(7);
		assertThat(((Number) line(run, member, "nightAmount")).longValue()).isEqualTo(350_000L);
		assertThat(((Number) line(run, member, "total")).longValue()).isEqualTo(1_520_000L);
	}

	ResultActions nights(long member, String month, int nights) throws Exception {
		return this.mvc.perform(post("/api/v1/welfare/night-duties").with(httpBasic("officer", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"memberId\":" + member + ",\"month\":\"" + month + "\",\"nights\":" + nights + "}"));
	}

	@Test
	void aPolicyChangeEffectiveNextMonthLeavesEveryLockedMonthUnchanged() throws Exception {
		policy("2033-01-01", "FIXED", TIEN_GIANG_RATES, 50_000, 7).andExpect(status().isCreated());
		long leader = member("LEADER", LocalDate.of(2033, 1, 1));
		long run = runId("2033-05");
		advance(run, "officer", "REVIEWED");
		advance(run, "chief", "APPROVED");
		advance(run, "chief", "LOCKED");
		String before = this.mvc.perform(get("/api/v1/welfare/runs/{id}/lines", run).with(httpBasic("officer", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long total = this.jdbc.sql("select total from wel_run where id = :id")
			.param("id", run)
			.query(Long.class)
			.single();
		// a new version from next month is accepted, one from the locked month is refused
		String doubled = TIEN_GIANG_RATES.replace("2340000", "4680000");
		policy("2033-06-01", "FIXED", doubled, 60_000, 8).andExpect(status().isCreated());
		long versions = this.jdbc.sql("select count(*) from wel_policy").query(Long.class).single();
		policy("2033-05-01", "FIXED", doubled, 60_000, 8).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("validFrom")));
		assertThat(this.jdbc.sql("select count(*) from wel_policy").query(Long.class).single()).isEqualTo(versions);
		// the locked month can be neither recomputed nor given night duties
		compute("officer", commune(), "2033-05").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("month")));
		nights(leader, "2033-05", 3).andExpect(status().isUnprocessableContent());
		assertThat(this.mvc.perform(get("/api/v1/welfare/runs/{id}/lines", run).with(httpBasic("officer", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString()).isEqualTo(before);
		assertThat(
				this.jdbc.sql("select total from wel_run where id = :id").param("id", run).query(Long.class).single())
			.isEqualTo(total);
		assertThat(((Number) line(run, leader, "total")).longValue()).isEqualTo(2_340_000L);
		// June follows the new version: 4,680,000
		long june = runId("2033-06");
		assertThat(((Number) line(june, leader, "total")).longValue()).isEqualTo(4_680_000L);
	}

	@Test
	void aReRunBeforeLockingShowsWhatChangedPerMember() throws Exception {
		policy("2034-01-01", "FIXED", TIEN_GIANG_RATES, 50_000, 7).andExpect(status().isCreated());
		long deputy = member("DEPUTY", LocalDate.of(2034, 1, 1));
		long run = runId("2034-02");
		advance(run, "officer", "REVIEWED");
		nights(deputy, "2034-02", 2).andExpect(status().isOk());
		assertThat(runId("2034-02")).isEqualTo(run);
		// 1,638,000 before; 1,638,000 + 2 x 50,000 = 1,738,000 after; back to COMPUTED
		this.mvc.perform(get("/api/v1/welfare/runs/{id}/changes", run).with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total", is(1)))
			.andExpect(jsonPath("$.items[0].memberId", is((int) deputy)))
			.andExpect(jsonPath("$.items[0].oldTotal", is(1_638_000)))
			.andExpect(jsonPath("$.items[0].newTotal", is(1_738_000)));
		this.mvc.perform(get("/api/v1/welfare/runs/{id}", run).with(httpBasic("officer", "demo")))
			.andExpect(jsonPath("$.status", is("COMPUTED")));
		// approving before the review is refused and changes nothing
		this.mvc
			.perform(post("/api/v1/welfare/runs/{id}/status", run).with(httpBasic("chief", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"APPROVED\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("status")));
		assertThat(this.jdbc.sql("select status from wel_run where id = :id")
			.param("id", run)
			.query(String.class)
			.single()).isEqualTo("COMPUTED");
	}

	@Test
	void anotherCommunesRunIsNotFound() throws Exception {
		policy("2035-01-01", "FIXED", TIEN_GIANG_RATES, 50_000, 7).andExpect(status().isCreated());
		member("MEMBER", LocalDate.of(2035, 1, 1));
		long run = runId("2035-01");
		this.mvc.perform(get("/api/v1/welfare/runs/{id}", run).with(httpBasic("officer2", "demo")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/welfare/runs/{id}/lines", run).with(httpBasic("officer2", "demo")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/welfare/runs/{id}/payroll.xlsx", run).with(httpBasic("officer2", "demo")))
			.andExpect(status().isNotFound());
		compute("officer2", commune(), "2035-02").andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from wel_run where commune_id = :c and run_month = '2035-02-01'")
			.param("c", commune())
			.query(Long.class)
			.single()).isZero();
		this.mvc.perform(get("/api/v1/welfare/runs").with(httpBasic("officer2", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == " + run + ")]").isEmpty());
		// the payroll of the officer's own run is an XLSX
		this.mvc.perform(get("/api/v1/welfare/runs/{id}/payroll.xlsx", run).with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")));
		// the auditor may read but not compute
		compute("auditor", commune(), "2035-03").andExpect(status().isForbidden());
	}

	@Test
	void badInputNamesTheFieldAndChangesNothing() throws Exception {
		long policies = this.jdbc.sql("select count(*) from wel_policy").query(Long.class).single();
		policy("2036-02-15", "FIXED", TIEN_GIANG_RATES, 50_000, 7).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("validFrom")));
		policy("2036-02-01", "MIXED", TIEN_GIANG_RATES, 50_000, 7).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("kind")));
		policy("2036-02-01", "COEFFICIENT", "[{\"position\":\"LEADER\",\"villageType\":4,\"coefficient\":0.7}]", 50_000,
				7)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("rates[0].villageType")));
		this.mvc
			.perform(post("/api/v1/welfare/provinces/{id}/policies", province()).with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from wel_policy").query(Long.class).single()).isEqualTo(policies);
		compute("officer", commune(), "2036-13").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("month")));
		long member = member("MEMBER", LocalDate.of(2036, 1, 1));
		nights(member, "2036-02", 30).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("nights")));
		assertThat(this.jdbc.sql("select count(*) from wel_night_duty where member_id = :m")
			.param("m", member)
			.query(Long.class)
			.single()).isZero();
		this.mvc.perform(get("/api/v1/welfare/budget").param("year", "x").with(httpBasic("officer", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("year")));
	}

	@Test
	void theBudgetForecastsTheYearFromTheApprovedMonths() throws Exception {
		policy("2037-01-01", "FIXED", TIEN_GIANG_RATES, 50_000, 7).andExpect(status().isCreated());
		member("MEMBER", LocalDate.of(2037, 1, 1));
		long jan = runId("2037-01");
		long feb = runId("2037-02");
		advance(jan, "officer", "REVIEWED");
		advance(jan, "chief", "APPROVED");
		advance(feb, "officer", "REVIEWED");
		advance(feb, "chief", "APPROVED");
		long janTotal = this.jdbc.sql("select total from wel_run where id = :id")
			.param("id", jan)
			.query(Long.class)
			.single();
		long febTotal = this.jdbc.sql("select total from wel_run where id = :id")
			.param("id", feb)
			.query(Long.class)
			.single();
		// forecast = January + February + February x 10 months left
		this.mvc.perform(get("/api/v1/welfare/budget").param("year", "2037").with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.lastMonth", is(2)))
			.andExpect(jsonPath("$.total.approvedSoFar").value(janTotal + febTotal))
			.andExpect(jsonPath("$.total.forecast").value(janTotal + febTotal + febTotal * 10));
	}

	@Test
	void theWelfarePageListsTheRunsInScope() throws Exception {
		this.mvc.perform(get("/welfare").with(user(this.accountService.loadUserByUsername("officer"))).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"welfare-runs\"")));
		// the officer sees the policy of the province above, read-only
		this.mvc.perform(get("/welfare/policies").with(user(this.accountService.loadUserByUsername("officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("welfare-policies")))
			.andExpect(content().string(containsString("id=\"hardship-areas\"")));
	}

	@Test
	void theRunPagesComputeReviewAndStayInScope() throws Exception {
		member("LEADER", LocalDate.of(2039, 1, 1));
		String location = this.mvc
			.perform(post("/welfare/runs").param("month", "2039-02")
				.with(user(this.accountService.loadUserByUsername("officer")))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/welfare/runs/");
		long run = Long.parseLong(location.substring("/welfare/runs/".length()));
		this.mvc.perform(get(location).with(user(this.accountService.loadUserByUsername("officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"run-lines\"")))
			.andExpect(content().string(containsString("id=\"advance-form\"")));
		this.mvc.perform(get(location).with(user(this.accountService.loadUserByUsername("officer2"))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(location + "/status").param("status", "REVIEWED")
				.with(user(this.accountService.loadUserByUsername("officer")))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select status from wel_run where id = :id")
			.param("id", run)
			.query(String.class)
			.single()).isEqualTo("REVIEWED");
		this.mvc
			.perform(post(location + "/status").param("status", "REVIEWED")
				.with(user(this.accountService.loadUserByUsername("officer2")))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyActiveDaysOfTheMembershipCountAndAPositionChangeSplitsTheMonth() throws Exception {
		policy("2040-01-01", "FIXED", TIEN_GIANG_RATES, 50_000, 7).andExpect(status().isCreated());
		long member = member("MEMBER", LocalDate.of(2040, 1, 1));
		// suspended 11..20 June 2040, active again from the 21st
		for (String[] change : new String[][] { { "SUSPENDED", "2040-06-11" }, { "ACTIVE", "2040-06-21" } }) {
			vn.grassroots.personnel.MemberStatusFixture.record(this.jdbc, member, change[0],
					LocalDate.parse(change[1]));
		}
		long run = runId("2040-06");
		// 1..10 and 21..30 June: 20 of 30 days; 1,170,000 x 20 / 30 = 780,000
		assertThat(line(run, member, "daysActive")).isEqualTo(20);
		assertThat(((Number) line(run, member, "total")).longValue()).isEqualTo(780_000L);

		// promoted to deputy from 16 July 2040 (31 days): two lines, night pay on the
		// last
		this.jdbc.sql("update per_membership set valid_to = '2040-07-16' where member_id = :m")
			.param("m", member)
			.update();
		this.jdbc
			.sql("insert into per_membership (member_id, team_id, position, valid_from, recorded_by, recorded_at)"
					+ " values (:m, :t, 'DEPUTY', '2040-07-16', 'test', :at)")
			.param("m", member)
			.param("t", team())
			.param("at", Timestamp.from(Instant.now()))
			.update();
		nights(member, "2040-07", 2).andExpect(status().isOk());
		long july = runId("2040-07");
		String json = this.mvc.perform(get("/api/v1/welfare/runs/{id}/lines", july).with(httpBasic("officer", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> totals = JsonPath.read(json, "$.items[?(@.memberId == " + member + ")].total");
		// member 1..15 July: 1,170,000 x 15 / 31 = 566,129.0323 -> 566,129;
		// deputy 16..31 July: 1,638,000 x 16 / 31 = 845,419.3548, + 2 x 50,000 =
		// 945,419.3548
		// -> 945,419
		assertThat(totals.stream().map(Number::longValue).toList()).containsExactlyInAnyOrder(566_129L, 945_419L);
	}

}

package vn.grassroots.emulation;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.grassroots.access.AccountService;
import vn.grassroots.shared.Dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Emulation and commendation over HTTP on the demo data, with the members, grades and
 * movements each test creates itself.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EmulationIntegrationTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	static final int YEAR = Dates.today().getYear();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

	long officerCommune() {
		return this.jdbc.sql("select unit_id from acc_user where username = 'officer'").query(Long.class).single();
	}

	/** A member of the officer's commune with the given grades by year (null: none). */
	long member(String name, Map<Integer, String> grades) {
		long commune = officerCommune();
		String citizenId = String.format("09992%07d", SEQUENCE.incrementAndGet() + (System.nanoTime() % 100000) * 10);
		this.jdbc.sql("insert into per_member (commune_id, full_name, search_name, birth_date, sex, citizen_id, phone,"
				+ " education, created_by, created_at) values (:c, :n, :n, '1985-05-05', 'MALE', :cid, '0912345678',"
				+ " 'UPPER_SECONDARY', 'test', :at)")
			.param("c", commune)
			.param("n", name)
			.param("cid", citizenId)
			.param("at", Timestamp.from(Instant.now()))
			.update();
		long id = this.jdbc.sql("select id from per_member where citizen_id = :cid")
			.param("cid", citizenId)
			.query(Long.class)
			.single();
		grades.forEach((year, grade) -> this.jdbc
			.sql("insert into per_classification (review_year, subject_kind, subject_id, commune_id, months, share,"
					+ " computed_grade, final_grade, decided_by, decided_at) values (:y, 'MEMBER', :s, :c, 12, 95, :g,"
					+ " :g, 'test', :at)")
			.param("y", year)
			.param("s", id)
			.param("c", commune)
			.param("g", grade)
			.param("at", Timestamp.from(Instant.now()))
			.update());
		return id;
	}

	ResultActions postJson(String user, String url, String body) throws Exception {
		return this.mvc.perform(post(url).with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "vi")
			.content(body));
	}

	static long id(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	ResultActions nominate(String form, long subject, Long movement) throws Exception {
		return postJson("officer", "/api/v1/emulation/nominations",
				"{\"formCode\":\"" + form + "\",\"subjectId\":" + subject + ",\"awardYear\":" + YEAR
						+ ((movement != null) ? ",\"movementId\":" + movement : "")
						+ ",\"achievements\":\"Tích cực tuần tra\"}");
	}

	long movement(String levels) throws Exception {
		return movement("officer", levels);
	}

	long movement(String user, String levels) throws Exception {
		return id(postJson(user, "/api/v1/emulation/movements",
				"{\"name\":\"Thi đua thử " + SEQUENCE.incrementAndGet() + "\",\"documentNumber\":\"01/KH\","
						+ "\"documentDate\":\"" + YEAR + "-01-02\",\"periodFrom\":\"" + YEAR + "-01-01\","
						+ "\"periodTo\":\"" + YEAR + "-12-31\",\"levels\":[\"" + levels + "\"]}")
			.andExpect(status().isCreated()));
	}

	@Test
	void aMemberWithoutTheRequiredClassificationCannotBeNominatedAndTheReasonIsShown() throws Exception {
		long member = member("Thiếu Xếp Loại", Map.of(YEAR, "COMPLETED"));

		nominate("LAO_DONG_TIEN_TIEN", member, null).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code", is("GR-GEN-004")))
			.andExpect(jsonPath("$.errors[0].field", is("subjectId")))
			.andExpect(jsonPath("$.errors[0].reason", containsString("Hoàn thành tốt nhiệm vụ")))
			.andExpect(jsonPath("$.errors[0].reason", containsString(YEAR + ": COMPLETED")));
		this.mvc
			.perform(post("/emulation/nominations").with(user(this.accounts.loadUserByUsername("officer")))
				.with(csrf())
				.param("formCode", "LAO_DONG_TIEN_TIEN")
				.param("subjectId", String.valueOf(member))
				.param("awardYear", String.valueOf(YEAR))
				.param("achievements", "Tích cực"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("không đủ điều kiện")));

		assertThat(
				this.jdbc.sql("select count(*) from emu_nomination where subject_id = :s and subject_kind = 'MEMBER'")
					.param("s", member)
					.query(Long.class)
					.single())
			.isZero();
	}

	@Test
	void aVoteBelowTheCouncilsThresholdRejectsTheNominationAndOneAtItApproves() throws Exception {
		long commune = officerCommune();
		this.mvc
			.perform(put("/api/v1/emulation/councils/" + commune).with(httpBasic("chief", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"members\":7,\"numerator\":2,\"denominator\":3,\"strict\":false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.threshold", is("≥ 2/3")));
		long low = id(nominate("GIAY_KHEN_CHU_TICH_XA", member("Phiếu Thấp", Map.of(YEAR, "GOOD")), null)
			.andExpect(status().isCreated()));
		long high = id(nominate("GIAY_KHEN_CHU_TICH_XA", member("Phiếu Cao", Map.of(YEAR, "EXCELLENT")), null)
			.andExpect(status().isCreated()));

		postJson("officer", "/api/v1/emulation/nominations/" + low + "/vote", "{\"present\":6,\"votesFor\":3}")
			.andExpect(status().isForbidden());
		postJson("chief", "/api/v1/emulation/nominations/" + low + "/vote", "{\"present\":6,\"votesFor\":3}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("REJECTED")))
			.andExpect(jsonPath("$.threshold", is("≥ 2/3")));
		postJson("chief", "/api/v1/emulation/nominations/" + high + "/vote", "{\"present\":6,\"votesFor\":4}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("APPROVED")));
		postJson("chief", "/api/v1/emulation/nominations/" + high + "/vote", "{\"present\":8,\"votesFor\":8}")
			.andExpect(status().isUnprocessableContent());

		postJson("chief", "/api/v1/emulation/decisions", "{\"number\":\"05/QĐ-CAX\",\"decidedOn\":\"" + Dates.today()
				+ "\",\"signer\":\"Trưởng Công an xã\",\"title\":\"khen thưởng\",\"nominationIds\":[" + low + "]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("status")));
		this.mvc
			.perform(put("/api/v1/emulation/councils/" + commune).with(httpBasic("chief", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"members\":9,\"numerator\":1,\"denominator\":2,\"strict\":true}"))
			.andExpect(status().isOk());
	}

	@Test
	void aDecisionPutsTheNomineeOnThePublicHonourRollAndIntoTheExports() throws Exception {
		long movement = movement("MEMBER");
		String name = "Nguyễn Vinh Danh " + SEQUENCE.incrementAndGet();
		long member = member(name, Map.of(YEAR, "EXCELLENT"));
		long nomination = id(nominate("GIAY_KHEN_CHU_TICH_XA", member, movement).andExpect(status().isCreated()));
		postJson("chief", "/api/v1/emulation/nominations/" + nomination + "/vote", "{\"present\":7,\"votesFor\":7}")
			.andExpect(jsonPath("$.status", is("APPROVED")));

		long decision = id(postJson("chief", "/api/v1/emulation/decisions",
				"{\"number\":\"07/QĐ-CAX\",\"decidedOn\":\"" + Dates.today()
						+ "\",\"signer\":\"Trưởng Công an xã\",\"title\":\"khen thưởng phong trào\",\"nominationIds\":["
						+ nomination + "]}")
			.andExpect(status().isCreated()));

		this.mvc.perform(get("/api/v1/emulation/nominations/" + nomination).with(httpBasic("officer", "demo")))
			.andExpect(jsonPath("$.status", is("DECIDED")))
			.andExpect(jsonPath("$.decisionNumber", is("07/QĐ-CAX")));
		String honour = this.mvc.perform(get("/honour/movements/" + movement))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(honour).contains(name).contains("Giấy khen của Chủ tịch UBND xã").doesNotContain("0912345678");
		assertThat(honour).doesNotContain("1985");
		this.mvc.perform(get("/honour/movements/999999999")).andExpect(status().isNotFound());

		byte[] docx = this.mvc
			.perform(get("/api/v1/emulation/decisions/" + decision + "/annex.docx").with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
			assertThat(text.getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
				.contains("Độc lập - Tự do - Hạnh phúc")
				.contains("Số: 07/QĐ-CAX")
				.contains("PHỤ LỤC")
				.contains(name);
		}
		byte[] xlsx = this.mvc
			.perform(get("/api/v1/emulation/commended.xlsx").param("from", Dates.today().toString())
				.param("to", Dates.today().toString())
				.with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			List<String> names = new java.util.ArrayList<>();
			book.getSheetAt(0).forEach((row) -> names.add(row.getCell(0).getStringCellValue()));
			assertThat(names).contains(name);
		}
		Files.createDirectories(Path.of("target/emulation"));
		Files.write(Path.of("target/emulation/annex.docx"), docx);
		Files.write(Path.of("target/emulation/commended.xlsx"), xlsx);
	}

	@Test
	void rankingsAreDeterministicAndExplainEachRank() throws Exception {
		long movement = movement("MEMBER");
		long heavy = id(postJson("officer", "/api/v1/emulation/movements/" + movement + "/criteria",
				"{\"name\":\"Xếp loại\",\"appliesTo\":\"MEMBER\",\"weight\":60,\"method\":\"COMPUTED\","
						+ "\"computation\":\"CLASSIFICATION_GRADE\"}")
			.andExpect(status().isCreated()));
		long light = id(postJson("officer", "/api/v1/emulation/movements/" + movement + "/criteria",
				"{\"name\":\"Tuần tra\",\"appliesTo\":\"MEMBER\",\"weight\":40,\"method\":\"ENTERED\"}")
			.andExpect(status().isCreated()));
		long a = member("Hạng A", Map.of(YEAR, "GOOD"));
		long b = member("Hạng B", Map.of(YEAR, "EXCELLENT"));
		long c = member("Hạng C", Map.of());
		long ra = register(movement, a, "2026-01-05");
		long rb = register(movement, b, "2026-01-06");
		long rc = register(movement, c, "2026-01-04");

		postJson("officer", "/api/v1/emulation/movements/" + movement + "/scores/computed", "{}")
			.andExpect(jsonPath("$.scores", is(3)));
		// A: 60*80 + 40*100 = 8800; B: 60*100 + 40*70 = 8800; C: 0 + 40*100 = 4000
		enter(movement, ra, light, "100");
		enter(movement, rb, light, "70");
		enter(movement, rc, light, "100");
		postJson("officer", "/api/v1/emulation/movements/" + movement + "/scores",
				"{\"registrationId\":" + ra + ",\"criterionId\":" + heavy + ",\"score\":50}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("criterionId")));

		String first = ranking(movement);
		String second = ranking(movement);

		assertThat(second).isEqualTo(first);
		List<Number> order = JsonPath.read(first, "$[0].rows[*].registration.id");
		assertThat(order).extracting(Number::longValue).containsExactly(rb, ra, rc);
		assertThat(JsonPath.<List<Number>>read(first, "$[0].rows[*].rank")).extracting(Number::intValue)
			.containsExactly(1, 2, 3);
		assertThat(JsonPath.<String>read(first, "$[0].rows[0].parts[0].detail")).isEqualTo("EXCELLENT");
		assertThat(JsonPath.<Number>read(first, "$[0].rows[0].total").doubleValue()).isEqualTo(88.0);
		assertThat(JsonPath.<String>read(first, "$[0].rows[2].parts[0].detail")).isEqualTo("no-data");
		this.mvc
			.perform(get("/emulation/movements/" + movement).with(user(this.accounts.loadUserByUsername("officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hạng B")))
			.andExpect(content().string(containsString("EXCELLENT")));
	}

	@Test
	void participantsOfAnotherCommuneAreNotVisible() throws Exception {
		long movement = movement("province", "MEMBER");
		long registration = register(movement, member("Ngoài Phạm Vi", Map.of()), "2026-02-01");

		this.mvc
			.perform(get("/api/v1/emulation/movements/" + movement + "/registrations")
				.with(httpBasic("officer2", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) registration))));
		postJson("officer2", "/api/v1/emulation/movements/" + movement + "/scores",
				"{\"registrationId\":" + registration + ",\"criterionId\":1,\"score\":50}")
			.andExpect(status().isNotFound());
	}

	@Test
	void aLevelOutsideTheMovementCannotRegister() throws Exception {
		long movement = movement("TEAM");

		postJson("officer", "/api/v1/emulation/movements/" + movement + "/registrations",
				"{\"subjectKind\":\"MEMBER\",\"subjectId\":" + member("Sai Cấp", Map.of()) + "}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("subjectId")));
	}

	@Test
	void theSecurityDayIsHeldOnceAYearInAugust() throws Exception {
		long commune = officerCommune();
		int year = 2019 - SEQUENCE.incrementAndGet() % 10;
		postJson("officer", "/api/v1/emulation/events",
				"{\"unitId\":" + commune + ",\"kind\":\"SECURITY_DAY\",\"heldOn\":\"" + year
						+ "-09-02\",\"title\":\"Ngày hội\",\"participants\":90}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("heldOn")));
		postJson("officer", "/api/v1/emulation/events",
				"{\"unitId\":" + commune + ",\"kind\":\"SECURITY_DAY\",\"heldOn\":\"" + year
						+ "-08-19\",\"title\":\"Ngày hội\",\"participants\":90}")
			.andExpect(status().isCreated());
		postJson("officer", "/api/v1/emulation/events",
				"{\"unitId\":" + commune + ",\"kind\":\"SECURITY_DAY\",\"heldOn\":\"" + year
						+ "-08-18\",\"title\":\"Lần hai\",\"participants\":9}")
			.andExpect(status().isUnprocessableContent());

		this.mvc
			.perform(get("/api/v1/emulation/security-day").param("year", String.valueOf(year))
				.with(httpBasic("officer", "demo")))
			.andExpect(jsonPath("$.held.length()", is(1)))
			.andExpect(jsonPath("$.participants", is(90)));
	}

	@Test
	void aModelRecordsTheUnitsThatReplicatedIt() throws Exception {
		long commune = officerCommune();
		long team = this.jdbc
			.sql("select t.unit_id from org_unit_period t join org_unit_period v on v.unit_id = t.parent_id"
					+ " where t.type = 'TEAM' and v.parent_id = :c and t.valid_to is null and v.valid_to is null"
					+ " order by t.unit_id fetch first 1 rows only")
			.param("c", commune)
			.query(Long.class)
			.single();
		long model = id(postJson("officer", "/api/v1/emulation/models", "{\"unitId\":" + commune
				+ ",\"kind\":\"MODEL\",\"name\":\"Tiếng kẻng an ninh\",\"startedOn\":\"2025-03-01\",\"description\":\"Báo động bằng kẻng\"}")
			.andExpect(status().isCreated()));

		postJson("officer", "/api/v1/emulation/models/" + model + "/replications",
				"{\"unitId\":" + team + ",\"replicatedOn\":\"2025-01-01\"}")
			.andExpect(status().isUnprocessableContent());
		postJson("officer", "/api/v1/emulation/models/" + model + "/replications",
				"{\"unitId\":" + team + ",\"replicatedOn\":\"2025-06-01\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.replications[0].unitId", is((int) team)));
	}

	@Test
	void theDemoDataHasARunningMovementWithScoresAndAPastDecision() throws Exception {
		long movement = this.jdbc.sql("select min(id) from emu_movement where created_by = 'demo'")
			.query(Long.class)
			.single();

		this.mvc.perform(get("/api/v1/emulation/movements/" + movement).with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$.running", is(true)));
		String ranking = ranking(movement, "admin");
		assertThat(JsonPath.<List<String>>read(ranking, "$[*].level")).contains("COMMUNE", "TEAM", "MEMBER");
		assertThat(JsonPath.<List<Object>>read(ranking, "$[*].rows[*].parts[*].score")).isNotEmpty();
		assertThat(this.jdbc.sql("select count(*) from emu_nomination where movement_id = :m and status = 'DECIDED'")
			.param("m", movement)
			.query(Long.class)
			.single()).isPositive();
	}

	long register(long movement, long member, String on) throws Exception {
		return id(
				postJson("officer", "/api/v1/emulation/movements/" + movement + "/registrations",
						"{\"subjectKind\":\"MEMBER\",\"subjectId\":" + member
								+ ",\"pledge\":\"Cam kết\",\"registeredOn\":\"" + on + "\"}")
					.andExpect(status().isCreated()));
	}

	void enter(long movement, long registration, long criterion, String score) throws Exception {
		postJson("officer", "/api/v1/emulation/movements/" + movement + "/scores",
				"{\"registrationId\":" + registration + ",\"criterionId\":" + criterion + ",\"score\":" + score + "}")
			.andExpect(status().isNoContent());
	}

	String ranking(long movement) throws Exception {
		return ranking(movement, "officer");
	}

	String ranking(long movement, String user) throws Exception {
		return this.mvc
			.perform(get("/api/v1/emulation/movements/" + movement + "/ranking").with(httpBasic(user, "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}

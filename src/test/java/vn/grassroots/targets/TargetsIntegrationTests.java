package vn.grassroots.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
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
import vn.grassroots.shared.Dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Implementation tracking on the demo data: the national headquarters indicator, the
 * report life cycle with its locks and corrections, scope, and input errors.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TargetsIntegrationTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accountService;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theNationalHeadquartersIndicatorEqualsTheRatioComputedByHand() throws Exception {
		LocalDate today = Dates.today();
		long hq = indicatorId("HQ_OWN_SHARE");
		// by hand: communes existing today, and those of them whose status in force today
		// is OWN
		long stations = this.jdbc
			.sql("select count(distinct unit_id) from org_unit_period where type = 'COMMUNE'"
					+ " and (valid_from is null or valid_from <= :d) and (valid_to is null or valid_to > :d)")
			.param("d", today)
			.query(Long.class)
			.single();
		long own = this.jdbc.sql(
				"select count(distinct p.unit_id) from org_unit_period p join tgt_headquarters h on h.unit_id = p.unit_id"
						+ " where p.type = 'COMMUNE' and (p.valid_from is null or p.valid_from <= :d)"
						+ " and (p.valid_to is null or p.valid_to > :d) and h.status = 'OWN' and h.valid_from <= :d"
						+ " and (h.valid_to is null or h.valid_to > :d)")
			.param("d", today)
			.query(Long.class)
			.single();
		assertThat(stations).isPositive();
		assertThat(own).isPositive().isLessThan(stations);
		BigDecimal byHand = BigDecimal.valueOf(own).divide(BigDecimal.valueOf(stations), 4, RoundingMode.HALF_UP);

		String json = this.mvc
			.perform(get("/api/v1/indicators/{id}/results", hq).param("unit", "1")
				.param("asOf", today.toString())
				.with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.indicator.code", is("HQ_OWN_SHARE")))
			.andExpect(jsonPath("$.unitType", is("MINISTRY")))
			.andExpect(jsonPath("$.target.targetValue").exists())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(new BigDecimal(JsonPath.read(json, "$.actual").toString())).isEqualByComparingTo(byHand);
		assertThat(new BigDecimal(JsonPath.read(json, "$.denominator").toString()))
			.isEqualByComparingTo(BigDecimal.valueOf(stations));
		assertThat(new BigDecimal(JsonPath.read(json, "$.numerator").toString()))
			.isEqualByComparingTo(BigDecimal.valueOf(own));
	}

	@Test
	void theTeamsIndicatorCountsTheTeamsUnderCommunes() throws Exception {
		LocalDate today = Dates.today();
		String valid = " (x.valid_from is null or x.valid_from <= :d) and (x.valid_to is null or x.valid_to > :d)";
		long teams = this.jdbc
			.sql("select count(*) from org_unit_period t join org_unit_period c on c.type = 'COMMUNE' and"
					+ valid.replace("x.", "c.") + " and t.path like concat(c.path, '%') where t.type = 'TEAM' and"
					+ valid.replace("x.", "t."))
			.param("d", today)
			.query(Long.class)
			.single();
		assertThat(teams).isPositive();

		this.mvc
			.perform(get("/api/v1/indicators/{id}/results", indicatorId("TEAMS_ESTABLISHED")).param("unit", "1")
				.with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.actual", is((int) teams)));
	}

	@Test
	void aNewHeadquartersStatusShowsOnTheNextReadOfTheIndicator() throws Exception {
		long hq = indicatorId("HQ_OWN_SHARE");
		long commune = this.jdbc
			.sql("select h.unit_id from tgt_headquarters h join org_unit u on u.id = h.unit_id where h.status <> 'OWN'"
					+ " and h.valid_to is null and u.valid_to is null and h.valid_from < :d order by h.unit_id")
			.param("d", Dates.today())
			.query(Long.class)
			.list()
			.stream()
			.findFirst()
			.orElseThrow();
		BigDecimal before = numerator(hq);

		this.mvc
			.perform(post("/api/v1/headquarters/{unit}", commune).with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"OWN\", \"validFrom\": \"" + Dates.today()
						+ "\", \"fundingSource\": \"Ngân sách tỉnh\"}"))
			.andExpect(status().isCreated());

		assertThat(numerator(hq)).isEqualByComparingTo(before.add(BigDecimal.ONE));
	}

	@Test
	void anApprovedReportChangesOnlyThroughARecordedCorrection() throws Exception {
		long indicator = createReportedIndicator();
		long form = createForm();
		long commune = unitOf("officer");
		String body = "{\"formId\": " + form + ", \"unitId\": " + commune + ", \"periodStart\": \"2025-07-01\","
				+ " \"body\": \"Quý III\", \"lines\": [{\"indicatorId\": " + indicator
				+ ", \"numerator\": 7, \"denominator\": 1}]}";
		long report = id(this.mvc
			.perform(post("/api/v1/reports").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status", is("SUBMITTED"))));

		// the officer is not the reviewer; the province (nearest PROVINCE ancestor) is
		this.mvc.perform(post("/api/v1/reports/{id}/approve", report).with(httpBasic("officer", "demo")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/reports/{id}/approve", report).with(httpBasic("province", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("APPROVED")));
		assertThat(value(indicator, commune)).isEqualByComparingTo("7");
		int version = this.jdbc.sql("select version from tgt_report where id = :id")
			.param("id", report)
			.query(Integer.class)
			.single();

		// locked: neither submitting again nor recording the value directly
		this.mvc
			.perform(post("/api/v1/reports").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.replace("\"numerator\": 7", "\"numerator\": 99")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field", is("periodStart")));
		this.mvc
			.perform(post("/api/v1/indicators/{id}/values", indicator).with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitId\": " + commune
						+ ", \"periodKind\": \"QUARTERLY\", \"periodStart\": \"2025-07-01\", \"numerator\": 99}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("numerator")));
		assertThat(value(indicator, commune)).isEqualByComparingTo("7");
		assertThat(this.jdbc.sql("select version from tgt_report where id = :id")
			.param("id", report)
			.query(Integer.class)
			.single()).isEqualTo(version);

		// a correction without a reason is refused, with one it is recorded
		this.mvc
			.perform(post("/api/v1/reports/{id}/corrections", report).with(httpBasic("province", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"lines\": [{\"indicatorId\": " + indicator + ", \"numerator\": 8}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("reason")));
		this.mvc
			.perform(post("/api/v1/reports/{id}/corrections", report).with(httpBasic("province", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"Sai số liệu camera\", \"body\": \"Quý III (đính chính)\", \"lines\":"
						+ " [{\"indicatorId\": " + indicator + ", \"numerator\": 8, \"denominator\": 1}]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("APPROVED")));
		assertThat(value(indicator, commune)).isEqualByComparingTo("8");
		this.mvc.perform(get("/api/v1/reports/{id}/corrections", report).with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total", is(1)))
			.andExpect(jsonPath("$.items[0].reason", is("Sai số liệu camera")))
			.andExpect(jsonPath("$.items[0].before", containsString("numerator=7")))
			.andExpect(jsonPath("$.items[0].after", containsString("numerator=8")));
		assertThat(this.jdbc
			.sql("select count(*) from aud_event where action = 'targets.report.correct' and entity_id = :id")
			.param("id", String.valueOf(report))
			.query(Long.class)
			.single()).isEqualTo(1);

		// the province's roll-up counts the corrected value
		this.mvc
			.perform(get("/api/v1/indicators/{id}/results", indicator).param("periodKind", "QUARTERLY")
				.param("periodStart", "2025-07-01")
				.with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.actual", is(8)));
	}

	@Test
	void aCommuneOfficerCannotSeeAnotherCommunesReport() throws Exception {
		long indicator = createReportedIndicator();
		long form = createForm();
		long report = id(this.mvc
			.perform(post("/api/v1/reports").with(httpBasic("officer2", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"formId\": " + form + ", \"unitId\": " + unitOf("officer2")
						+ ", \"periodStart\": \"2025-10-01\", \"lines\": [{\"indicatorId\": " + indicator
						+ ", \"numerator\": 3}]}"))
			.andExpect(status().isCreated()));

		this.mvc.perform(get("/api/v1/reports/{id}", report).with(httpBasic("officer", "demo")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/reports/{id}", report).with(httpBasic("officer2", "demo")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/reports/{id}", report).with(httpBasic("province", "demo")))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/reports").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"formId\": " + form + ", \"unitId\": " + unitOf("officer2")
						+ ", \"periodStart\": \"2025-07-01\"}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/report-forms/{id}/completeness", form).param("periodStart", "2025-10-01")
				.with(httpBasic("province", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.submitted", is(1)));

		// the province returns it from the reports page with a note
		this.mvc.perform(get("/targets/reports").with(user(this.accountService.loadUserByUsername("province"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/targets/reports/" + report + "/return")));
		this.mvc
			.perform(post("/targets/reports/{id}/return", report).param("note", "Thiếu số liệu quý IV")
				.with(csrf())
				.with(user(this.accountService.loadUserByUsername("province"))))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/reports/{id}", report).with(httpBasic("officer2", "demo")))
			.andExpect(jsonPath("$.status", is("RETURNED")))
			.andExpect(jsonPath("$.reviewNote", is("Thiếu số liệu quý IV")));
	}

	@Test
	void badInputAnswersAProblemNamingTheFieldAndChangesNothing() throws Exception {
		long commune = unitOf("officer");
		long before = count("tgt_headquarters");
		long audits = targetAudits();

		this.mvc
			.perform(post("/api/v1/headquarters/{unit}", commune).with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"PALACE\", \"validFrom\": \"2026-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field", is("status")))
			.andExpect(jsonPath("$.errors[0].rejectedValue", is("PALACE")));
		this.mvc
			.perform(post("/api/v1/headquarters/{unit}", commune).with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"OWN\", \"validFrom\": \"01/01/2026\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("validFrom")));
		// before the latest recorded status: a rule, 422
		this.mvc
			.perform(post("/api/v1/headquarters/{unit}", commune).with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"OWN\", \"validFrom\": \"2025-07-01\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("validFrom")));
		this.mvc
			.perform(post("/api/v1/indicators").with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\": \"HQ_OWN_SHARE\", \"name\": \"x\", \"source\": \"COMPUTED\","
						+ " \"computation\": \"HQ_OWN_SHARE\", \"aggregation\": \"RATIO_OF_SUMS\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("code")));
		this.mvc
			.perform(post("/api/v1/indicators").with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\": \"X_SQL\", \"name\": \"x\", \"source\": \"COMPUTED\","
						+ " \"computation\": \"select 1\", \"aggregation\": \"SUM\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("computation")));
		// another commune's station is not found; the auditor may not write
		this.mvc
			.perform(post("/api/v1/headquarters/{unit}", unitOf("officer2")).with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"OWN\", \"validFrom\": \"2030-01-01\"}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/headquarters/{unit}", commune).with(httpBasic("auditor", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"OWN\", \"validFrom\": \"2030-01-01\"}"))
			.andExpect(status().isForbidden());

		assertThat(count("tgt_headquarters")).isEqualTo(before);
		assertThat(targetAudits()).isEqualTo(audits);
	}

	@Test
	void recordsAReviewConferenceOfADocument() throws Exception {
		long directive = this.jdbc.sql("select id from tgt_document where source = 'demo:targets:CT11'")
			.query(Long.class)
			.single();
		String title = "Hội nghị sơ kết " + SEQUENCE.incrementAndGet();

		this.mvc
			.perform(post("/api/v1/documents/{id}/conferences", directive).with(httpBasic("province", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"" + title
						+ "\", \"heldOn\": \"2024-10-14\", \"bridgePoints\": 63, \"delegates\": 1200}"))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post("/api/v1/documents/{id}/conferences", directive).with(httpBasic("province", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"x\", \"heldOn\": \"2024-10-14\", \"bridgePoints\": -1, \"delegates\": 1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("bridgePoints")));
		this.mvc
			.perform(post("/api/v1/documents/{id}/conferences", directive).with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"x\", \"heldOn\": \"2024-10-14\", \"bridgePoints\": 1, \"delegates\": 1}"))
			.andExpect(status().isForbidden());

		this.mvc.perform(get("/api/v1/documents/{id}/conferences", directive).with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.title == '" + title + "')].delegates", hasItem(1200)));
	}

	@Test
	void listsDocumentsWithTheirObjectivesAndHeadquartersInScope() throws Exception {
		this.mvc.perform(get("/api/v1/documents").with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].numberSymbol", hasItem("30/2023/QH15")))
			.andExpect(jsonPath("$.items[*].objectives[*].deadline", hasItem("2025-12-31")));
		this.mvc.perform(get("/api/v1/headquarters").with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total", is(1)))
			.andExpect(jsonPath("$.items[0].unitId", is((int) unitOf("officer"))));
		this.mvc.perform(get("/api/v1/headquarters/{unit}", unitOf("officer")).with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].validFrom", is("2025-07-01")));
		this.mvc.perform(get("/api/v1/equipment/{unit}", unitOf("officer")).with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].category", hasItem("BODY_CAMERA")));
	}

	@Test
	void showsTheDashboardWithDrillDown() throws Exception {
		this.mvc.perform(get("/targets").with(user(this.accountService.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("HQ_OWN_SHARE")))
			.andExpect(content().string(containsString("(demo)")));
		byte[] xlsx = this.mvc
			.perform(get("/targets/export.xlsx").with(user(this.accountService.loadUserByUsername("province"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(2);
			assertThat(book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Chỉ tiêu");
			assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).contains("(demo)");
			assertThat(book.getSheetAt(1).getPhysicalNumberOfRows()).isGreaterThan(1);
		}
		this.mvc.perform(get("/targets/documents").with(user(this.accountService.loadUserByUsername("officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("30/2023/QH15")));
	}

	@Test
	void generatesTheReviewReportAsADocxInTheAdministrativeLayout() throws Exception {
		long resolution = this.jdbc.sql("select id from tgt_document where source = 'demo:targets:NQ12'")
			.query(Long.class)
			.single();

		byte[] docx = this.mvc
			.perform(post("/api/v1/documents/{id}/review-report", resolution).with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"number\": 5, \"symbol\": \"BC-BCA\", \"date\": \"2026-02-05\","
						+ " \"shortcomings\": \"Một số trụ sở chưa hoàn thành.\", \"tasks\": \"Hoàn thành trụ sở.\"}"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
				new java.io.ByteArrayInputStream(docx));
				org.apache.poi.xwpf.extractor.XWPFWordExtractor text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(
						doc)) {
			String all = text.getText();
			assertThat(all).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BỘ CÔNG AN",
					"Số: 05/BC-BCA", "Hà Nội, ngày 05 tháng 02 năm 2026", "BÁO CÁO",
					"100% Công an xã có trụ sở làm việc", "Tỷ lệ Công an xã có trụ sở làm việc riêng",
					"Một số trụ sở chưa hoàn thành.");
			assertThat(doc.getTables()).hasSizeGreaterThanOrEqualTo(3);
		}
		this.mvc
			.perform(post("/api/v1/documents/{id}/review-report", resolution).with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"date\": \"05/02/2026\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("date")));
	}

	private long createReportedIndicator() throws Exception {
		String code = "CAM_" + System.nanoTime() % 1_000_000 + "_" + SEQUENCE.incrementAndGet();
		return id(this.mvc
			.perform(post("/api/v1/indicators").with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\": \"" + code + "\", \"name\": \"Camera " + code
						+ "\", \"source\": \"REPORTED\", \"aggregation\": \"SUM\"}"))
			.andExpect(status().isCreated()));
	}

	private long createForm() throws Exception {
		String code = "F_" + System.nanoTime() % 1_000_000 + "_" + SEQUENCE.incrementAndGet();
		return id(this.mvc
			.perform(post("/api/v1/report-forms").with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\": \"" + code + "\", \"name\": \"Báo cáo quý " + code
						+ "\", \"periodKind\": \"QUARTERLY\", \"dueDays\": 10, \"submitterType\": \"COMMUNE\","
						+ " \"reviewerType\": \"PROVINCE\"}"))
			.andExpect(status().isCreated()));
	}

	private BigDecimal numerator(long indicator) throws Exception {
		String json = this.mvc
			.perform(get("/api/v1/indicators/{id}/results", indicator).param("unit", "1")
				.with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new BigDecimal(JsonPath.read(json, "$.numerator").toString());
	}

	private BigDecimal value(long indicator, long unit) {
		return this.jdbc.sql("select numerator from tgt_value where indicator_id = :i and unit_id = :u")
			.param("i", indicator)
			.param("u", unit)
			.query(BigDecimal.class)
			.single();
	}

	private long unitOf(String username) {
		return TargetsTestSupport.unitOf(this.jdbc, username);
	}

	private long indicatorId(String code) {
		return this.jdbc.sql("select id from tgt_indicator where code = :c")
			.param("c", code)
			.query(Long.class)
			.single();
	}

	private long targetAudits() {
		return this.jdbc.sql("select count(*) from aud_event where action like 'targets.%'").query(Long.class).single();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static long id(ResultActions result) throws Exception {
		return TargetsTestSupport.id(result);
	}

}

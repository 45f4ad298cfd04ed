package vn.grassroots.targets;

import java.util.List;
import java.util.Map;
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

import vn.grassroots.shared.Dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review chain of a form is data: commune -> (district) -> province -> ministry. The
 * district step is skipped on today's tree (districts were dissolved in 2025), every
 * decision is recorded with its timeliness, and the report is locked after the ministry's
 * approval only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewChainIntegrationTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReportPassesProvinceThenMinistryAndIsLockedOnlyAfterTheLastStep() throws Exception {
		long indicator = reportedIndicator();
		long form = chainForm();
		long commune = unitOf("officer");
		long province = unitOf("province");
		String period = PeriodKind.QUARTERLY.startOf(Dates.today()).toString();
		String body = "{\"formId\": " + form + ", \"unitId\": " + commune + ", \"periodStart\": \"" + period
				+ "\", \"lines\": [{\"indicatorId\": " + indicator + ", \"numerator\": 12}]}";
		long report = id(this.mvc
			.perform(post("/api/v1/reports").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			// the district step has no district above the commune today: skipped
			.andExpect(jsonPath("$.step", is(2)))
			.andExpect(jsonPath("$.awaiting", is("PROVINCE"))));

		// the province returns it with a note: back to the commune, from the first step
		this.mvc
			.perform(post("/api/v1/reports/{id}/return", report).with(httpBasic("province", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\": \"Bổ sung số liệu tháng cuối quý\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("RETURNED")))
			.andExpect(jsonPath("$.step", nullValue()));
		this.mvc
			.perform(post("/api/v1/reports").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.replace("\"numerator\": 12", "\"numerator\": 13")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status", is("SUBMITTED")))
			.andExpect(jsonPath("$.step", is(2)));

		// the ministry cannot decide before the province
		this.mvc.perform(post("/api/v1/reports/{id}/approve", report).with(httpBasic("admin", "demo")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/reports/{id}/approve", report).with(httpBasic("province", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("SUBMITTED")))
			.andExpect(jsonPath("$.step", is(3)))
			.andExpect(jsonPath("$.awaiting", is("MINISTRY")));
		// forwarded, not approved: the values have not entered the indicator yet
		assertThat(values(indicator)).isZero();
		this.mvc.perform(post("/api/v1/reports/{id}/approve", report).with(httpBasic("province", "demo")))
			.andExpect(status().isForbidden());

		// progress per reviewing unit and level while the report waits for the ministry
		String progress = this.mvc
			.perform(get("/api/v1/report-forms/{id}/progress", form).param("periodStart", period)
				.with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, Object> provinceRow = row(progress, 2, province);
		assertThat(((Number) provinceRow.get("submitted")).intValue()).isEqualTo(1);
		assertThat(((Number) provinceRow.get("submittedOnTime")).intValue()).isEqualTo(1);
		assertThat(((Number) provinceRow.get("passed")).intValue()).isEqualTo(1);
		assertThat(((Number) provinceRow.get("passedOnTime")).intValue()).isEqualTo(1);
		assertThat(((Number) provinceRow.get("waiting")).intValue()).isZero();
		assertThat(((Number) provinceRow.get("expected")).intValue()).isPositive();
		Map<String, Object> ministryRow = row(progress, 3, 1);
		assertThat(((Number) ministryRow.get("waiting")).intValue()).isEqualTo(1);
		assertThat(((Number) ministryRow.get("passed")).intValue()).isZero();
		assertThat((List<?>) JsonPath.read(progress, "$.items[?(@.stepNo == 1)]")).isEmpty();
		// a province sees its own row, not the ministry's
		this.mvc
			.perform(get("/api/v1/report-forms/{id}/progress", form).param("periodStart", period)
				.with(httpBasic("province", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total", is(1)))
			.andExpect(jsonPath("$.items[0].unitId", is((int) province)));

		this.mvc.perform(post("/api/v1/reports/{id}/approve", report).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("APPROVED")));
		assertThat(values(indicator)).isEqualTo(1);

		// locked after the final approval
		this.mvc
			.perform(post("/api/v1/reports").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("periodStart")));
		this.mvc.perform(get("/api/v1/reports/{id}/reviews", report).with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total", is(3)))
			.andExpect(jsonPath("$.items[0].action", is("RETURNED")))
			.andExpect(jsonPath("$.items[0].note", is("Bổ sung số liệu tháng cuối quý")))
			.andExpect(jsonPath("$.items[1].reviewerType", is("PROVINCE")))
			.andExpect(jsonPath("$.items[1].finalApproval", is(false)))
			.andExpect(jsonPath("$.items[2].reviewerType", is("MINISTRY")))
			.andExpect(jsonPath("$.items[2].finalApproval", is(true)))
			.andExpect(jsonPath("$.items[2].onTime", is(true)));
		this.mvc
			.perform(get("/api/v1/report-forms/{id}/progress", form).param("periodStart", period)
				.with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$.items[?(@.stepNo == 3)].passed", org.hamcrest.Matchers.contains(1)));
	}

	@Test
	void aChainWhoseLevelIsNotAboveThePreviousIsRefusedAndNothingIsCreated() throws Exception {
		long forms = this.jdbc.sql("select count(*) from tgt_report_form").query(Long.class).single();
		this.mvc.perform(post("/api/v1/report-forms").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"BAD_CHAIN_" + SEQUENCE.incrementAndGet()
					+ "\", \"name\": \"x\", \"periodKind\": \"MONTHLY\", \"dueDays\": 5,"
					+ " \"submitterType\": \"COMMUNE\", \"steps\": [{\"reviewerType\": \"MINISTRY\", \"dueDays\": 10},"
					+ " {\"reviewerType\": \"PROVINCE\", \"dueDays\": 20}]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("steps[1].reviewerType")))
			.andExpect(jsonPath("$.errors[0].rejectedValue", is("PROVINCE")));
		this.mvc.perform(post("/api/v1/report-forms").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"BAD_CHAIN_" + SEQUENCE.incrementAndGet()
					+ "\", \"name\": \"x\", \"periodKind\": \"MONTHLY\", \"dueDays\": 5,"
					+ " \"submitterType\": \"COMMUNE\", \"steps\": [{\"reviewerType\": \"PROVINCE\", \"dueDays\": 2}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("steps[0].dueDays")));
		assertThat(this.jdbc.sql("select count(*) from tgt_report_form").query(Long.class).single()).isEqualTo(forms);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> row(String json, int step, long unit) {
		List<Map<String, Object>> rows = JsonPath.read(json,
				"$.items[?(@.stepNo == " + step + " && @.unitId == " + unit + ")]");
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

	private long chainForm() throws Exception {
		String code = "CHAIN_" + System.nanoTime() % 1_000_000 + "_" + SEQUENCE.incrementAndGet();
		return id(this.mvc
			.perform(post("/api/v1/report-forms").with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\": \"" + code + "\", \"name\": \"Báo cáo quý " + code
						+ "\", \"periodKind\": \"QUARTERLY\", \"dueDays\": 300, \"submitterType\": \"COMMUNE\","
						+ " \"steps\": [{\"reviewerType\": \"DISTRICT\", \"dueDays\": 310},"
						+ " {\"reviewerType\": \"PROVINCE\", \"dueDays\": 320},"
						+ " {\"reviewerType\": \"MINISTRY\", \"dueDays\": 330}]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.steps[1].reviewerType", is("PROVINCE"))));
	}

	private long reportedIndicator() throws Exception {
		String code = "CHAIN_" + System.nanoTime() % 1_000_000 + "_" + SEQUENCE.incrementAndGet();
		return id(this.mvc
			.perform(post("/api/v1/indicators").with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\": \"" + code + "\", \"name\": \"Tin báo " + code
						+ "\", \"source\": \"REPORTED\", \"aggregation\": \"SUM\"}"))
			.andExpect(status().isCreated()));
	}

	private long values(long indicator) {
		return this.jdbc.sql("select count(*) from tgt_value where indicator_id = :i")
			.param("i", indicator)
			.query(Long.class)
			.single();
	}

	private long unitOf(String username) {
		return TargetsTestSupport.unitOf(this.jdbc, username);
	}

	private static long id(ResultActions result) throws Exception {
		return TargetsTestSupport.id(result);
	}

}

package vn.grassroots.welfare;

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
 * Claims on the demo data (the demo policy of the officer's province carries Hải Dương's
 * claim figures from 2024-07-01: meal 70,200 a day, death 53,640,000, funeral
 * 14,900,000).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClaimsIntegrationTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accountService;

	@Autowired
	JdbcClient jdbc;

	long member() {
		long commune = this.jdbc.sql("select unit_id from acc_user where username = 'officer'")
			.query(Long.class)
			.single();
		return WelfareFixtures.person(this.jdbc, commune, String.format("09991%07d", SEQUENCE.incrementAndGet()),
				"Claim Test", LocalDate.of(1985, 5, 5));
	}

	ResultActions receive(long member, String kind, String received, String extra) throws Exception {
		return this.mvc.perform(post("/api/v1/welfare/claims").with(httpBasic("officer", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"memberId\":" + member + ",\"kind\":\"" + kind + "\",\"eventDate\":\"2025-01-03\","
					+ "\"receivedOn\":\"" + received + "\",\"onDuty\":true,\"hasApplication\":true,"
					+ "\"hasDischargePaper\":true,\"hasReceipts\":true,\"medicalCosts\":5000000,\"inpatientDays\":10"
					+ extra + "}"));
	}

	long id(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	ResultActions step(long id, String user, String step, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/welfare/claims/{id}/" + step, id).with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	@Test
	void aClaimPastItsTimeLimitIsFlagged() throws Exception {
		long member = member();
		// received Monday 6 January 2025: check (2) + appraisal (5) working days -> 7, 8,
		// 9, 10, 13, 14, 15 January: due 15 January 2025, long past
		long late = id(receive(member, "ILLNESS", "2025-01-06", "").andExpect(status().isCreated())
			.andExpect(jsonPath("$.dueOn", is("2025-01-15")))
			.andExpect(jsonPath("$.overdue", is(true))));
		// 5,000,000 + 10 x 70,200 = 5,702,000
		this.mvc.perform(get("/api/v1/welfare/claims/{id}", late).with(httpBasic("officer", "demo")))
			.andExpect(jsonPath("$.amount", is(5_702_000)))
			.andExpect(jsonPath("$.overdue", is(true)));
		// one received today is within its limit
		receive(member, "ILLNESS", Dates.today().toString(), "").andExpect(status().isCreated())
			.andExpect(jsonPath("$.overdue", is(false)));
		this.mvc.perform(get("/welfare/claims").with(user(this.accountService.loadUserByUsername("officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"welfare-claims\"")))
			.andExpect(content().string(containsString("id=\"claim-form\"")));
		// received through the page form, then appraised from the list
		long before = this.jdbc.sql("select count(*) from wel_claim where member_id = :m")
			.param("m", member)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/welfare/claims").param("memberId", String.valueOf(member))
				.param("kind", "ACCIDENT")
				.param("eventDate", "2025-02-03")
				.param("receivedOn", "2025-02-04")
				.param("onDuty", "true")
				.param("hasApplication", "true")
				.param("hasDischargePaper", "true")
				.param("hasReceipts", "true")
				.param("medicalCosts", "1000000")
				.param("inpatientDays", "2")
				.with(user(this.accountService.loadUserByUsername("officer")))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long formClaim = this.jdbc.sql("select max(id) from wel_claim where member_id = :m")
			.param("m", member)
			.query(Long.class)
			.single();
		assertThat(this.jdbc.sql("select count(*) from wel_claim where member_id = :m")
			.param("m", member)
			.query(Long.class)
			.single()).isEqualTo(before + 1);
		// 1,000,000 + 2 x 70,200 = 1,140,400
		assertThat(this.jdbc.sql("select amount from wel_claim where id = :id")
			.param("id", formClaim)
			.query(Long.class)
			.single()).isEqualTo(1_140_400L);
		this.mvc
			.perform(post("/welfare/claims/{id}/appraisal", formClaim).param("on", "2025-02-05")
				.with(user(this.accountService.loadUserByUsername("officer")))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select status from wel_claim where id = :id")
			.param("id", formClaim)
			.query(String.class)
			.single()).isEqualTo("APPRAISED");
	}

	@Test
	void lostWorkingCapacityIsPaidByDegreeFromFivePercent() throws Exception {
		// demo policies carry the Bắc Giang draft: 7,450,000 at 5% + 750,000 per 1%
		long member = member();
		// 21%: 7,450,000 + 16 x 750,000 = 19,450,000, plus 5,000,000 medical costs and
		// 10 x 70,200 meals = 25,152,000
		long claim = id(
				receive(member, "DISABILITY", "2025-01-06", ",\"lostCapacity\":21").andExpect(status().isCreated())
					.andExpect(jsonPath("$.disabilityAmount", is(19_450_000)))
					.andExpect(jsonPath("$.amount", is(25_152_000)))
					.andExpect(jsonPath("$.missingDocuments[0]", is("ASSESSMENT_RECORD"))));
		// the Medical Assessment Council's record is missing: appraisal refused
		step(claim, "officer", "appraisal", "{\"on\":\"2025-01-07\"}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("dossier")));
		// the degree is required, and 3% is below the threshold: refused on appraisal
		receive(member, "DISABILITY", "2025-01-06", "").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("lostCapacity")));
		long low = id(receive(member, "DISABILITY", "2025-01-06", ",\"lostCapacity\":3,\"hasAssessmentRecord\":true")
			.andExpect(jsonPath("$.ineligibility", is("BELOW_THRESHOLD"))));
		step(low, "officer", "appraisal", "{\"on\":\"2025-01-07\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("REFUSED")));
		// a member with social insurance is paid by the fund
		receive(member, "DISABILITY", "2025-01-06", ",\"lostCapacity\":30,\"hasBhxh\":true")
			.andExpect(jsonPath("$.ineligibility", is("INSURED")));
	}

	@Test
	void aClaimGoesThroughAppraisalDecisionAndPayment() throws Exception {
		long member = member();
		// a death: 53,640,000 + 14,900,000 + 5,000,000 + 10 x 70,200 = 74,242,000
		long claim = id(
				receive(member, "DEATH", "2025-01-06", ",\"hasDeathCertificate\":true").andExpect(status().isCreated())
					.andExpect(jsonPath("$.amount", is(74_242_000))));
		step(claim, "officer", "appraisal", "{\"on\":\"2025-01-08\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("APPRAISED")))
			.andExpect(jsonPath("$.dueOn", is("2025-01-10")));
		step(claim, "officer", "decision", "{\"on\":\"2025-01-09\",\"decisionNumber\":\"1/QĐ\"}")
			.andExpect(status().isForbidden());
		step(claim, "chief", "decision", "{\"on\":\"2025-01-09\",\"decisionNumber\":\"1/QĐ\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("DECIDED")));
		step(claim, "officer", "payment", "{\"on\":\"2025-01-10\",\"method\":\"GOLD\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("method")));
		step(claim, "officer", "payment", "{\"on\":\"2025-01-10\",\"method\":\"BANK\",\"reference\":\"UNC 12\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("PAID")))
			.andExpect(jsonPath("$.overdue", is(false)));
	}

	@Test
	void incompleteOrIneligibleClaimsAreStoppedAndOthersCannotSeeThem() throws Exception {
		long member = member();
		long incomplete = id(receive(member, "ACCIDENT", "2025-01-06", ",\"hasReceipts\":false"));
		step(incomplete, "officer", "appraisal", "{}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("dossier")));
		assertThat(this.jdbc.sql("select status from wel_claim where id = :id")
			.param("id", incomplete)
			.query(String.class)
			.single()).isEqualTo("RECEIVED");
		long drunk = id(receive(member, "ACCIDENT", "2025-01-06", ",\"exclusion\":\"ALCOHOL_DRUGS\""));
		step(drunk, "officer", "appraisal", "{\"on\":\"2025-01-07\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("REFUSED")))
			.andExpect(jsonPath("$.refusalReason", is("EXCLUDED_ALCOHOL_DRUGS")));
		this.mvc.perform(get("/api/v1/welfare/claims/{id}", drunk).with(httpBasic("officer2", "demo")))
			.andExpect(status().isNotFound());
		long claims = this.jdbc.sql("select count(*) from wel_claim").query(Long.class).single();
		receive(member, "FLOOD", "2025-01-06", "").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("kind")));
		this.mvc
			.perform(post("/api/v1/welfare/claims").with(httpBasic("officer2", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"memberId\":" + member + ",\"kind\":\"ILLNESS\",\"eventDate\":\"2025-01-03\"}"))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from wel_claim").query(Long.class).single()).isEqualTo(claims);
	}

}

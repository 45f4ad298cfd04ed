package vn.grassroots.operations;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import vn.grassroots.access.AccountService;
import vn.grassroots.operations.internal.IncidentGenerator;
import vn.grassroots.shared.Dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Incidents, their workflow, bulk ingestion, citizen requests and Open311 over HTTP. */
@SpringBootTest
@AutoConfigureMockMvc
class OperationsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accountService;

	@Autowired
	IncidentGenerator generator;

	long commune;

	String communeCode;

	long village;

	@BeforeEach
	void officersCommune() {
		this.commune = this.jdbc.sql("select unit_id from acc_user where username = 'officer'")
			.query(Long.class)
			.single();
		LocalDate today = Dates.today();
		this.communeCode = this.jdbc
			.sql("select code from org_unit_period where unit_id = :id"
					+ " and (valid_from is null or valid_from <= :d) and (valid_to is null or valid_to > :d)")
			.param("id", this.commune)
			.param("d", today)
			.query(String.class)
			.single();
		this.village = this.jdbc
			.sql("select unit_id from org_unit_period where parent_id = :id and type = 'VILLAGE'"
					+ " and (valid_from is null or valid_from <= :d) and (valid_to is null or valid_to > :d)"
					+ " order by unit_id limit 1")
			.param("id", this.commune)
			.param("d", today)
			.query(Long.class)
			.single();
	}

	String incidentJson(String clientId, String lat) {
		return """
				{"clientId": %s, "unitId": %d, "taskGroup": "SITUATION_GRASPING", "subtype": "THEFT",
				 "severity": "HIGH", "occurredAt": "%s", "address": "Số 5, thôn Đông",
				 "lat": %s, "lon": 105.85, "description": "Mất trộm xe máy"}
				""".formatted((clientId != null) ? "\"" + clientId + "\"" : "null", this.village,
				LocalDateTime.now(Dates.ZONE).minusHours(2).truncatedTo(ChronoUnit.MINUTES), lat);
	}

	long report(String user) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/v1/incidents").with(httpBasic(user, "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(incidentJson(null, "21.03")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("REPORTED"))
			.andReturn();
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	String statusOf(long id) {
		return this.jdbc.sql("select status from ops_incident where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	MvcResult step(long id, String user, String action, String note) throws Exception {
		return this.mvc
			.perform(post("/api/v1/incidents/{id}/transitions", id).with(httpBasic(user, "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\": \"" + action + "\"" + ((note != null) ? ", \"note\": \"" + note + "\"" : "")
						+ "}"))
			.andReturn();
	}

	@Test
	void reportsAnIncidentAndTakesItThroughTheWorkflowWithTimestampsAndTheResponsibleOfficer() throws Exception {
		long id = report("officer");

		assertThat(step(id, "officer", "ACKNOWLEDGE", null).getResponse().getStatus()).isEqualTo(200);
		assertThat(step(id, "officer", "START", null).getResponse().getStatus()).isEqualTo(200);
		MvcResult resolved = step(id, "chief", "RESOLVE", "returned to the owner");

		assertThat(resolved.getResponse().getStatus()).isEqualTo(200);
		String body = resolved.getResponse().getContentAsString();
		assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("RESOLVED");
		assertThat((String) JsonPath.read(body, "$.responsible")).isEqualTo("officer");
		assertThat((String) JsonPath.read(body, "$.acknowledgedAt")).isNotNull();
		assertThat((String) JsonPath.read(body, "$.resolvedAt")).isNotNull();
		this.mvc.perform(get("/api/v1/incidents/{id}/history", id).with(httpBasic("officer", "demo")))
			.andExpect(jsonPath("$[*].action")
				.value(org.hamcrest.Matchers.contains("REPORT", "ACKNOWLEDGE", "START", "RESOLVE")));
		assertThat(this.jdbc.sql("select count(*) from aud_event where entity_type = 'incident' and entity_id = :id")
			.param("id", Long.toString(id))
			.query(Long.class)
			.single()).isEqualTo(4);
	}

	@Test
	void refusesAnIllegalStepWith422NamingTheActionAndChangesNothing() throws Exception {
		long id = report("officer");

		this.mvc
			.perform(post("/api/v1/incidents/{id}/transitions", id).with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\": \"RESOLVE\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("action"))
			.andExpect(jsonPath("$.errors[0].reason").value(containsString("REPORTED")));

		assertThat(statusOf(id)).isEqualTo("REPORTED");
	}

	@Test
	void aReviewerReturnsAReportForCorrectionWithANoteAndAnOfficerMayNot() throws Exception {
		long id = report("officer");

		assertThat(step(id, "officer", "RETURN", "add details").getResponse().getStatus()).isEqualTo(403);
		assertThat(step(id, "chief", "RETURN", null).getResponse().getStatus()).isEqualTo(422);
		MvcResult returned = step(id, "chief", "RETURN", "add the plate number");

		assertThat(returned.getResponse().getStatus()).isEqualTo(200);
		assertThat((String) JsonPath.read(returned.getResponse().getContentAsString(), "$.statusNote"))
			.isEqualTo("add the plate number");
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/v1/incidents/{id}", id)
				.with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(incidentJson(null, "21.03").replace("\"THEFT\"", "\"DRUGS\"")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.subtype").value("DRUGS"))
			.andExpect(jsonPath("$.status").value("RETURNED"));
		this.mvc
			.perform(get("/operations/incidents/{id}/edit", id)
				.with(user(this.accountService.loadUserByUsername("officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/correct")));
		assertThat(step(id, "officer", "RESUBMIT", null).getResponse().getStatus()).isEqualTo(200);
		assertThat(statusOf(id)).isEqualTo("REPORTED");
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/v1/incidents/{id}", id)
				.with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(incidentJson(null, "21.03")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		assertThat(this.jdbc.sql("select subtype from ops_incident where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("DRUGS");
	}

	@Test
	void anotherCommunesOfficerCanNeitherReadNorChangeTheIncident() throws Exception {
		long id = report("officer");

		this.mvc.perform(get("/api/v1/incidents/{id}", id).with(httpBasic("officer2", "demo")))
			.andExpect(status().isNotFound());
		assertThat(step(id, "officer2", "ACKNOWLEDGE", null).getResponse().getStatus()).isEqualTo(404);
		this.mvc.perform(get("/api/v1/incidents").param("size", "200").with(httpBasic("officer2", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) id))));
		this.mvc
			.perform(post("/api/v1/incidents").with(httpBasic("officer2", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(incidentJson(null, "21.03")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/incidents/{id}", id).with(httpBasic("province", "demo")))
			.andExpect(status().isOk());
		assertThat(statusOf(id)).isEqualTo("REPORTED");
	}

	@Test
	void badInputAnswers400Or422NamingTheFieldAndStoresNothing() throws Exception {
		long before = this.jdbc.sql("select count(*) from ops_incident").query(Long.class).single();

		this.mvc
			.perform(post("/api/v1/incidents").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(incidentJson(null, "48.85")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lat"));
		this.mvc
			.perform(post("/api/v1/incidents").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(incidentJson(null, "21.0").replace("\"THEFT\"", "\"FIRE\"")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("subtype"));
		this.mvc
			.perform(post("/api/v1/incidents").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(incidentJson(null, "21.0").replace("\"HIGH\"", "\"EXTREME\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("severity"));
		this.mvc.perform(get("/api/v1/incidents").param("from", "yesterday").with(httpBasic("officer", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		this.mvc
			.perform(post("/api/v1/incidents").with(httpBasic("auditor", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(incidentJson(null, "21.03")))
			.andExpect(status().isForbidden());

		assertThat(this.jdbc.sql("select count(*) from ops_incident").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void anOverdueIncidentIsInTheOverdueListUntilResolved() throws Exception {
		long id = report("officer");
		this.jdbc.sql("update ops_incident set due_at = :due where id = :id")
			.param("due", java.sql.Timestamp.valueOf(LocalDateTime.of(2001, 1, 1, 0, 0)))
			.param("id", id)
			.update();

		this.mvc.perform(get("/api/v1/incidents/overdue").param("size", "200").with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(hasItem((int) id)))
			.andExpect(jsonPath("$.items[0].overdue").value(true));

		step(id, "officer", "ACKNOWLEDGE", null);
		step(id, "officer", "START", null);
		assertThat(step(id, "officer", "RESOLVE", null).getResponse().getStatus()).isEqualTo(200);

		this.mvc.perform(get("/api/v1/incidents/overdue").param("size", "200").with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) id))));
	}

	@Test
	void theSameBulkBatchSentTwiceCreatesEachRecordOnceAndSaysSoPerItem() throws Exception {
		String a = UUID.randomUUID().toString();
		String b = UUID.randomUUID().toString();
		String c = UUID.randomUUID().toString();
		String batch = "{\"items\": [" + incidentJson(a, "21.03") + "," + incidentJson(b, "10.5") + ","
				+ incidentJson(c, "99.0") + "]}";

		this.mvc
			.perform(post("/api/v1/incidents/bulk").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(batch))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].result")
				.value(org.hamcrest.Matchers.contains("created", "created", "rejected")))
			.andExpect(jsonPath("$.items[2].errors[0].field").value("lat"))
			.andExpect(jsonPath("$.created").value(2));
		this.mvc
			.perform(post("/api/v1/incidents/bulk").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(batch))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].result")
				.value(org.hamcrest.Matchers.contains("duplicate", "duplicate", "rejected")))
			.andExpect(jsonPath("$.items[0].id").isNumber())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.duplicates").value(2));

		assertThat(this.jdbc.sql("select count(*) from ops_incident where client_id in (:ids)")
			.param("ids", java.util.List.of(a, b, c))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void filtersTheListAndAnswersStatistics() throws Exception {
		long id = report("officer");
		String today = Dates.today().toString();

		this.mvc
			.perform(get("/api/v1/incidents").param("status", "REPORTED")
				.param("taskGroup", "SITUATION_GRASPING")
				.param("severity", "HIGH")
				.param("from", today)
				.param("to", today)
				.param("unitId", Long.toString(this.village))
				.with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(hasItem((int) id)))
			.andExpect(jsonPath("$.items[*].unitId")
				.value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is((int) this.village))));
		this.mvc.perform(get("/api/v1/incidents/stats").with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].subtype").value(hasItem("THEFT")));
	}

	@Test
	void storesAttachmentsWithinTypeAndSizeLimits() throws Exception {
		long id = report("officer");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0 };

		this.mvc
			.perform(post("/api/v1/incidents/{id}/attachments", id).param("fileName", "scene.png")
				.with(httpBasic("officer", "demo"))
				.contentType(MediaType.IMAGE_PNG)
				.content(png))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("image/png"));
		this.mvc
			.perform(post("/api/v1/incidents/{id}/attachments", id).param("fileName", "fake.pdf")
				.with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_PDF)
				.content("not a pdf".getBytes()))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		byte[] big = new byte[5 * 1024 * 1024 + 1];
		big[0] = (byte) 0xff;
		big[1] = (byte) 0xd8;
		big[2] = (byte) 0xff;
		this.mvc
			.perform(post("/api/v1/incidents/{id}/attachments", id).param("fileName", "big.jpg")
				.with(httpBasic("officer", "demo"))
				.contentType(MediaType.IMAGE_JPEG)
				.content(big))
			.andExpect(status().isContentTooLarge());

		this.mvc.perform(get("/api/v1/incidents/{id}/attachments", id).with(httpBasic("officer", "demo")))
			.andExpect(jsonPath("$.length()").value(1));
		this.mvc.perform(get("/api/v1/incidents/{id}/attachments", id).with(httpBasic("officer2", "demo")))
			.andExpect(status().isNotFound());
	}

	RequestPostProcessor from(String ip) {
		return (request) -> {
			request.setRemoteAddr(ip);
			return request;
		};
	}

	@Test
	void open311AnswersWithTheStandardsFieldNames() throws Exception {
		this.mvc.perform(get("/api/v1/public/open311/services.json"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$[0].service_code").exists())
			.andExpect(jsonPath("$[0].service_name").exists())
			.andExpect(jsonPath("$[*].service_code").value(hasItem("THEFT")));

		MvcResult created = this.mvc
			.perform(post("/api/v1/public/open311/requests.json").with(from("10.31.1.1"))
				.param("jurisdiction_id", this.communeCode)
				.param("service_code", "NOISE")
				.param("description", "Loud music every night")
				.param("lat", "21.01")
				.param("long", "105.80")
				.param("address_string", "Ngõ 5")
				.param("first_name", "Nguyễn")
				.param("last_name", "Văn A")
				.param("phone", "0912345678"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].service_request_id").isString())
			.andReturn();
		String code = JsonPath.read(created.getResponse().getContentAsString(), "$[0].service_request_id");

		this.mvc.perform(get("/api/v1/public/open311/requests/{id}.json", code))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$[0].service_request_id").value(code))
			.andExpect(jsonPath("$[0].status").value("open"))
			.andExpect(jsonPath("$[0].service_code").value("NOISE"))
			.andExpect(jsonPath("$[0].service_name").exists())
			.andExpect(jsonPath("$[0].status_notes").exists())
			.andExpect(jsonPath("$[0].requested_datetime").value(containsString("+07:00")))
			.andExpect(jsonPath("$[0].updated_datetime").exists())
			.andExpect(jsonPath("$[0].agency_responsible").exists())
			.andExpect(jsonPath("$[0].address_string").value("Ngõ 5"))
			.andExpect(jsonPath("$[0].lat").value(21.01))
			.andExpect(jsonPath("$[0].long").value(105.8))
			.andExpect(content().string(not(containsString("0912345678"))))
			.andExpect(content().string(not(containsString("Nguyễn"))));
		this.mvc
			.perform(post("/api/v1/public/open311/requests.json").with(from("10.31.1.2"))
				.param("jurisdiction_id", this.communeCode)
				.param("service_code", "NOISE")
				.param("description", "x")
				.param("lat", "48.0")
				.param("long", "2.0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code").value(400))
			.andExpect(jsonPath("$[0].description").value(containsString("lat: ")));
		this.mvc.perform(get("/api/v1/public/open311/requests/{id}.json", "NOPE-NOPE-NOPE-NOPE"))
			.andExpect(status().isNotFound());
	}

	@Test
	void rateAndSizeLimitsProtectThePublicEndpoints() throws Exception {
		for (int i = 0; i < 20; i++) {
			this.mvc.perform(post("/api/v1/public/open311/requests.json").with(from("10.32.0.1")))
				.andExpect(status().isBadRequest());
		}
		this.mvc.perform(post("/api/v1/public/open311/requests.json").with(from("10.32.0.1")))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$[0].code").value(429));
		this.mvc.perform(post("/api/v1/public/open311/requests.json").with(from("10.32.0.2")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code").value(400))
			.andExpect(jsonPath("$[0].description").value(containsString("jurisdiction_id: ")));
		this.mvc
			.perform(post("/api/v1/public/open311/requests.json").with(from("10.32.0.3"))
				.param("jurisdiction_id", this.communeCode)
				.param("service_code", "NOISE")
				.param("address_string", "here")
				.param("description", "x".repeat(2001)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code").value(400))
			.andExpect(jsonPath("$[0].description").value(containsString("description: ")));
		this.mvc
			.perform(post("/api/v1/public/open311/requests.json").with(from("10.32.0.4"))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("description=" + "y".repeat(20_000)))
			.andExpect(status().isContentTooLarge());
	}

	@Test
	void aCitizenReportsOnThePublicPageAndTheStatusPageShowsNoPersonalData() throws Exception {
		this.mvc.perform(get("/public/requests/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("request-form")));

		MvcResult posted = this.mvc
			.perform(post("/public/requests").with(csrf())
				.with(from("10.33.0.1"))
				.param("communeId", Long.toString(this.commune))
				.param("serviceCode", "SUSPICIOUS")
				.param("description", "Người lạ đi quanh khu trọ")
				.param("address", "Ngõ 7")
				.param("name", "Trần Thị Bình")
				.param("phone", "0987654321"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = posted.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/public/requests/");

		this.mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tracking-code")))
			.andExpect(content().string(not(containsString("0987654321"))))
			.andExpect(content().string(not(containsString("Trần Thị Bình"))));
		this.mvc
			.perform(post("/public/requests").with(csrf())
				.with(from("10.33.0.2"))
				.param("communeId", Long.toString(this.commune))
				.param("serviceCode", "SUSPICIOUS")
				.param("description", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("data-field=\"description\"")));
		this.mvc.perform(post("/public/requests").with(from("10.33.0.3")).param("communeId", "1"))
			.andExpect(status().isForbidden());
	}

	@Test
	void staffTriageTurnsARequestIntoAnIncidentOrRejectsItWithAReason() throws Exception {
		String accepted = submit("10.34.0.1");
		String rejected = submit("10.34.0.2");
		long acceptedId = requestId(accepted);
		long rejectedId = requestId(rejected);

		this.mvc
			.perform(post("/api/v1/citizen-requests/{id}/triage", acceptedId).with(httpBasic("officer2", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\": \"ACCEPT\"}"))
			.andExpect(status().isNotFound());
		MvcResult incident = this.mvc
			.perform(post("/api/v1/citizen-requests/{id}/triage", acceptedId).with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\": \"ACCEPT\", \"severity\": \"HIGH\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REPORTED"))
			.andExpect(jsonPath("$.citizenRequestId").value((int) acceptedId))
			.andReturn();
		this.mvc
			.perform(post("/api/v1/citizen-requests/{id}/triage", acceptedId).with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\": \"REJECT\", \"reason\": \"again\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("decision"));
		this.mvc
			.perform(post("/api/v1/citizen-requests/{id}/triage", rejectedId).with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\": \"REJECT\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc
			.perform(post("/api/v1/citizen-requests/{id}/triage", rejectedId).with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\": \"REJECT\", \"reason\": \"Không thuộc thẩm quyền\"}"))
			.andExpect(status().isOk());

		this.mvc.perform(get("/api/v1/public/open311/requests/{id}.json", rejected))
			.andExpect(jsonPath("$[0].status").value("closed"))
			.andExpect(jsonPath("$[0].status_notes").value(containsString("Không thuộc thẩm quyền")));
		long incidentId = ((Number) JsonPath.read(incident.getResponse().getContentAsString(), "$.id")).longValue();
		step(incidentId, "officer", "ACKNOWLEDGE", null);
		step(incidentId, "officer", "START", null);
		step(incidentId, "officer", "RESOLVE", null);
		this.mvc.perform(get("/api/v1/public/open311/requests/{id}.json", accepted))
			.andExpect(jsonPath("$[0].status").value("closed"));
		this.mvc.perform(get("/api/v1/citizen-requests").param("status", "NEW").with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].trackingCode").value(not(hasItem(accepted))));
	}

	private String submit(String ip) throws Exception {
		MvcResult created = this.mvc
			.perform(post("/api/v1/public/open311/requests.json").with(from(ip))
				.param("jurisdiction_id", this.communeCode)
				.param("service_code", "BRAWL")
				.param("description", "Đánh nhau trước quán")
				.param("address_string", "Chợ thôn"))
			.andExpect(status().isCreated())
			.andReturn();
		return JsonPath.read(created.getResponse().getContentAsString(), "$[0].service_request_id");
	}

	private long requestId(String code) {
		return this.jdbc.sql("select id from ops_citizen_request where tracking_code = :c")
			.param("c", code)
			.query(Long.class)
			.single();
	}

	@Test
	void thePagesListMapAndCountIncidentsInScope() throws Exception {
		long id = report("officer");
		var officer = user(this.accountService.loadUserByUsername("officer"));

		this.mvc.perform(get("/operations/incidents").with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/operations/incidents/" + id)));
		this.mvc.perform(get("/operations/incidents/{id}", id).with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action-ACKNOWLEDGE")));
		this.mvc
			.perform(post("/operations/incidents/{id}/transitions", id).with(officer)
				.with(csrf())
				.param("action", "ACKNOWLEDGE"))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("ACKNOWLEDGED");
		this.mvc
			.perform(get("/operations/incidents/{id}", id)
				.with(user(this.accountService.loadUserByUsername("officer2"))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/operations/incidents/{id}/attachments", id).param("fileName", "plan.pdf")
				.with(officer)
				.with(csrf())
				.contentType(MediaType.APPLICATION_PDF)
				.content("%PDF-1.4 minimal".getBytes()))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post("/operations/incidents/{id}/attachments", id).param("fileName", "x.gif")
				.with(officer)
				.with(csrf())
				.contentType(MediaType.IMAGE_GIF)
				.content("GIF89a".getBytes()))
			.andExpect(status().isUnsupportedMediaType());
		this.mvc.perform(get("/operations/incidents/{id}", id).with(officer))
			.andExpect(content().string(containsString("plan.pdf")));
		this.mvc.perform(get("/operations/incidents/map").with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("leaflet")))
			.andExpect(content().string(not(containsString("tile.openstreetmap"))));
		this.mvc
			.perform(get("/operations/incidents/map.json").param("unitId", Long.toString(this.commune)).with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.points[*].id").value(hasItem((int) id)))
			.andExpect(jsonPath("$.points[*].commune").isNotEmpty());
		this.mvc.perform(get("/operations/incidents/export.xlsx").param("severity", "HIGH").with(officer))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		this.mvc.perform(get("/operations/incidents/stats").with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("stats-subtypes")));
		this.mvc.perform(get("/operations/incidents/new").with(officer)).andExpect(status().isOk());
		this.mvc.perform(get("/operations/requests").with(officer)).andExpect(status().isOk());
		this.mvc
			.perform(get("/operations/incidents").with(officer).header("HX-Request", "true").param("severity", "HIGH"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("HX-Retarget"));
	}

	@Test
	void theGeneratorIsDeterministicAndIdempotent() {
		String prefix = this.jdbc
			.sql("select path from org_unit_period where unit_id = :id"
					+ " and (valid_from is null or valid_from <= :d) and (valid_to is null or valid_to > :d)")
			.param("id", this.commune)
			.param("d", Dates.today())
			.query(String.class)
			.single();

		int first = this.generator.generate(4242L, prefix, 30);
		int again = this.generator.generate(4242L, prefix, 30);

		assertThat(first).isEqualTo(30);
		assertThat(again).isZero();
		assertThat(this.jdbc.sql("select count(distinct task_group) from ops_incident where client_id in (:ids)")
			.param("ids",
					java.util.stream.IntStream.range(0, 30)
						.mapToObj((i) -> UUID
							.nameUUIDFromBytes(("grassroots-demo-incident:4242:" + prefix + ":" + i)
								.getBytes(java.nio.charset.StandardCharsets.UTF_8))
							.toString())
						.toList())
			.query(Long.class)
			.single()).isGreaterThan(2);
		assertThat(this.jdbc
			.sql("select count(*) from ops_incident where reported_by = 'demo'"
					+ " and status in ('REPORTED', 'ACKNOWLEDGED', 'IN_PROGRESS') and due_at < :now")
			.param("now", java.sql.Timestamp.valueOf(LocalDateTime.now(Dates.ZONE)))
			.query(Long.class)
			.single()).isPositive();
	}

}

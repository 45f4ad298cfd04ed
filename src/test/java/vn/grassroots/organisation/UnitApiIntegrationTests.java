package vn.grassroots.organisation;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The units API on the demo territory: scope, as-of dates, lineage, search and bad input.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UnitApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	vn.grassroots.access.AccountService accountService;

	@Test
	void listsUnitsAsItemsAndTotal() throws Exception {
		this.mvc.perform(get("/api/v1/units").param("type", "PROVINCE").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").isNumber())
			.andExpect(jsonPath("$.items[*].type", everyItem(is("PROVINCE"))))
			.andExpect(jsonPath("$.items[*].code", hasItems("DM3", "DM4", "DM5")));
	}

	@Test
	void showsTheTreeAsItStoodOnTheDateAsked() throws Exception {
		this.mvc
			.perform(get("/api/v1/units").param("type", "PROVINCE")
				.param("asOf", "2025-06-30")
				.with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$.items[*].code", hasItems("DM1", "DM2", "DM3", "DM4")))
			.andExpect(jsonPath("$.items[*].code", not(hasItem("DM5"))));
		this.mvc
			.perform(get("/api/v1/units").param("type", "DISTRICT")
				.param("asOf", "2025-07-01")
				.with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$.items", empty()));
	}

	@Test
	void answersLineageOfAMergedProvince() throws Exception {
		this.mvc.perform(get("/api/v1/units/DM5/lineage").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit.code", is("DM5")))
			.andExpect(jsonPath("$.predecessors[*].code", hasItems("DM1", "DM2")))
			.andExpect(jsonPath("$.predecessors[*].coverage", everyItem(is("FULL"))));
		this.mvc.perform(get("/api/v1/units/DM1/lineage").param("asOf", "2025-01-01").with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$.successors[0].code", is("DM5")));
	}

	@Test
	void searchesWithoutAccents() throws Exception {
		this.mvc
			.perform(get("/api/v1/units").param("q", "to bao ve antt to dan pho 1").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].fullName", startsWith("Tổ bảo vệ ANTT Tổ dân phố 1")));
	}

	@Test
	void hidesAnotherCommunesUnitFromACommuneOfficer() throws Exception {
		String other = otherCommuneCode();

		this.mvc.perform(get("/api/v1/units/" + other).with(httpBasic("officer", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code", is("GR-GEN-002")));
		this.mvc.perform(get("/api/v1/units/" + other).with(httpBasic("officer2", "demo"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/units").param("type", "COMMUNE").with(httpBasic("officer", "demo")))
			.andExpect(jsonPath("$.total", is(1)));
	}

	@Test
	void hidesAnotherCommunesUnitPageFromACommuneOfficer() throws Exception {
		String other = otherCommuneCode();
		String id = com.jayway.jsonpath.JsonPath
			.read(this.mvc.perform(get("/api/v1/units/" + other).with(httpBasic("admin", "demo")))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.unit.id")
			.toString();

		this.mvc.perform(get("/units/" + id).with(as("officer"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/units/" + id).with(as("officer2"))).andExpect(status().isOk());
	}

	@Test
	void rejectsAMalformedAsOfNamingTheField() throws Exception {
		this.mvc.perform(get("/api/v1/units").param("asOf", "2025-13-45").with(httpBasic("admin", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field", is("asOf")))
			.andExpect(jsonPath("$.errors[0].rejectedValue", is("2025-13-45")));
	}

	@Test
	void rejectsAnUnknownTypeNamingTheField() throws Exception {
		this.mvc.perform(get("/api/v1/units").param("type", "HAMLET").with(httpBasic("admin", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("type")))
			.andExpect(jsonPath("$.errors[0].reason", containsString("COMMUNE")));
	}

	@Test
	void rejectsAPageSizeOverTheMaximumNamingTheField() throws Exception {
		this.mvc.perform(get("/api/v1/units").param("size", "1000").with(httpBasic("admin", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("size")));
	}

	@Test
	void answersUnauthenticatedCallsWithProblemJson() throws Exception {
		this.mvc.perform(get("/api/v1/units"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code", is("GR-GEN-005")));
	}

	@Test
	void answersUnknownApiUrlsWithProblemJson() throws Exception {
		this.mvc.perform(get("/api/v1/no-such-thing").with(httpBasic("admin", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void publishesTheOpenApiDocumentOfTheApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/units']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/units/{code}/lineage']").exists());
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

	@Test
	void opensTheUnitPagesAndTreeFragmentsInScope() throws Exception {
		this.mvc.perform(get("/units/tree").with(as("province")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tỉnh Trường Sơn (demo)")));
		this.mvc.perform(get("/units").param("q", "truong son").header("HX-Request", "true").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"unit-results\"")))
			.andExpect(content().string(not(containsString("<nav"))));
	}

	@Test
	void exportsTheUnitsInScopeAsXlsx() throws Exception {
		byte[] xlsx = this.mvc.perform(get("/units/export.xlsx").param("type", "VILLAGE").with(as("officer")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String villages = this.mvc
			.perform(get("/api/v1/units").param("type", "VILLAGE").with(httpBasic("officer", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã");
			assertThat(sheet.getLastRowNum())
				.isEqualTo(((Number) com.jayway.jsonpath.JsonPath.read(villages, "$.total")).intValue());
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Thôn, tổ dân phố");
		}
	}

	@Test
	void rejectsOverlongOrMissingReorganisationInputNamingTheField() throws Exception {
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/reorganisations")
				.with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"RENAME\",\"effectiveOn\":\"2026-12-01\",\"legalBasis\":\"NQ\","
						+ "\"units\":[\"DM4\"],\"name\":\"" + "x".repeat(300) + "\",\"fullName\":\"X\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("name")));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/reorganisations")
				.with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"DISSOLVE\",\"effectiveOn\":\"2026-12-01\",\"legalBasis\":\"NQ\","
						+ "\"units\":[null]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("units")));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/tokens")
				.with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"x\",\"days\":\"abc\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("days")));
	}

	@Test
	void listsOnlyTheReorganisationsOfTheCallersSubtree() throws Exception {
		int all = com.jayway.jsonpath.JsonPath
			.read(this.mvc.perform(get("/api/v1/reorganisations").with(httpBasic("admin", "demo")))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.total");
		int mine = com.jayway.jsonpath.JsonPath
			.read(this.mvc.perform(get("/api/v1/reorganisations").with(httpBasic("officer", "demo")))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.total");

		assertThat(mine).isLessThan(all);
	}

	@Test
	void answersInEnglishWhenTheClientAsksForIt() throws Exception {
		this.mvc
			.perform(get("/api/v1/units").param("size", "1000")
				.header("Accept-Language", "en-US,en;q=0.9")
				.with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$.title", is("Bad request")));
		this.mvc.perform(get("/api/v1/units").param("size", "1000").with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$.title", is("Yêu cầu không hợp lệ")));
	}

	@Test
	void refusesToImportNationalDataIntoTheDemoDatabase() throws Exception {
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/imports")
				.with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"directory\":\"/tmp\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("directory")));
	}

	private String otherCommuneCode() throws Exception {
		String me = this.mvc.perform(get("/api/v1/units").param("type", "COMMUNE").with(httpBasic("officer2", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return com.jayway.jsonpath.JsonPath.read(me, "$.items[0].code");
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(this.accountService.loadUserByUsername(username));
	}

}

package vn.grassroots.personnel;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.grassroots.access.AccountService;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The classification and training pages of a commune chief. */
@SpringBootTest
@AutoConfigureMockMvc
class ClassificationAndTrainingPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Test
	void gradesACommuneFromThePage() throws Exception {
		int commune = communeId();

		this.mvc
			.perform(post("/personnel/classifications/run").param("year", "2025")
				.param("commune", "" + commune)
				.with(chief())
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/personnel/classifications?year=2025"));
		this.mvc.perform(get("/personnel/classifications").param("year", "2025").with(chief()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("run-classification")));
	}

	@Test
	void opensACourseAndRecordsAResultFromThePages() throws Exception {
		int commune = communeId();
		int member = JsonPath.read(this.mvc.perform(
				get("/api/v1/members").param("status", "ACTIVE").param("size", "1").with(httpBasic("chief", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.items[0].id");

		String location = this.mvc
			.perform(post("/personnel/training/courses").param("unit", "" + commune)
				.param("kind", "INITIAL")
				.param("title", "Huấn luyện ban đầu")
				.param("startsOn", "2026-03-02")
				.param("endsOn", "2026-03-06")
				.with(chief())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc
			.perform(post(location + "/attendance").param("member", "" + member)
				.param("result", "PASSED")
				.with(chief())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get(location).with(chief()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đạt")));
		this.mvc.perform(get("/personnel/training").with(chief()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("training-due")));
	}

	@Test
	void offersDissolutionAndMergerOnTheTeamPageAndRefusesThemWithoutADecision() throws Exception {
		int team = JsonPath
			.read(this.mvc.perform(get("/api/v1/teams").param("size", "1").with(httpBasic("chief", "demo")))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.items[0].teamId");

		this.mvc.perform(get("/personnel/teams/" + team).with(chief()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dissolve-team")))
			.andExpect(content().string(containsString("merge-team")))
			.andExpect(content().string(containsString("assign-member")));
		this.mvc
			.perform(post("/personnel/teams/" + team + "/dissolution").param("decisionSigner", "Chủ tịch")
				.with(chief())
				.with(csrf()))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/teams/" + team).with(httpBasic("chief", "demo")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.endedOn")
				.doesNotExist());
	}

	private RequestPostProcessor chief() {
		return user(this.accounts.loadUserByUsername("chief"));
	}

	private int communeId() throws Exception {
		return JsonPath
			.read(this.mvc.perform(get("/api/v1/units").param("type", "COMMUNE").with(httpBasic("chief", "demo")))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.items[0].id");
	}

}

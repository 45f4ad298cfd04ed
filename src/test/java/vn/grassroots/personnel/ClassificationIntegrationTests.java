package vn.grassroots.personnel;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The annual classification of a commune's members through the API. */
@SpringBootTest
@AutoConfigureMockMvc
class ClassificationIntegrationTests {

	static final int YEAR = 2026;

	@Autowired
	MockMvc mvc;

	@Test
	void gradesMembersByTheirTasksAndKeepsOverridesWithAReason() throws Exception {
		// members active for the whole review year (other tests add members active only
		// since today)
		String active = this.mvc.perform(
				get("/api/v1/members").param("status", "ACTIVE").param("size", "200").with(httpBasic("chief", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> all = JsonPath.read(active, "$.items[*].id");
		List<String> since = JsonPath.read(active, "$.items[*].statusSince");
		List<Integer> ids = new java.util.ArrayList<>();
		for (int i = 0; i < all.size() && ids.size() < 7; i++) {
			if (java.time.LocalDate.parse(since.get(i)).isBefore(java.time.LocalDate.of(YEAR - 1, 11, 15))) {
				ids.add(all.get(i));
			}
		}
		assertThat(ids).hasSize(7);
		int[] completed = { 100, 90, 90, 90, 90, 90, 40 };
		for (int i = 0; i < ids.size(); i++) {
			this.mvc
				.perform(put("/api/v1/classifications/" + YEAR + "/tasks").with(httpBasic("chief", "demo"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"kind\":\"MEMBER\",\"subjectId\":" + ids.get(i) + ",\"assigned\":100,\"completed\":"
							+ completed[i] + "}"))
				.andExpect(status().isNoContent());
		}
		String commune = JsonPath
			.read(this.mvc.perform(get("/api/v1/units").param("type", "COMMUNE").with(httpBasic("chief", "demo")))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.items[0].code");

		String run = this.mvc
			.perform(post("/api/v1/classifications/" + YEAR + "/run").with(httpBasic("chief", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"commune\":\"" + commune + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(grade(run, ids.get(0))).isEqualTo("EXCELLENT");
		assertThat(grade(run, ids.get(1))).isEqualTo("GOOD");
		assertThat(grade(run, ids.get(6))).isEqualTo("NOT_COMPLETED");
		List<Integer> found = JsonPath.read(run, "$.items[?(@.subjectId == " + ids.get(6) + ")].id");
		int id = found.get(0);

		this.mvc
			.perform(post("/api/v1/classifications/" + id + "/override").with(httpBasic("chief", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"grade\":\"COMPLETED\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("reason")));
		this.mvc
			.perform(post("/api/v1/classifications/" + id + "/override").with(httpBasic("chief", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"grade\":\"COMPLETED\",\"reason\":\"ốm dài ngày có xác nhận\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.finalGrade", is("COMPLETED")))
			.andExpect(jsonPath("$.computedGrade", is("NOT_COMPLETED")));
		this.mvc.perform(get("/api/v1/classifications").param("year", "" + YEAR).with(httpBasic("officer2", "demo")))
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")]").isEmpty());
		this.mvc
			.perform(post("/api/v1/classifications/" + id + "/override").with(httpBasic("officer2", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"grade\":\"GOOD\",\"reason\":\"x\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesMoreTasksCompletedThanAssignedNamingTheField() throws Exception {
		int member = JsonPath.read(this.mvc.perform(
				get("/api/v1/members").param("status", "ACTIVE").param("size", "1").with(httpBasic("chief", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.items[0].id");

		this.mvc
			.perform(put("/api/v1/classifications/" + YEAR + "/tasks").with(httpBasic("chief", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"subjectId\":" + member + ",\"assigned\":10,\"completed\":11}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("completed")));
	}

	private static String grade(String run, int subject) {
		List<String> grades = JsonPath.read(run, "$.items[?(@.subjectId == " + subject + ")].finalGrade");
		return grades.get(0);
	}

}

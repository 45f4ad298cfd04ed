package vn.grassroots.personnel;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.grassroots.shared.Dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Training courses and who is due for refresher training. */
@SpringBootTest
@AutoConfigureMockMvc
class TrainingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aMemberWhoPassedACourseIsNoLongerDueForRefresherTraining() throws Exception {
		String commune = JsonPath
			.read(this.mvc.perform(get("/api/v1/units").param("type", "COMMUNE").with(httpBasic("chief", "demo")))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.items[0].code");
		List<Integer> due = dueIds();
		assertThat(due).isNotEmpty();
		int member = due.get(0);
		String course = this.mvc
			.perform(post("/api/v1/training/courses").with(httpBasic("chief", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unit\":\"" + commune + "\",\"kind\":\"REFRESHER\",\"title\":\"Bồi dưỡng nghiệp vụ\","
						+ "\"startsOn\":\"" + Dates.today().minusDays(3) + "\",\"endsOn\":\""
						+ Dates.today().minusDays(1) + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(course, "$.id");

		this.mvc
			.perform(put("/api/v1/training/courses/" + id + "/attendance").with(httpBasic("chief", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"memberId\":" + member + ",\"attended\":true,\"result\":\"PASSED\"}"))
			.andExpect(status().isNoContent());

		assertThat(dueIds()).doesNotContain(member);
		this.mvc.perform(get("/api/v1/training/courses/" + id).with(httpBasic("chief", "demo")))
			.andExpect(jsonPath("$.attendance[0].result", is("PASSED")));
		this.mvc.perform(get("/api/v1/training/courses/" + id).with(httpBasic("officer2", "demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesACourseThatEndsBeforeItStarts() throws Exception {
		String commune = JsonPath
			.read(this.mvc.perform(get("/api/v1/units").param("type", "COMMUNE").with(httpBasic("chief", "demo")))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.items[0].code");

		this.mvc
			.perform(post("/api/v1/training/courses").with(httpBasic("chief", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unit\":\"" + commune + "\",\"kind\":\"INITIAL\",\"title\":\"Huấn luyện ban đầu\","
						+ "\"startsOn\":\"2026-05-10\",\"endsOn\":\"2026-05-01\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("endsOn")));
	}

	private List<Integer> dueIds() throws Exception {
		return JsonPath
			.read(this.mvc.perform(get("/api/v1/training/due").param("size", "200").with(httpBasic("chief", "demo")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.items[*].memberId");
	}

}

package vn.grassroots.shell;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages link the style sheets and scripts as the templates write them (no URL rewriting
 * on every link), and those links are served.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaticResourcesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theLoginPageLinksBootstrapAndHtmxWithoutVersionsAndTheyAreServed() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/webjars/bootstrap/css/bootstrap.min.css\"")))
			.andExpect(content().string(containsString("href=\"/css/app.css\"")));
		this.mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bootstrap")));
		this.mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("htmx")));
		this.mvc.perform(get("/css/app.css")).andExpect(status().isOk());
	}

}

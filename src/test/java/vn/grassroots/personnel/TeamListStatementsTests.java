package vn.grassroots.personnel;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import vn.grassroots.shared.SqlStatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The team list runs the same few statements for one team as for fifty (no N+1). */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SqlStatementCounter.class)
class TeamListStatementsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void listsTeamsWithAFixedNumberOfStatements() throws Exception {
		statements("1");
		int five = statements("5");
		int fifty = statements("50");

		// the composition rules are read once per province on the page (three demo
		// provinces)
		assertThat(five).isPositive();
		assertThat(fifty).isLessThanOrEqualTo(five + 2).isLessThanOrEqualTo(15);
	}

	private int statements(String size) throws Exception {
		SqlStatementCounter.reset();
		this.mvc.perform(get("/api/v1/teams").param("size", size).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk());
		return SqlStatementCounter.count();
	}

}

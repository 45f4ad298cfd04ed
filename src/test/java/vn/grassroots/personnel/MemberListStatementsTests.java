package vn.grassroots.personnel;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

import vn.grassroots.access.AccountService;
import vn.grassroots.shared.SqlStatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The member list (API and page) runs the same few statements for one member as for fifty
 * (no N+1), so that it stays fast with national data.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SqlStatementCounter.class)
class MemberListStatementsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Test
	void listsWithAFixedNumberOfStatements() throws Exception {
		statements("/api/v1/members", "1");
		int one = statements("/api/v1/members", "1");
		int fifty = statements("/api/v1/members", "50");
		int page = statements("/personnel/members", null);

		assertThat(one).isPositive();
		assertThat(fifty).isEqualTo(one).isLessThanOrEqualTo(12);
		assertThat(page).isLessThanOrEqualTo(12);
	}

	private int statements(String path, String size) throws Exception {
		SqlStatementCounter.reset();
		var request = get(path).with((size != null) ? httpBasic("admin", "demo")
				: SecurityMockMvcRequestPostProcessors.user(this.accounts.loadUserByUsername("admin")));
		if (size != null) {
			request = request.param("size", size);
		}
		this.mvc.perform(request).andExpect(status().isOk());
		return SqlStatementCounter.count();
	}

}

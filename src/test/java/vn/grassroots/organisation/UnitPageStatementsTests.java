package vn.grassroots.organisation;

import java.time.LocalDate;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Key organisation pages run a fixed number of SQL statements, however many children,
 * predecessors or search results a unit has (no N+1 queries).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SqlStatementCounter.class)
class UnitPageStatementsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	UnitQueries units;

	@Test
	void unitPageStatementsDoNotGrowWithLineageOrChildren() throws Exception {
		UnitView merged = this.units.getByCode(OrganisationFixtures.ministryAdmin(LocalDate.of(2025, 7, 1)), "DM5");
		UnitView small = this.units.getByCode(OrganisationFixtures.ministryAdmin(LocalDate.of(2025, 7, 1)), "DM3");

		int many = statements("/units/" + merged.id());
		int few = statements("/units/" + small.id());

		assertThat(many).isPositive().isEqualTo(few).isLessThanOrEqualTo(20);
	}

	@Test
	void unitListStatementsDoNotGrowWithResults() throws Exception {
		int all = statements("/units?type=VILLAGE");
		int none = statements("/units?type=VILLAGE&q=no-such-unit-anywhere");

		assertThat(all).isPositive().isEqualTo(none).isLessThanOrEqualTo(10);
	}

	private int statements(String url) throws Exception {
		SqlStatementCounter.reset();
		this.mvc
			.perform(
					get(url).with(SecurityMockMvcRequestPostProcessors.user(this.accounts.loadUserByUsername("admin"))))
			.andExpect(status().isOk());
		return SqlStatementCounter.count();
	}

}

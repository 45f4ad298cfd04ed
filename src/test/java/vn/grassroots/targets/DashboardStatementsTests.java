package vn.grassroots.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.grassroots.access.AccountService;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.SqlStatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The national dashboard reads the roll-up cache: a page view runs a fixed number of
 * statements per indicator, whatever the number of raw values, and a new value shows on
 * the next page view.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SqlStatementCounter.class)
class DashboardStatementsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

	@Test
	void theNationalDashboardReadsTheCacheWithAFixedNumberOfStatements() throws Exception {
		String code = "DASH_" + System.nanoTime() % 1_000_000;
		String created = this.mvc
			.perform(post("/api/v1/indicators").with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\": \"" + code + "\", \"name\": \"Mô hình tự quản " + code
						+ "\", \"source\": \"REPORTED\", \"aggregation\": \"SUM\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long indicator = ((Number) JsonPath.read(created, "$.id")).longValue();
		LocalDate year = Dates.today().withDayOfYear(1);
		List<Long> communes = this.jdbc
			.sql("select unit_id from org_unit_period where type = 'COMMUNE' and valid_to is null"
					+ " and (valid_from is null or valid_from <= :today) order by unit_id")
			.param("today", Dates.today())
			.query(Long.class)
			.list();
		assertThat(communes).hasSizeGreaterThanOrEqualTo(6);
		record(indicator, communes.subList(0, 2), year);

		page(indicator); // computes the roll-ups of the page
		int few = page(indicator);

		record(indicator, communes.subList(2, communes.size()), year);
		String html = this.mvc
			.perform(get("/targets").param("indicator", String.valueOf(indicator))
				.with(user(this.accounts.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the new values show on the next page view: every commune x 3
		assertThat(html).contains(">" + (3 * communes.size()) + "<");
		int many = page(indicator);

		long indicators = this.jdbc.sql("select count(*) from tgt_indicator").query(Long.class).single();
		assertThat(many).isEqualTo(few);
		// the same statements however many indicators there are: versions, states, the
		// last reorganisation, sums and targets of all indicators at once, the trend of
		// the
		// selected one over six periods at once, the drill-down and the map
		assertThat(indicators).isGreaterThan(1);
		assertThat(few).isLessThanOrEqualTo(40);
	}

	private int page(long indicator) throws Exception {
		SqlStatementCounter.reset();
		this.mvc
			.perform(get("/targets").param("indicator", String.valueOf(indicator))
				.with(user(this.accounts.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("trend-chart")));
		return SqlStatementCounter.count();
	}

	private void record(long indicator, List<Long> communes, LocalDate year) throws Exception {
		for (long commune : communes) {
			this.mvc
				.perform(post("/api/v1/indicators/{id}/values", indicator).with(httpBasic("admin", "demo"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"unitId\": " + commune + ", \"periodKind\": \"ANNUAL\", \"periodStart\": \"" + year
							+ "\", \"numerator\": " + BigDecimal.valueOf(3) + "}"))
				.andExpect(status().isCreated());
		}
	}

}

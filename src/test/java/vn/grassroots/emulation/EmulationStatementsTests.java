package vn.grassroots.emulation;

import java.sql.Timestamp;
import java.time.Instant;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ranking and the nominations page run as many statements for two rows as for twelve
 * (no N+1).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SqlStatementCounter.class)
class EmulationStatementsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

	@Test
	void theRankingRunsAFixedNumberOfStatements() throws Exception {
		int year = Dates.today().getYear();
		String created = this.mvc
			.perform(post("/api/v1/emulation/movements").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Đếm câu lệnh\",\"documentNumber\":\"1/KH\",\"documentDate\":\"" + year
						+ "-01-01\",\"periodFrom\":\"" + year + "-01-01\",\"periodTo\":\"" + year
						+ "-12-31\",\"levels\":[\"MEMBER\"]}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long movement = ((Number) JsonPath.read(created, "$.id")).longValue();
		this.mvc
			.perform(post("/api/v1/emulation/movements/" + movement + "/criteria").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Tuần tra\",\"appliesTo\":\"MEMBER\",\"weight\":10,\"method\":\"ENTERED\"}"))
			.andExpect(status().isCreated());
		register(movement, 2);
		int two = statements("/api/v1/emulation/movements/" + movement + "/ranking");
		register(movement, 10);

		int twelve = statements("/api/v1/emulation/movements/" + movement + "/ranking");

		assertThat(twelve).isEqualTo(two).isLessThanOrEqualTo(20);
	}

	@Test
	void theNominationsPageRunsAFixedNumberOfStatements() throws Exception {
		int one = pageStatements("1");
		int fifty = pageStatements("50");

		assertThat(fifty).isLessThanOrEqualTo(one + 1).isLessThanOrEqualTo(40);
	}

	private void register(long movement, int count) throws Exception {
		long commune = this.jdbc.sql("select unit_id from acc_user where username = 'officer'")
			.query(Long.class)
			.single();
		for (int i = 0; i < count; i++) {
			String citizenId = String.format("09994%07d", (System.nanoTime() / 1000) % 10_000_000);
			this.jdbc
				.sql("insert into per_member (commune_id, full_name, search_name, birth_date, sex, citizen_id,"
						+ " education, created_by, created_at) values (:c, 'Đếm', 'dem', '1990-01-01', 'MALE', :cid,"
						+ " 'UPPER_SECONDARY', 'test', :at)")
				.param("c", commune)
				.param("cid", citizenId)
				.param("at", Timestamp.from(Instant.now()))
				.update();
			long member = this.jdbc.sql("select id from per_member where citizen_id = :cid")
				.param("cid", citizenId)
				.query(Long.class)
				.single();
			this.mvc
				.perform(post("/api/v1/emulation/movements/" + movement + "/registrations")
					.with(httpBasic("officer", "demo"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"subjectKind\":\"MEMBER\",\"subjectId\":" + member + "}"))
				.andExpect(status().isCreated());
		}
	}

	private int statements(String url) throws Exception {
		SqlStatementCounter.reset();
		this.mvc.perform(get(url).with(httpBasic("officer", "demo"))).andExpect(status().isOk());
		return SqlStatementCounter.count();
	}

	private int pageStatements(String page) throws Exception {
		SqlStatementCounter.reset();
		this.mvc
			.perform(get("/emulation/nominations").param("size", page)
				.with(user(this.accounts.loadUserByUsername("admin"))))
			.andExpect(status().isOk());
		return SqlStatementCounter.count();
	}

}

package vn.grassroots.access;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.grassroots.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Logins, lockout, bearer tokens, CSRF and the audit of logins. */
@SpringBootTest
@AutoConfigureMockMvc
class AccessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	vn.grassroots.access.AccountService accountService;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void storesPasswordsAsBcryptHashes() {
		String hash = this.jdbc.sql("select password_hash from acc_user where username = 'admin'")
			.query(String.class)
			.single();

		assertThat(hash).startsWith("$2").doesNotContain("demo");
	}

	@Test
	void locksAnAccountAfterFiveFailedLogins() throws Exception {
		this.accounts.insert("lockme", "right-password", "Lock Me", 1L, Set.of(Role.AUDITOR), false);

		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user("lockme").password("wrong")).andExpect(redirectedUrl("/login?error"));
		}

		this.mvc.perform(formLogin().user("lockme").password("right-password"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/api/v1/me").with(httpBasic("lockme", "right-password")))
			.andExpect(status().isUnauthorized());
		assertThat(this.jdbc.sql("select count(*) from aud_event where actor = 'lockme' and action = 'login.locked'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void auditsLoginsWithTheirOutcome() throws Exception {
		this.mvc.perform(formLogin().user("auditor").password("demo")).andExpect(redirectedUrl("/"));
		this.mvc.perform(formLogin().user("auditor").password("nope")).andExpect(redirectedUrl("/login?error"));

		assertThat(this.jdbc.sql("select action from aud_event where actor = 'auditor' order by id")
			.query(String.class)
			.list()).contains("login.success", "login.failure");
	}

	@Test
	void issuesBearerTokensThatAuthenticateApiCalls() throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/tokens").with(httpBasic("province", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"field tablet\",\"days\":30}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = com.jayway.jsonpath.JsonPath.read(body, "$.token");

		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username", is("province")));
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token + "x"))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/v1/tokens").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"self-extension\",\"days\":365}"))
			.andExpect(status().isForbidden());
		int id = com.jayway.jsonpath.JsonPath
			.read(this.mvc.perform(get("/api/v1/tokens").with(httpBasic("province", "demo")))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$[0].id");
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/tokens/" + id)
				.with(httpBasic("province", "demo")))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void refusesPageFormsWithoutCsrfToken() throws Exception {
		this.mvc.perform(post("/admin/reorganisations").with(as("admin")).param("kind", "RENAME"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/reorganisations").with(as("admin")).with(csrf()).param("kind", "RENAME"))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void demoAccountsCannotLogInOutsideDemoMode() throws Exception {
		this.accounts.insert("demo-only", "demo-pass", "Demo Only", 1L, Set.of(Role.AUDITOR), true);

		this.accounts.setDemoAccountsEnabled(false);
		try {
			this.mvc.perform(get("/api/v1/me").with(httpBasic("demo-only", "demo-pass")))
				.andExpect(status().isUnauthorized());
		}
		finally {
			this.accounts.setDemoAccountsEnabled(true);
		}
		this.mvc.perform(get("/api/v1/me").with(httpBasic("demo-only", "demo-pass"))).andExpect(status().isOk());
	}

	@Test
	void keepsPageSessionsInTheDatabase() throws Exception {
		this.mvc.perform(formLogin().user("chief").password("demo")).andExpect(redirectedUrl("/"));

		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = 'chief'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void listsAccountsToAdministrators() throws Exception {
		this.mvc.perform(get("/admin/accounts").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("officer2")));
	}

	@Test
	void keepsAdministrationFromOtherRoles() throws Exception {
		this.mvc.perform(get("/admin/imports").with(as("officer"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/audit").with(as("province"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/audit").with(as("auditor"))).andExpect(status().isOk());
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(this.accountService.loadUserByUsername(username));
	}

}

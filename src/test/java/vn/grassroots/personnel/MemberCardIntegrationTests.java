package vn.grassroots.personnel;

import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.grassroots.access.AccountService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Member cards: issue, print, check in public, revoke; scoped to the commune. */
@SpringBootTest
@AutoConfigureMockMvc
class MemberCardIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	MemberService members;

	@Test
	void issuesPrintsVerifiesAndRevokesACard() throws Exception {
		long member = activeMemberOf("officer");
		String issued = this.mvc
			.perform(post("/api/v1/members/" + member + "/cards").with(httpBasic("officer", "demo")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.cardNumber", startsWith("TV-")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int card = JsonPath.read(issued, "$.id");
		String token = JsonPath.read(issued, "$.verifyToken");
		MemberView view = this.members.get(new vn.grassroots.shared.UnitScope("admin", 1L,
				java.util.Set.of(vn.grassroots.shared.Role.MINISTRY_ADMIN), vn.grassroots.shared.Dates.today(),
				java.util.List.of("/1/")), member, true);

		byte[] pdf = this.mvc.perform(get("/api/v1/cards/" + card + "/pdf").with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1).replaceAll("\\s+", " ");
		assertThat(text).contains(view.fullName());

		this.mvc.perform(get("/api/v1/public/cards/" + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state", is("VALID")))
			.andExpect(jsonPath("$.fullName", is(view.fullName())))
			.andExpect(content().string(not(containsString(view.citizenId()))));
		this.mvc.perform(get("/public/cards/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-state=\"VALID\"")))
			.andExpect(content().string(not(containsString(view.citizenId()))));

		this.mvc
			.perform(post("/api/v1/cards/" + card + "/revocation").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"lost\"}"))
			.andExpect(status().isOk());

		this.mvc.perform(get("/public/cards/" + token))
			.andExpect(content().string(containsString("data-state=\"REVOKED\"")));
		this.mvc.perform(get("/api/v1/public/cards/" + token)).andExpect(jsonPath("$.state", is("REVOKED")));
	}

	@Test
	void saysNotFoundForAnUnknownCard() throws Exception {
		this.mvc.perform(get("/public/cards/no-such-card"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-state=\"NOT_FOUND\"")));
		this.mvc.perform(get("/api/v1/public/cards/no-such-card")).andExpect(status().isNotFound());
	}

	@Test
	void keepsCardsOfOneCommuneFromAnother() throws Exception {
		long member = activeMemberOf("officer");
		String issued = this.mvc
			.perform(post("/api/v1/members/" + member + "/cards").with(httpBasic("officer", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int card = JsonPath.read(issued, "$.id");

		this.mvc.perform(get("/api/v1/cards/" + card).with(httpBasic("officer2", "demo")))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/members/" + member + "/cards").with(httpBasic("officer2", "demo")))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/cards/" + card + "/revocation").with(httpBasic("officer2", "demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void issuingANewCardRevokesThePreviousOne() throws Exception {
		long member = activeMemberOf("officer");
		String first = this.mvc.perform(post("/api/v1/members/" + member + "/cards").with(httpBasic("officer", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		this.mvc
			.perform(post("/personnel/members/" + member + "/cards").with(csrf())
				.with(user(this.accounts.loadUserByUsername("officer"))))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/api/v1/public/cards/" + JsonPath.read(first, "$.verifyToken")))
			.andExpect(jsonPath("$.state", is("REVOKED")));
		this.mvc
			.perform(get("/personnel/members/" + member + "/cards")
				.with(user(this.accounts.loadUserByUsername("officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("print-card")));
	}

	private long activeMemberOf(String username) throws Exception {
		String list = this.mvc.perform(
				get("/api/v1/members").param("status", "ACTIVE").param("size", "1").with(httpBasic(username, "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(list, "$.items[0].id")).longValue();
	}

}

package vn.grassroots.personnel;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.grassroots.access.AccountService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The personnel pages: masked lists, audited reveal, scope, htmx fragments. */
@SpringBootTest
@AutoConfigureMockMvc
class PersonnelPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accountService;

	@Autowired
	JdbcClient jdbc;

	private RequestPostProcessor as(String username) {
		return user(this.accountService.loadUserByUsername(username));
	}

	private long firstMemberOf(String username) {
		long unit = this.accountService.loadUserByUsername(username).unitId();
		return this.jdbc.sql("select min(id) from per_member where commune_id = :c")
			.param("c", unit)
			.query(Long.class)
			.single();
	}

	@Test
	void listsMembersWithMaskedCitizenIds() throws Exception {
		String html = this.mvc.perform(get("/personnel/members").with(as("officer")))
			.andExpect(status().isOk())
			.andExpect(view().name("personnel/members/list"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("class=\"citizen-id\"").containsPattern("\\*{8}\\d{4}");
		assertThat(html).doesNotContainPattern("<code class=\"citizen-id\">\\d{12}</code>");
	}

	@Test
	void answersTheResultsFragmentToHtmxSearches() throws Exception {
		this.mvc
			.perform(get("/personnel/members").param("q", "nguyen").header("HX-Request", "true").with(as("officer")))
			.andExpect(status().isOk())
			.andExpect(view().name("personnel/members/list :: results"))
			.andExpect(content().string(not(containsString("<nav class=\"navbar"))));
	}

	@Test
	void revealsOnAPageOnlyForPermittedRolesAndAuditsIt() throws Exception {
		long id = firstMemberOf("chief");
		long before = this.jdbc
			.sql("select count(*) from aud_event where actor = 'chief' and action = 'personnel.member.reveal'")
			.query(Long.class)
			.single();

		this.mvc.perform(get("/personnel/members/" + id).with(as("officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"reveal\""))));
		this.mvc.perform(get("/personnel/members/" + id).param("reveal", "true").with(as("officer")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/personnel/members/" + id).param("reveal", "true").with(as("chief")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"revealed-notice\"")));

		assertThat(this.jdbc
			.sql("select count(*) from aud_event where actor = 'chief' and action = 'personnel.member.reveal'")
			.query(Long.class)
			.single()).isEqualTo(before + 1);
	}

	@Test
	void answersNotFoundForAnotherCommunesMemberPage() throws Exception {
		long id = firstMemberOf("officer");

		this.mvc.perform(get("/personnel/members/" + id).with(as("officer2"))).andExpect(status().isNotFound());
	}

	@Test
	void rendersTeamsSelectionAndOfficersPages() throws Exception {
		long team = this.jdbc.sql("select min(team_id) from per_team where commune_id = :c")
			.param("c", this.accountService.loadUserByUsername("officer").unitId())
			.query(Long.class)
			.single();

		this.mvc.perform(get("/personnel/teams").with(as("officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("team-link")));
		this.mvc.perform(get("/personnel/teams/" + team).with(as("officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tổ trưởng")));
		this.mvc.perform(get("/personnel/selection-plans").with(as("officer"))).andExpect(status().isOk());
		this.mvc.perform(get("/personnel/officers").with(as("officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"staffing\"")))
			.andExpect(content().string(containsString("Trưởng Công an xã")));
	}

	private long villageOf(String username) {
		long commune = this.accountService.loadUserByUsername(username).unitId();
		return this.jdbc.sql("select min(unit_id) from org_unit_period where parent_id = :c and type = 'VILLAGE'")
			.param("c", commune)
			.query(Long.class)
			.single();
	}

	@Test
	void registersAnApplicantThroughTheForm() throws Exception {
		java.time.LocalDate birth = java.time.LocalDate.of(1993, 4, 5);
		String id = PersonnelApiIntegrationTests.citizenId(birth, Sex.FEMALE);

		this.mvc.perform(get("/personnel/members/new").with(as("officer"))).andExpect(status().isOk());
		this.mvc
			.perform(post("/personnel/members").with(as("officer"))
				.with(csrf())
				.param("fullName", "Võ Thị Biểumẫu")
				.param("birthDate", birth.toString())
				.param("sex", "FEMALE")
				.param("citizenId", id)
				.param("residenceVillageId", String.valueOf(villageOf("officer")))
				.param("education", "UPPER_SECONDARY"))
			.andExpect(redirectedUrlPattern("/personnel/members/*"));

		assertThat(this.jdbc.sql("select count(*) from per_member where citizen_id = :c")
			.param("c", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void refusesABadCitizenIdOnTheFormAndCreatesNothing() throws Exception {
		long before = this.jdbc.sql("select count(*) from per_member").query(Long.class).single();

		this.mvc
			.perform(post("/personnel/members").with(as("officer"))
				.with(csrf())
				.param("fullName", "Võ Thị Sai")
				.param("birthDate", "1993-04-05")
				.param("sex", "FEMALE")
				.param("citizenId", "095093123456")
				.param("residenceVillageId", String.valueOf(villageOf("officer")))
				.param("education", "UPPER_SECONDARY"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("citizenId")));

		assertThat(this.jdbc.sql("select count(*) from per_member").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void refusesAStatusChangeOnAnotherCommunesMember() throws Exception {
		long id = firstMemberOf("officer");

		this.mvc
			.perform(post("/personnel/members/" + id + "/statuses").with(as("officer2"))
				.with(csrf())
				.param("status", "SUSPENDED")
				.param("from", "2026-11-20"))
			.andExpect(status().isNotFound());
	}

	@Test
	void runsASelectionPlanThroughThePageForms() throws Exception {
		long commune = this.accountService.loadUserByUsername("officer").unitId();
		String title = "Kế hoạch trang " + System.nanoTime();
		this.mvc.perform(get("/personnel/selection-plans").with(as("officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"new-plan\"")));

		String location = this.mvc
			.perform(post("/personnel/selection-plans").with(as("officer"))
				.with(csrf())
				.param("communeId", String.valueOf(commune))
				.param("title", title)
				.param("quota", "2")
				.param("receiveFrom", "2026-10-01")
				.param("receiveTo", "2026-10-20")
				.param("councilOn", "2026-10-26"))
			.andExpect(redirectedUrlPattern("/personnel/selection-plans/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		java.time.LocalDate birth = java.time.LocalDate.of(1988, 8, 8);
		String citizenId = PersonnelApiIntegrationTests.citizenId(birth, Sex.MALE);
		this.mvc
			.perform(post("/personnel/members").with(as("officer"))
				.with(csrf())
				.param("fullName", "Phạm Văn Trangform")
				.param("birthDate", birth.toString())
				.param("sex", "MALE")
				.param("citizenId", citizenId)
				.param("residenceVillageId", String.valueOf(villageOf("officer")))
				.param("residenceSince", "2015-01-01")
				.param("healthCertificateOn", "2026-09-01")
				.param("education", "LOWER_SECONDARY"))
			.andExpect(status().is3xxRedirection());
		long member = this.jdbc.sql("select id from per_member where citizen_id = :c")
			.param("c", citizenId)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post(location + "/applications").with(as("officer"))
				.with(csrf())
				.param("memberId", String.valueOf(member))
				.param("receivedOn", "2026-10-05")
				.param("applicationForm", "true")
				.param("personalHistory", "true")
				.param("healthCertificate", "true")
				.param("educationCertificate", "true")
				.param("noProsecutionDeclared", "true"))
			.andExpect(redirectedUrlPattern("/personnel/selection-plans/*"));
		long application = this.jdbc.sql("select id from per_application where member_id = :m")
			.param("m", member)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/personnel/applications/" + application + "/vote").with(as("officer"))
				.with(csrf())
				.param("present", "7")
				.param("votes", "6")
				.param("minutesOn", "2026-10-26"))
			.andExpect(redirectedUrlPattern("/personnel/selection-plans/*"));

		this.mvc.perform(get(location).with(as("officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phạm Văn Trangform")))
			.andExpect(content().string(containsString("6/7")))
			.andExpect(content().string(containsString("2/11/2026".replace("2/11", "02/11"))));
		this.mvc.perform(get(location).with(as("officer2"))).andExpect(status().isNotFound());
	}

	@Test
	void refusesATeamWithoutMembersOnTheFormAndCreatesNoUnit() throws Exception {
		String name = "Tổ trang " + System.nanoTime();
		this.mvc.perform(get("/personnel/teams/new").with(as("chief")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"team-form\"")));

		this.mvc
			.perform(post("/personnel/teams").with(as("chief"))
				.with(csrf())
				.param("name", name)
				.param("villageIds", String.valueOf(villageOf("chief")))
				.param("decisionNumber", "5/QĐ-UBND")
				.param("decisionDate", "2026-11-02")
				.param("decisionSigner", "Chủ tịch UBND xã"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("memberIds")));

		assertThat(this.jdbc.sql("select count(*) from org_unit_period where name = :n")
			.param("n", name)
			.query(Long.class)
			.single()).isZero();
	}

}

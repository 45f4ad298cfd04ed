package vn.grassroots.organisation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static vn.grassroots.organisation.OrganisationFixtures.ministryAdmin;

/**
 * Imports the real national data (a database of its own, without the demo territory) and
 * checks the counts before and after the reform of 2025-07-01, the lineage and the
 * report.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UnitImportIntegrationTests {

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		String url = System.getenv("GRASSROOTS_TEST_DB_URL");
		if (url != null && url.startsWith("jdbc:postgresql")) {
			registry.add("spring.datasource.url",
					() -> url + (url.contains("?") ? "&" : "?") + "currentSchema=imports");
			registry.add("spring.flyway.schemas", () -> "imports");
			registry.add("spring.flyway.default-schema", () -> "imports");
		}
		else {
			registry.add("spring.datasource.url", () -> "jdbc:h2:mem:imports;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
					+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
		registry.add("grassroots.demo.enabled", () -> "false");
	}

	@Autowired
	UnitImportService imports;

	@Autowired
	UnitQueries units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.web.context.WebApplicationContext context;

	@Autowired
	vn.grassroots.access.AccountService accounts;

	@BeforeEach
	void needsTheNationalData() {
		// every test here reads or depends on the real files: skip all of them (fail in
		// CI) without
		SharedData.adminUnits();
	}

	@Test
	@Order(1)
	void rejectsAMalformedFileWithItsPositionAndImportsNothing(@TempDir Path dir) throws IOException {
		Path data = SharedData.adminUnits();
		Files.copy(data.resolve("vn-units-2025-03.json"), dir.resolve("vn-units-2025-03.json"));
		Files.writeString(dir.resolve("vn-reform-2025-07.json"), "{\n  \"data\": [\n    {\"level1_id\": \"01\",,}\n");
		long before = count("org_unit");

		ImportRun run = this.imports.importNow(dir.toString(), "test");

		assertThat(run.status()).isEqualTo("FAILED");
		assertThat(run.summary()).contains("vn-reform-2025-07.json").contains("line 3");
		assertThat(count("org_unit")).isEqualTo(before);
	}

	@Test
	@Order(2)
	void rejectsAStructurallyWrongFileNamingTheJsonPath(@TempDir Path dir) throws IOException {
		Path data = SharedData.adminUnits();
		Files.copy(data.resolve("vn-units-2025-03.json"), dir.resolve("vn-units-2025-03.json"));
		Files.writeString(dir.resolve("vn-reform-2025-07.json"),
				"{\"data\": [{\"level1_id\": \"01\", \"name\": \"Hà Nội\", \"merges\": [], \"level2s\": []}]}");

		ImportRun run = this.imports.importNow(dir.toString(), "test");

		assertThat(run.status()).isEqualTo("FAILED");
		assertThat(run.summary()).contains("$.data[0].merges");
		assertThat(count("org_unit")).isEqualTo(1);
	}

	@Test
	@Order(3)
	void importsTheHierarchyBeforeAndAfterTheReform() {
		ImportRun run = this.imports.importNow(SharedData.adminUnits().toString(), "test");

		assertThat(run.status()).as(run.summary()).isEqualTo("DONE");
		ImportReport report = run.report();
		assertThat(report.durationMillis()).isLessThan(60_000);
		assertThat(report.before()).containsEntry("PROVINCE", 63)
			.containsEntry("DISTRICT", 696)
			.containsEntry("COMMUNE", 10035)
			.containsEntry("ISLAND_DISTRICT", 5);
		assertThat(report.after()).containsEntry("PROVINCE", 34).containsEntry("COMMUNE", 3321);
		assertThat(report.anomalies("MISSING_OLD_ID")).hasSize(17)
			.extracting(ImportReport.Anomaly::code)
			.contains("318", "471", "498", "536", "755", "07732", "25186");
		assertThat(report.anomalies("ISLAND_DISTRICT")).hasSize(5);
		assertThat(report.anomalies("PARTIAL_SPLIT")).isNotEmpty();

		assertThat(total(LocalDate.of(2025, 6, 30), UnitType.PROVINCE)).isEqualTo(63);
		assertThat(total(LocalDate.of(2025, 6, 30), UnitType.DISTRICT)).isEqualTo(696);
		assertThat(total(LocalDate.of(2025, 6, 30), UnitType.COMMUNE)).isEqualTo(10035);
		assertThat(total(LocalDate.of(2025, 7, 1), UnitType.PROVINCE)).isEqualTo(34);
		assertThat(total(LocalDate.of(2025, 7, 1), UnitType.COMMUNE)).isEqualTo(3321);
		assertThat(total(LocalDate.of(2025, 7, 1), UnitType.DISTRICT)).isZero();
	}

	@Test
	@Order(4)
	void linksPhuongBaDinhToItsPredecessors() {
		UnitView baDinh = this.units.getByCode(ministryAdmin(LocalDate.of(2025, 7, 1)), "00004");
		Lineage lineage = this.units.lineage(ministryAdmin(LocalDate.of(2025, 7, 1)), baDinh.id());

		assertThat(baDinh.fullName()).isEqualTo("Phường Ba Đình");
		assertThat(baDinh.parentName()).isEqualTo("Thành phố Hà Nội");
		assertThat(lineage.predecessors()).filteredOn((l) -> l.coverage() == Coverage.FULL)
			.extracting(LineageLink::name)
			.contains("Phường Trúc Bạch", "Phường Quán Thánh");
		assertThat(lineage.predecessors()).filteredOn((l) -> l.coverage() == Coverage.PARTIAL).isNotEmpty();
		assertThat(lineage.predecessors()).allSatisfy((l) -> assertThat(l.unitId()).isNotNull());
	}

	@Test
	@Order(5)
	void findsUnitsWithoutAccents() {
		List<UnitView> found = this.units
			.list(ministryAdmin(LocalDate.of(2025, 7, 1)), new UnitFilter(UnitType.COMMUNE, null, "ba dinh"),
					PageRequest.of("0", "50"))
			.items();

		assertThat(found).extracting(UnitView::fullName).contains("Phường Ba Đình");
	}

	@Test
	@Order(6)
	void keepsTheIslandDistrictsAsCommuneLevelUnitsLinkedToTheirSpecialZones() {
		UnitView bachLongVi = this.units.getByCode(ministryAdmin(LocalDate.of(2025, 6, 30)), "318");
		Lineage lineage = this.units.lineage(ministryAdmin(LocalDate.of(2025, 6, 30)), bachLongVi.id());

		assertThat(bachLongVi.type()).isEqualTo(UnitType.DISTRICT);
		assertThat(bachLongVi.communeLevel()).isTrue();
		assertThat(lineage.successors()).extracting(LineageLink::name).containsExactly("Đặc khu Bạch Long Vĩ");
	}

	@Test
	@Order(7)
	void answersTheCountsThroughTheApi() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context)
			.apply(SecurityMockMvcConfigurers.springSecurity())
			.build();
		this.accounts.insert("import-admin", "secret", "Import admin", 1L, Set.of(Role.MINISTRY_ADMIN), false);

		mvc.perform(get("/api/v1/units").param("type", "PROVINCE")
			.param("asOf", "2025-06-30")
			.with(httpBasic("import-admin", "secret"))).andExpect(jsonPath("$.total", is(63)));
		mvc.perform(get("/api/v1/units").param("type", "DISTRICT")
			.param("asOf", "2025-06-30")
			.with(httpBasic("import-admin", "secret"))).andExpect(jsonPath("$.total", is(696)));
		mvc.perform(get("/api/v1/units").param("type", "COMMUNE")
			.param("asOf", "2025-06-30")
			.with(httpBasic("import-admin", "secret"))).andExpect(jsonPath("$.total", is(10035)));
		mvc.perform(get("/api/v1/units").param("type", "PROVINCE")
			.param("asOf", "2025-07-01")
			.with(httpBasic("import-admin", "secret"))).andExpect(jsonPath("$.total", is(34)));
		mvc.perform(get("/api/v1/units").param("type", "COMMUNE")
			.param("asOf", "2025-07-01")
			.with(httpBasic("import-admin", "secret"))).andExpect(jsonPath("$.total", is(3321)));
		mvc.perform(get("/api/v1/units/00004/lineage").param("asOf", "2025-07-01")
			.with(httpBasic("import-admin", "secret")))
			.andExpect(jsonPath("$.unit.fullName", is("Phường Ba Đình")))
			.andExpect(jsonPath("$.predecessors[?(@.coverage == 'FULL')].name",
					hasItems("Phường Trúc Bạch", "Phường Quán Thánh")))
			.andExpect(jsonPath("$.predecessors[?(@.coverage == 'PARTIAL')]", not(empty())));
	}

	@Test
	@Order(8)
	void importingAgainChangesNothing() {
		List<Long> before = List.of(count("org_unit"), count("org_unit_period"), count("org_lineage"),
				count("org_reorganisation"));

		ImportRun again = this.imports.importNow(SharedData.adminUnits().toString(), "test");

		assertThat(again.status()).isEqualTo("DONE");
		assertThat(again.report().alreadyImported()).isTrue();
		assertThat(again.report().anomalies("MISSING_OLD_ID")).hasSize(17);
		assertThat(
				List.of(count("org_unit"), count("org_unit_period"), count("org_lineage"), count("org_reorganisation")))
			.isEqualTo(before);
	}

	@Test
	@Order(9)
	void startsAnImportFromTheAdministrationPageAndShowsItsProgress() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context)
			.apply(SecurityMockMvcConfigurers.springSecurity())
			.build();
		var admin = SecurityMockMvcRequestPostProcessors.user(this.accounts.loadUserByUsername("import-admin"));

		String location = mvc
			.perform(post("/admin/imports").param("directory", SharedData.adminUnits().toString())
				.with(admin)
				.with(SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !this.imports.find(id).orElseThrow().running());
		mvc.perform(get("/admin/imports/" + id + "/progress").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("import-progress")))
			.andExpect(content().string(not(containsString("hx-trigger"))));
		mvc.perform(post("/admin/imports").param("directory", "/no/such/dir")
			.with(admin)
			.with(SecurityMockMvcRequestPostProcessors.csrf())).andExpect(status().isUnprocessableContent());
	}

	private long total(LocalDate date, UnitType type) {
		return this.units.list(ministryAdmin(date), new UnitFilter(type, null, null), PageRequest.of("0", "1")).total();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}

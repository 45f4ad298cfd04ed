package vn.grassroots.targets;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.grassroots.organisation.ImportRun;
import vn.grassroots.organisation.UnitImportService;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values recorded in 2024 for pre-reform communes roll up into their successors after the
 * real reform of 2025-07-01 (its own database with the national data, demo off).
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TargetsReformIntegrationTests {

	private static final LocalDate YEAR_2024 = LocalDate.of(2024, 1, 1);

	private static final LocalDate AFTER = LocalDate.of(2025, 7, 1);

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		String url = System.getenv("GRASSROOTS_TEST_DB_URL");
		if (url != null && url.startsWith("jdbc:postgresql")) {
			registry.add("spring.datasource.url",
					() -> url + (url.contains("?") ? "&" : "?") + "currentSchema=targets_reform");
			registry.add("spring.flyway.schemas", () -> "targets_reform");
			registry.add("spring.flyway.default-schema", () -> "targets_reform");
		}
		else {
			registry.add("spring.datasource.url",
					() -> "jdbc:h2:mem:targets_reform;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
							+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
		registry.add("grassroots.demo.enabled", () -> "false");
	}

	@Autowired
	UnitImportService imports;

	@Autowired
	UnitQueries units;

	@Autowired
	Indicators indicators;

	@Autowired
	JdbcClient jdbc;

	private IndicatorView indicator;

	@BeforeAll
	void importTheReform() {
		ImportRun run = this.imports.importNow(adminUnits().toString(), "test");
		assertThat(run.status()).isEqualTo("DONE");
		assertThat(this.jdbc.sql("select count(*) from org_lineage").query(Long.class).single()).isPositive();
		this.indicator = this.indicators.create(admin(AFTER),
				new Indicators.NewIndicator("REFORM_CAMERAS_" + System.nanoTime() % 100000,
						"Camera an ninh (kiểm thử cải cách)", "REPORTED", null, "SUM", true, null));
	}

	@Test
	void aValueOfAnOldCommuneAppearsUnderItsNewCommune() {
		long[] link = this.jdbc
			.sql("select l.predecessor_id, l.successor_id from org_lineage l join org_unit u on u.id = l.predecessor_id"
					+ " where l.coverage = 'FULL' and u.type = 'COMMUNE' and u.valid_to = :d"
					+ " and (select count(*) from org_lineage o where o.predecessor_id = l.predecessor_id) = 1"
					+ " order by l.id")
			.param("d", AFTER)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list()
			.get(0);
		record(link[0], "17");

		IndicatorResult before = this.indicators.result(admin(LocalDate.of(2024, 12, 31)), this.indicator.id(), link[0],
				PeriodKind.ANNUAL, YEAR_2024);
		IndicatorResult after = this.indicators.result(admin(AFTER), this.indicator.id(), link[1], PeriodKind.ANNUAL,
				YEAR_2024);

		assertThat(before.actual()).isEqualByComparingTo("17");
		assertThat(after.unitType()).isEqualTo(UnitType.COMMUNE);
		assertThat(after.actual()).isEqualByComparingTo("17");
		long newProvince = this.units.get(admin(AFTER), link[1]).parentId();
		assertThat(this.indicators.result(admin(AFTER), this.indicator.id(), newProvince, PeriodKind.ANNUAL, YEAR_2024)
			.actual()).isEqualByComparingTo("17");
	}

	@Test
	void aValueOfAnOldCommuneSplitBetweenSuccessorsIsSharedEqually() {
		long predecessor = this.jdbc
			.sql("select l.predecessor_id from org_lineage l join org_unit u on u.id = l.predecessor_id"
					+ " where l.coverage = 'PARTIAL' and u.type = 'COMMUNE' and u.valid_to = :d"
					+ " group by l.predecessor_id having count(*) = 2 order by l.predecessor_id")
			.param("d", AFTER)
			.query(Long.class)
			.list()
			.get(0);
		List<Long> successors = this.jdbc
			.sql("select successor_id from org_lineage where predecessor_id = :p order by successor_id")
			.param("p", predecessor)
			.query(Long.class)
			.list();
		record(predecessor, "30");

		for (long successor : successors) {
			assertThat(
					this.indicators.result(admin(AFTER), this.indicator.id(), successor, PeriodKind.ANNUAL, YEAR_2024)
						.actual())
				.isEqualByComparingTo("15");
		}
		assertThat(this.indicators.result(admin(AFTER), this.indicator.id(), 1L, PeriodKind.ANNUAL, YEAR_2024).actual())
			.isGreaterThanOrEqualTo(new BigDecimal("30"));
	}

	private void record(long unit, String value) {
		this.indicators.recordValue(admin(LocalDate.of(2024, 12, 31)), this.indicator.id(),
				new Indicators.NewValue(unit, "ANNUAL", "2024-01-01", new BigDecimal(value), null));
	}

	private static UnitScope admin(LocalDate asOf) {
		return new UnitScope("test-admin", 1L, EnumSet.of(Role.MINISTRY_ADMIN), asOf, List.of("/1/"));
	}

	static Path adminUnits() {
		Path dir = Path.of(System.getProperty("grassroots.shared-data", "../shared/data")).resolve("admin-units");
		boolean present = Files.isRegularFile(dir.resolve("vn-units-2025-03.json"))
				&& Files.isRegularFile(dir.resolve("vn-reform-2025-07.json"));
		if (!present) {
			String message = "The national admin-units data is absent from " + dir.toAbsolutePath();
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(message + " (required in CI)");
			}
			Assumptions.abort(message + ": skipping");
		}
		return dir;
	}

}

package vn.grassroots.welfare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.grassroots.organisation.NewUnitSpec;
import vn.grassroots.organisation.ReorganisationCommand;
import vn.grassroots.organisation.ReorganisationKind;
import vn.grassroots.organisation.ReorganisationService;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Policies survive a province merger: a province formed by a merger pays its communes
 * under the resolution of the province their area belonged to until it adopts its own.
 */
@SpringBootTest
class WelfareMergerIntegrationTests {

	@Autowired
	ReorganisationService reorganisations;

	@Autowired
	Policies policies;

	@Autowired
	AllowanceRuns runs;

	@Autowired
	JdbcClient jdbc;

	static UnitScope admin(LocalDate asOf) {
		return new UnitScope("test-admin", 1L, EnumSet.of(Role.MINISTRY_ADMIN), asOf, List.of("/1/"));
	}

	long unit(String code) {
		return this.jdbc.sql("select unit_id from org_unit_period where code = :c")
			.param("c", code)
			.query(Long.class)
			.list()
			.get(0);
	}

	long establish(LocalDate day, UnitType type, long parent, String code) {
		this.reorganisations.record(admin(day),
				new ReorganisationCommand(ReorganisationKind.ESTABLISH, day, "QĐ thử nghiệm", null, List.of(), null,
						null, null, null, List.of(new NewUnitSpec(type, parent, code, code, code, null))));
		return unit(code);
	}

	@Test
	void aMergedProvinceWithoutItsOwnPolicyPaysUnderItsPredecessorsUntilItAdoptsOne() {
		String tag = "WM" + (System.nanoTime() % 100_000);
		LocalDate founded = LocalDate.of(2043, 1, 1);
		long north = establish(founded, UnitType.PROVINCE, 1, tag + "N");
		long south = establish(founded, UnitType.PROVINCE, 1, tag + "S");
		long commune = establish(founded, UnitType.COMMUNE, north, tag + "C");
		// Tiền Giang amounts in the northern province from its foundation
		this.policies.create(admin(LocalDate.of(2043, 6, 1)), north, fixed("2043-01-01", 1_170_000L));
		// both merge on 1 January 2044; the commune moves under the new province
		this.reorganisations.record(admin(LocalDate.of(2044, 1, 1)),
				new ReorganisationCommand(ReorganisationKind.MERGE, LocalDate.of(2044, 1, 1), "NQ thử nghiệm", null,
						List.of(north, south), null, null, null, null,
						List.of(new NewUnitSpec(UnitType.PROVINCE, 1, tag + "M", tag + "M", tag + "M", null))));
		long merged = unit(tag + "M");
		assertThat(this.policies.inForce(merged, LocalDate.of(2044, 3, 1))).isEmpty();
		long member = member(commune, LocalDate.of(2043, 1, 1));

		// March 2044: the merged province has no resolution: the northern one still
		// applies
		RunView march = this.runs.compute(admin(LocalDate.of(2044, 3, 1)), commune, "2044-03");
		assertThat(march.provinceId()).isEqualTo(merged);
		assertThat(this.policies.get(march.policyId()).provinceId()).isEqualTo(north);
		assertThat(total(march, member)).isEqualTo(1_170_000L);
		this.runs.advance(admin(LocalDate.of(2044, 3, 1)), march.id(), RunStatus.REVIEWED);
		this.runs.advance(admin(LocalDate.of(2044, 3, 1)), march.id(), RunStatus.APPROVED);
		this.runs.advance(admin(LocalDate.of(2044, 3, 1)), march.id(), RunStatus.LOCKED);

		// a new version of the northern resolution from March would change the locked
		// month
		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> this.policies.create(admin(LocalDate.of(2043, 6, 1)), north, fixed("2044-03-01", 2_000_000L)))
			.isInstanceOf(vn.grassroots.shared.GrassrootsException.class);

		// the merged province adopts its own from May 2044
		this.policies.create(admin(LocalDate.of(2044, 5, 1)), merged, fixed("2044-05-01", 1_500_000L));
		RunView may = this.runs.compute(admin(LocalDate.of(2044, 5, 1)), commune, "2044-05");
		assertThat(this.policies.get(may.policyId()).provinceId()).isEqualTo(merged);
		assertThat(total(may, member)).isEqualTo(1_500_000L);
		// the locked March is unchanged
		assertThat(this.runs.get(admin(LocalDate.of(2044, 3, 1)), march.id()).total()).isEqualTo(march.total());
	}

	long total(RunView run, long member) {
		return this.runs.lines(admin(run.month()), run.id())
			.stream()
			.filter((l) -> l.memberId() == member)
			.mapToLong(RunLine::total)
			.sum();
	}

	static Policies.NewPolicy fixed(String from, long member) {
		return new Policies.NewPolicy(from, "FIXED", "test", 0L, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0L, 0L, 0L,
				List.of(new Policies.NewRate("MEMBER", null, null, member)), 0L, 0L, null, null, null, null, null, null,
				null);
	}

	long member(long commune, LocalDate from) {
		long team = WelfareFixtures.team(this.jdbc, commune * 10 + 7, commune, from);
		return WelfareFixtures.member(this.jdbc, commune, team, String.format("0999%08d", commune % 100_000_000L),
				"Merger Test", "MEMBER", from);
	}

}

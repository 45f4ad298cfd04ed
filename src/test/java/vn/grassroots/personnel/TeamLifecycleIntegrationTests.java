package vn.grassroots.personnel;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.grassroots.access.AccountService;
import vn.grassroots.organisation.UnitFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.SeekRequest;
import vn.grassroots.shared.ProblemCode;
import vn.grassroots.shared.UnitScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Dissolving and merging teams keep history; assignments, rules and officers. */
@SpringBootTest
class TeamLifecycleIntegrationTests {

	private static final LocalDate DAY = LocalDate.of(2026, 9, 14);

	private static final Decision DECISION = new Decision("77/QĐ-UBND", DAY, "Chủ tịch UBND xã");

	@Autowired
	AccountService accounts;

	@Autowired
	UnitQueries units;

	@Autowired
	TeamService teams;

	@Autowired
	MemberService members;

	@Autowired
	OfficerService officers;

	@Autowired
	PersonnelGenerator generator;

	@Autowired
	JdbcClient jdbc;

	private UnitScope scope(String user, LocalDate date) {
		return this.accounts.scopeOf(this.accounts.loadUserByUsername(user), date);
	}

	/**
	 * Teams of the user's commune created from a fresh village each, by the generator.
	 */
	private List<Long> freshTeams(String user, int count) {
		UnitScope scope = scope(user, DAY);
		long village = this.units.list(scope, new UnitFilter(UnitType.VILLAGE, null, null), PageRequest.of("0", "1"))
			.items()
			.get(0)
			.id();
		List<Long> created = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			long team = establishEmptyUnit(scope, village, i);
			created.add(team);
		}
		this.generator.generateForTeams(System.nanoTime(), created, DAY.minusDays(30));
		return created;
	}

	private long establishEmptyUnit(UnitScope scope, long village, int i) {
		// a bare TEAM unit as the organisation would have it, without personnel yet
		return this.units.getByCode(scope.at(DAY.minusDays(30), scope.paths()), createUnit(village, i)).id();
	}

	private String createUnit(long village, int i) {
		String code = "TST-" + System.nanoTime() % 1_000_000 + "-" + i;
		UnitScope admin = scope("admin", DAY.minusDays(30));
		this.reorganisations.record(admin, new vn.grassroots.organisation.ReorganisationCommand(
				vn.grassroots.organisation.ReorganisationKind.ESTABLISH, DAY.minusDays(30), "Thử nghiệm", null,
				List.of(), null, null, null, null, List.of(new vn.grassroots.organisation.NewUnitSpec(UnitType.TEAM,
						village, code, "Tổ thử " + code, "Tổ bảo vệ ANTT thử " + code, "PROTECTION_TEAM"))));
		return code;
	}

	@Autowired
	vn.grassroots.organisation.ReorganisationService reorganisations;

	@Test
	void dissolvesATeamKeepingItsHistory() {
		long team = freshTeams("chief", 1).get(0);
		UnitScope chief = scope("chief", DAY);
		int before = this.teams.get(chief, team).members().size();

		this.teams.dissolve(chief, team, DAY, DECISION, new Posting("Nhà văn hóa", DAY));

		assertThat(before).isBetween(3, 6);
		assertThat(this.teams.get(scope("chief", DAY.minusDays(1)), team).members()).hasSize(before);
		TeamView after = this.teams.get(chief, team);
		assertThat(after.endedOn()).isEqualTo(DAY);
		assertThat(after.endKind()).isEqualTo("DISSOLVED");
		assertThat(this.teams.history(chief, team)).hasSize(before)
			.allSatisfy((m) -> assertThat(m.to()).isEqualTo(DAY));
	}

	@Test
	void mergesTwoTeamsUnderOneLeader() {
		List<Long> two = freshTeams("chief", 2);
		UnitScope chief = scope("chief", DAY);
		TeamView a = this.teams.get(chief, two.get(0));
		TeamView b = this.teams.get(chief, two.get(1));
		long leader = b.members()
			.stream()
			.filter((m) -> m.position() == TeamPosition.LEADER)
			.findFirst()
			.orElseThrow()
			.memberId();
		int total = a.members().size() + b.members().size();
		long provinceId = provinceOf(chief, two.get(0));
		this.teams.setRules(scope("province", DAY), provinceId, 3, 12);
		try {
			long merged = this.teams.merge(chief, two, "Tổ hợp nhất", leader, DAY, DECISION, Posting.NONE);

			TeamView result = this.teams.get(chief, merged);
			assertThat(result.members()).hasSize(total);
			assertThat(result.members()).filteredOn((m) -> m.position() == TeamPosition.LEADER)
				.extracting(MembershipEntry::memberId)
				.containsExactly(leader);
			assertThat(result.problems()).isEmpty();
			assertThat(result.villages()).isNotEmpty();
			assertThat(this.teams.get(chief, two.get(0)).mergedInto()).isEqualTo(merged);
			assertThat(this.teams.get(scope("chief", DAY.minusDays(1)), two.get(0)).members())
				.hasSize(a.members().size());
		}
		finally {
			this.jdbc.sql("delete from per_composition_rule where province_id = :p").param("p", provinceId).update();
		}
	}

	private long provinceOf(UnitScope scope, long unit) {
		return Long.parseLong(this.units.get(scope, unit).path().split("/")[2]);
	}

	@Test
	void refusesASecondLeaderAndAppliesTheProvincesMaximum() {
		long team = freshTeams("chief", 1).get(0);
		UnitScope chief = scope("chief", DAY);
		UnitScope province = scope("province", DAY);
		long provinceId = provinceOf(chief, team);
		TeamView view = this.teams.get(chief, team);
		long deputy = view.members()
			.stream()
			.filter((m) -> m.position() == TeamPosition.DEPUTY)
			.findFirst()
			.orElseThrow()
			.memberId();

		assertThatExceptionOfType(GrassrootsException.class)
			.isThrownBy(() -> this.teams.assign(chief, team, deputy, TeamPosition.LEADER, DAY, "1/QĐ"))
			.satisfies(
					(ex) -> assertThat(ex.fieldProblems().get(0).reasonKey()).isEqualTo("personnel.team.leader-taken"));
		this.teams.setRules(province, provinceId, 2, view.members().size());
		try {
			assertThat(this.teams.rules(chief, team)).isEqualTo(new CompositionRules(2, view.members().size()));
			long outsider = this.members
				.list(chief, new MemberFilter(null, MemberStatus.ACTIVE, null), SeekRequest.first(200), false)
				.items()
				.stream()
				.filter((m) -> m.teamId() != null && m.teamId() != team)
				.findFirst()
				.orElseThrow()
				.id();
			assertThatExceptionOfType(GrassrootsException.class)
				.isThrownBy(() -> this.teams.assign(chief, team, outsider, TeamPosition.MEMBER, DAY, "2/QĐ"))
				.satisfies((ex) -> assertThat(ex.fieldProblems()).extracting("reasonKey")
					.contains("personnel.team.too-many"));
			assertThatExceptionOfType(GrassrootsException.class)
				.isThrownBy(() -> this.teams.setRules(chief, provinceId, 3, 5))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ProblemCode.FORBIDDEN_ACTION));
		}
		finally {
			this.jdbc.sql("delete from per_composition_rule where province_id = :p").param("p", provinceId).update();
		}
	}

	@Test
	void keepsAnOfficersAssignmentHistory() {
		UnitScope chief = scope("chief", DAY);
		long commune = this.accounts.loadUserByUsername("chief").unitId();
		long id = this.officers.create(chief, "Trần Văn Cánbộ", LocalDate.of(1990, 1, 1), "0987654321", commune,
				OfficerPosition.OFFICER, OfficerRank.FIRST_LIEUTENANT, LocalDate.of(2026, 1, 5), "1/QĐ-CAT");

		this.officers.reassign(chief, id, commune, OfficerPosition.DEPUTY_CHIEF, OfficerRank.CAPTAIN,
				LocalDate.of(2026, 8, 1), "9/QĐ-CAT");

		assertThat(this.officers.history(chief, id)).extracting(OfficerAssignment::position, OfficerAssignment::to)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(OfficerPosition.OFFICER, LocalDate.of(2026, 8, 1)),
					org.assertj.core.groups.Tuple.tuple(OfficerPosition.DEPUTY_CHIEF, null));
		assertThat(this.officers
			.list(scope("chief", LocalDate.of(2026, 3, 1)), "tran van canbo", null, PageRequest.of("0", "10"), false)
			.items()).extracting(OfficerView::position).contains(OfficerPosition.OFFICER);
		assertThatExceptionOfType(GrassrootsException.class)
			.isThrownBy(() -> this.officers.history(scope("officer2", DAY), id))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ProblemCode.NOT_FOUND));
	}

	@Test
	void generatesNothingTwiceForTheSameTeams() {
		List<Long> team = freshTeams("chief", 1);

		PersonnelGenerator.Result again = this.generator.generateForTeams(1L, team, DAY.minusDays(30));

		assertThat(again.teams()).isZero();
		assertThat(this.generator.demoExists()).isTrue();
	}

}

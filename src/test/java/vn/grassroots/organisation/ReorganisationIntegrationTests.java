package vn.grassroots.organisation;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.ProblemCode;
import vn.grassroots.shared.UnitScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.grassroots.organisation.OrganisationFixtures.establish;
import static vn.grassroots.organisation.OrganisationFixtures.ministryAdmin;
import static vn.grassroots.organisation.OrganisationFixtures.uniqueCode;

/**
 * Dated reorganisations: nothing is overwritten, the tree changes on the effective date.
 */
@SpringBootTest
class ReorganisationIntegrationTests {

	static final LocalDate START = LocalDate.of(2026, 1, 1);

	@Autowired
	ReorganisationService reorganisations;

	@Autowired
	UnitQueries units;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFutureRenameChangesTheTreeOnItsDate() {
		UnitView commune = newCommune("Xã Cũ");
		LocalDate renameDay = LocalDate.of(2027, 1, 1);

		this.reorganisations.record(ministryAdmin(START),
				new ReorganisationCommand(ReorganisationKind.RENAME, renameDay, "Nghị quyết thử nghiệm", null,
						List.of(commune.id()), null, "Mới", "Xã Mới", null, List.of()));

		assertThat(this.units.get(ministryAdmin(renameDay.minusDays(1)), commune.id()).fullName()).isEqualTo("Xã Cũ");
		assertThat(this.units.get(ministryAdmin(renameDay), commune.id()).fullName()).isEqualTo("Xã Mới");
		assertThat(this.units.history(ministryAdmin(renameDay), this.units.get(ministryAdmin(renameDay), commune.id())))
			.extracting(UnitView::fullName)
			.containsExactly("Xã Cũ", "Xã Mới");
	}

	@Test
	void refusesAChangeBeforeAnAlreadyRecordedLaterOne() {
		UnitView commune = newCommune("Xã Trước");
		this.reorganisations.record(ministryAdmin(START), new ReorganisationCommand(ReorganisationKind.RENAME,
				LocalDate.of(2027, 6, 1), "NQ", null, List.of(commune.id()), null, "Sau", "Xã Sau", null, List.of()));

		assertThatThrownBy(() -> this.reorganisations.record(ministryAdmin(START),
				new ReorganisationCommand(ReorganisationKind.RENAME, LocalDate.of(2027, 3, 1), "NQ", null,
						List.of(commune.id()), null, "Giữa", "Xã Giữa", null, List.of())))
			.isInstanceOfSatisfying(GrassrootsException.class,
					(ex) -> assertThat(ex.fieldProblems().get(0).field()).isEqualTo("effectiveOn"));
	}

	@Test
	void movingAVillageMovesItsTeamFromTheDateOnly() {
		UnitView from = newCommune("Xã Nguồn");
		UnitView to = newCommune("Xã Đích");
		UnitView village = create(UnitType.VILLAGE, from.id(), "Thôn Một");
		UnitView team = create(UnitType.TEAM, village.id(), "Tổ bảo vệ ANTT Thôn Một");
		LocalDate moveDay = LocalDate.of(2026, 9, 1);

		this.reorganisations.record(ministryAdmin(START), new ReorganisationCommand(ReorganisationKind.MOVE, moveDay,
				"Quyết định điều chỉnh địa giới", null, List.of(village.id()), to.id(), null, null, null, List.of()));

		assertThat(this.units.get(ministryAdmin(moveDay.minusDays(1)), team.id()).path()).startsWith(from.path());
		assertThat(this.units.get(ministryAdmin(moveDay), team.id()).path()).startsWith(to.path());
		assertThat(childCodes(to, moveDay)).contains(village.code());
		assertThat(childCodes(from, moveDay)).doesNotContain(village.code());
	}

	@Test
	void mergingCommunesLinksThemToTheNewOneAndMovesTheirVillages() {
		UnitView a = newCommune("Xã A");
		UnitView b = newCommune("Xã B");
		UnitView village = create(UnitType.VILLAGE, b.id(), "Thôn B1");
		LocalDate mergeDay = LocalDate.of(2026, 10, 1);
		String code = uniqueCode("M");

		this.reorganisations.record(ministryAdmin(START),
				new ReorganisationCommand(ReorganisationKind.MERGE, mergeDay, "Nghị quyết sáp nhập", null,
						List.of(a.id(), b.id()), null, null, null, null,
						List.of(new NewUnitSpec(UnitType.COMMUNE, a.parentId(), code, "AB", "Xã AB", "COMMUNE"))));

		UnitScope after = ministryAdmin(mergeDay);
		UnitView merged = this.units.getByCode(after, code);
		assertThat(this.units.lineage(after, merged.id()).predecessors()).extracting(LineageLink::unitId)
			.containsExactlyInAnyOrder(a.id(), b.id());
		assertThat(this.units.get(after, village.id()).parentId()).isEqualTo(merged.id());
		assertThat(this.units.get(after, a.id()).validOn(mergeDay)).isFalse();
		assertThat(this.units.get(ministryAdmin(mergeDay.minusDays(1)), a.id()).validOn(mergeDay.minusDays(1)))
			.isTrue();
	}

	@Test
	void aRefusedReorganisationChangesNothing() {
		UnitView commune = newCommune("Xã Còn Thôn");
		create(UnitType.VILLAGE, commune.id(), "Thôn Ở Lại");
		long periods = count("org_unit_period");
		long events = count("org_reorganisation");

		assertThatThrownBy(() -> this.reorganisations.record(ministryAdmin(START),
				new ReorganisationCommand(ReorganisationKind.DISSOLVE, LocalDate.of(2026, 12, 1), "QĐ", null,
						List.of(commune.id()), null, null, null, null, List.of())))
			.isInstanceOfSatisfying(GrassrootsException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(ProblemCode.RULE_VIOLATION));

		assertThat(count("org_unit_period")).isEqualTo(periods);
		assertThat(count("org_reorganisation")).isEqualTo(events);
	}

	@Test
	void refusesAChildTypeThatCannotHangUnderTheParent() {
		UnitView commune = newCommune("Xã Sai Cấp");

		assertThatThrownBy(() -> this.reorganisations.record(ministryAdmin(START),
				establish(START, UnitType.PROVINCE, commune.id(), uniqueCode("P"), "Tỉnh Sai")))
			.isInstanceOfSatisfying(GrassrootsException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(ProblemCode.UNIT_PARENT_TYPE));
	}

	@Test
	void auditsEveryReorganisation() {
		long before = this.jdbc.sql("select count(*) from aud_event where action like 'organisation.%'")
			.query(Long.class)
			.single();

		newCommune("Xã Được Ghi");

		assertThat(this.jdbc.sql("select count(*) from aud_event where action like 'organisation.%'")
			.query(Long.class)
			.single()).isEqualTo(before + 1);
	}

	@Test
	void refusesToPlaceAUnitUnderAParentThatMovesLater() {
		UnitView from = newCommune("Xã Sẽ Chuyển");
		UnitView village = create(UnitType.VILLAGE, from.id(), "Thôn Cũ");
		UnitView province = this.units.getByCode(ministryAdmin(START), "DM3");
		this.reorganisations.record(ministryAdmin(START), new ReorganisationCommand(ReorganisationKind.MOVE,
				LocalDate.of(2027, 1, 1), "QĐ", null, List.of(from.id()), province.id(), null, null, null, List.of()));
		UnitView other = newCommune("Xã Khác");
		UnitView village2 = create(UnitType.VILLAGE, other.id(), "Thôn Khác");

		assertThatThrownBy(() -> this.reorganisations.record(ministryAdmin(START),
				new ReorganisationCommand(ReorganisationKind.MOVE, LocalDate.of(2026, 12, 1), "QĐ", null,
						List.of(village2.id()), from.id(), null, null, null, List.of())))
			.isInstanceOfSatisfying(GrassrootsException.class,
					(ex) -> assertThat(ex.fieldProblems().get(0).field()).isEqualTo("parent"));
		assertThat(this.units.get(ministryAdmin(LocalDate.of(2027, 6, 1)), village.id()).path())
			.startsWith(province.path());
	}

	@Test
	void refusesACodeAnotherUnitHolds() {
		UnitView a = newCommune("Xã Mã Một");
		UnitView b = newCommune("Xã Mã Hai");

		assertThatThrownBy(() -> this.reorganisations.record(ministryAdmin(START),
				new ReorganisationCommand(ReorganisationKind.RENAME, LocalDate.of(2026, 5, 1), "NQ", null,
						List.of(a.id()), null, "Mã Một", "Xã Mã Một", b.code(), List.of())))
			.isInstanceOfSatisfying(GrassrootsException.class,
					(ex) -> assertThat(ex.fieldProblems().get(0).field()).isEqualTo("code"));
	}

	@Test
	void dissolvingOnTheDayAUnitChangedLeavesNoOpenPeriod() {
		UnitView commune = newCommune("Xã Ngắn Ngủi");
		LocalDate day = LocalDate.of(2026, 6, 1);
		this.reorganisations.record(ministryAdmin(START), new ReorganisationCommand(ReorganisationKind.RENAME, day,
				"NQ", null, List.of(commune.id()), null, "Đổi", "Xã Đổi", null, List.of()));

		this.reorganisations.record(ministryAdmin(START), new ReorganisationCommand(ReorganisationKind.DISSOLVE, day,
				"NQ", null, List.of(commune.id()), null, null, null, null, List.of()));

		assertThat(childCodes(this.units.getByCode(ministryAdmin(START), "DM4"), LocalDate.of(2026, 7, 1)))
			.doesNotContain(commune.code());
		assertThat(this.units.get(ministryAdmin(day.minusDays(1)), commune.id()).fullName()).isEqualTo("Xã Ngắn Ngủi");
	}

	@Test
	void refusesAMergeOfOneUnitAndASplitIntoAnotherLevel() {
		UnitView commune = newCommune("Xã Một Mình");

		assertThatThrownBy(() -> this.reorganisations.record(ministryAdmin(START), new ReorganisationCommand(
				ReorganisationKind.MERGE, LocalDate.of(2026, 8, 1), "NQ", null, List.of(commune.id(), commune.id()),
				null, null, null, null,
				List.of(new NewUnitSpec(UnitType.COMMUNE, commune.parentId(), uniqueCode("M"), "M", "Xã M", null)))))
			.isInstanceOf(GrassrootsException.class);
		assertThatThrownBy(() -> this.reorganisations
			.record(ministryAdmin(START), new ReorganisationCommand(ReorganisationKind.SPLIT, LocalDate.of(2026, 8, 1),
					"NQ", null, List.of(commune.id()), null, null, null, null,
					List.of(new NewUnitSpec(UnitType.COMMUNE, commune.parentId(), uniqueCode("S"), "S1", "Xã S1", null),
							new NewUnitSpec(UnitType.VILLAGE, commune.id(), uniqueCode("S"), "S2", "Thôn S2", null)))))
			.isInstanceOfSatisfying(GrassrootsException.class,
					(ex) -> assertThat(ex.fieldProblems().get(0).field()).isEqualTo("newUnits.type"));
	}

	@Test
	void hidesAUnitThatMovedToAnotherCommuneFromTheOldCommunesUsers() {
		UnitView from = newCommune("Xã Giao Đi");
		UnitView to = newCommune("Xã Nhận Về");
		UnitView village = create(UnitType.VILLAGE, from.id(), "Thôn Được Giao");
		LocalDate day = LocalDate.of(2026, 11, 1);
		this.reorganisations.record(ministryAdmin(START), new ReorganisationCommand(ReorganisationKind.MOVE, day, "QĐ",
				null, List.of(village.id()), to.id(), null, null, null, List.of()));
		UnitScope oldCommune = new UnitScope("old", from.id(),
				java.util.Set.of(vn.grassroots.shared.Role.COMMUNE_OFFICER), day,
				this.units.scopePaths(from.id(), day));
		UnitScope newCommune = new UnitScope("new", to.id(),
				java.util.Set.of(vn.grassroots.shared.Role.COMMUNE_OFFICER), day, this.units.scopePaths(to.id(), day));

		assertThat(this.units.find(oldCommune, village.id())).isEmpty();
		assertThat(this.units.find(newCommune, village.id())).isPresent();
		assertThat(this.units.history(newCommune, this.units.get(newCommune, village.id())))
			.extracting(UnitView::parentId)
			.containsExactly(to.id());
	}

	private UnitView newCommune(String name) {
		UnitView province = this.units.getByCode(ministryAdmin(START), "DM4");
		return create(UnitType.COMMUNE, province.id(), name);
	}

	private UnitView create(UnitType type, long parentId, String name) {
		String code = uniqueCode(type.name().substring(0, 1));
		this.reorganisations.record(ministryAdmin(START), establish(START, type, parentId, code, name));
		return this.units.getByCode(ministryAdmin(START), code);
	}

	private List<String> childCodes(UnitView parent, LocalDate day) {
		return this.units.list(ministryAdmin(day), new UnitFilter(null, parent.id(), null), PageRequest.of("0", "200"))
			.items()
			.stream()
			.map(UnitView::code)
			.toList();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}

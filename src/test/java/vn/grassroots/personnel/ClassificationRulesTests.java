package vn.grassroots.personnel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.grassroots.personnel.ClassificationRules.Outcome;
import vn.grassroots.personnel.ClassificationRules.Subject;

import static org.assertj.core.api.Assertions.assertThat;

class ClassificationRulesTests {

	final ClassificationRules rules = ClassificationRules.DEFAULT;

	@Test
	void reviewYearRunsFromFifteenthNovemberToFourteenthNovember() {
		assertThat(ClassificationRules.yearStart(2026)).isEqualTo(LocalDate.of(2025, 11, 15));
		assertThat(ClassificationRules.yearEnd(2026)).isEqualTo(LocalDate.of(2026, 11, 14));
	}

	@Test
	void gradesByTheShareOfTasksCompletedAtTheThresholds() {
		assertThat(grade(member(1, 1000, 951))).isEqualTo(Grade.EXCELLENT);
		assertThat(grade(member(2, 100, 95))).isEqualTo(Grade.GOOD);
		assertThat(grade(member(3, 100, 80))).isEqualTo(Grade.GOOD);
		assertThat(grade(member(4, 1000, 799))).isEqualTo(Grade.COMPLETED);
		assertThat(grade(member(5, 100, 50))).isEqualTo(Grade.COMPLETED);
		assertThat(grade(member(6, 100, 49))).isEqualTo(Grade.NOT_COMPLETED);
	}

	@Test
	void doesNotGradeUnderNineMonthsOrUnderComplaint() {
		Outcome shortService = this.rules
			.grade(List.of(new Subject(1, false, null, false, false, 8, 10, 10, false, false)))
			.get(0);
		Outcome complaint = this.rules
			.grade(List.of(new Subject(2, false, null, false, false, 12, 10, 10, true, false)))
			.get(0);

		assertThat(shortService.grade()).isNull();
		assertThat(shortService.reasons()).containsExactly("personnel.classification.too-short");
		assertThat(complaint.grade()).isNull();
		assertThat(grade(new Subject(3, false, null, false, false, 9, 10, 10, false, false)))
			.isEqualTo(Grade.EXCELLENT);
	}

	@Test
	void capsExcellentAtTwentyPercentOfGoodDemotingTheWeakest() {
		List<Subject> subjects = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			subjects.add(member(100 + i, 100, 85));
		}
		subjects.add(member(1, 100, 100));
		subjects.add(member(2, 100, 99));
		subjects.add(member(3, 100, 98));

		List<Outcome> outcomes = this.rules.grade(subjects);

		// 3 excellent and 10 good break the quota; 2 excellent and 11 good keep it (2 <=
		// 2.2)
		assertThat(outcomes).filteredOn((o) -> o.grade() == Grade.EXCELLENT)
			.extracting((o) -> o.subject().id())
			.containsExactly(1L, 2L);
		assertThat(outcomes).filteredOn((o) -> o.subject().id() == 3)
			.singleElement()
			.satisfies((o) -> assertThat(o.reasons()).contains("personnel.classification.quota"));
	}

	@Test
	void keepsALeaderAtOrBelowTheTeamAndATeamWithAFailingMemberBelowExcellent() {
		List<Subject> subjects = new ArrayList<>();
		subjects.add(new Subject(50, true, null, false, false, 12, 100, 100, false, false));
		subjects.add(new Subject(1, false, 50L, true, false, 12, 100, 100, false, false));
		subjects.add(new Subject(2, false, 50L, false, false, 12, 100, 10, false, false));
		for (int i = 0; i < 10; i++) {
			subjects.add(member(100 + i, 100, 85));
			subjects.add(new Subject(200 + i, true, null, false, false, 12, 100, 85, false, false));
		}

		List<Outcome> outcomes = this.rules.grade(subjects);

		assertThat(find(outcomes, 50, true).grade()).isEqualTo(Grade.GOOD);
		assertThat(find(outcomes, 1, false).grade()).isEqualTo(Grade.GOOD);
		assertThat(find(outcomes, 1, false).reasons()).contains("personnel.classification.leader-cap");
	}

	@Test
	void allowsNoExcellentWhenNobodyIsGood() {
		Outcome alone = this.rules.grade(List.of(member(1, 100, 100))).get(0);

		assertThat(alone.grade()).isEqualTo(Grade.GOOD);
		assertThat(alone.reasons()).contains("personnel.classification.quota");
	}

	@Test
	void capsAMemberWhoBrokeTheLawsProhibitionsAtCompleted() {
		assertThat(this.rules.grade(List.of(new Subject(1, false, null, false, false, 12, 100, 100, false, true)))
			.get(0)
			.grade()).isEqualTo(Grade.COMPLETED);
	}

	/**
	 * Grades the subject among five good members, so that the quota allows one excellent.
	 */
	private Grade grade(Subject subject) {
		List<Subject> subjects = new ArrayList<>(List.of(subject));
		for (int i = 0; i < 5; i++) {
			subjects.add(member(900 + i, 100, 85));
		}
		return this.rules.grade(subjects)
			.stream()
			.filter((o) -> o.subject().id() == subject.id())
			.findFirst()
			.orElseThrow()
			.grade();
	}

	private static Subject member(long id, int assigned, int completed) {
		return new Subject(id, false, null, false, false, 12, assigned, completed, false, false);
	}

	private static Outcome find(List<Outcome> outcomes, long id, boolean team) {
		return outcomes.stream()
			.filter((o) -> o.subject().id() == id && o.subject().team() == team)
			.findFirst()
			.orElseThrow();
	}

}

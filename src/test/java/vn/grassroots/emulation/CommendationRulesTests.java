package vn.grassroots.emulation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.grassroots.personnel.Grade;
import vn.grassroots.shared.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

class CommendationRulesTests {

	static final CommendationForm MINISTER = new CommendationForm("BANG_KHEN", "CERTIFICATE", SubjectKind.MEMBER, null,
			"Bằng khen", "Certificate", "MINISTRY", Grade.EXCELLENT, 2, null, 0, "test");

	static final CommendationForm MINISTRY_FIGHTER = new CommendationForm("CSTD_BO", "TITLE", SubjectKind.MEMBER, null,
			"CSTĐ cấp Bộ", "Ministry fighter", "MINISTRY", null, 0, "CSTD_CS", 3, "test");

	@Test
	void aMemberWithoutTheRequiredGradeInEveryYearIsNotEligibleAndTheReasonNamesTheYears() {
		List<FieldProblem> unmet = CommendationRules.unmet(MINISTER, 7, 2026,
				Map.of(2026, Grade.EXCELLENT, 2025, Grade.GOOD), Set.of(), null);

		assertThat(unmet).singleElement().satisfies((p) -> {
			assertThat(p.field()).isEqualTo("subjectId");
			assertThat(p.reasonKey()).isEqualTo("emulation.condition.grade");
			assertThat(p.args()[3]).isEqualTo("2025: GOOD, 2026: EXCELLENT");
		});
	}

	@Test
	void aMissingClassificationIsNotEligible() {
		assertThat(CommendationRules.unmet(MINISTER, 7, 2026, Map.of(2026, Grade.EXCELLENT), Set.of(), null))
			.extracting(FieldProblem::reasonKey)
			.containsExactly("emulation.condition.grade");
	}

	@Test
	void twoConsecutiveExcellentYearsAreEligible() {
		assertThat(CommendationRules.unmet(MINISTER, 7, 2026, Map.of(2026, Grade.EXCELLENT, 2025, Grade.EXCELLENT),
				Set.of(), null))
			.isEmpty();
	}

	@Test
	void thePrerequisiteTitleIsNeededInConsecutiveYears() {
		assertThat(CommendationRules.unmet(MINISTRY_FIGHTER, 7, 2026, Map.of(), Set.of(2024, 2025, 2026), "CSTĐ cơ sở"))
			.isEmpty();
		List<FieldProblem> gap = CommendationRules.unmet(MINISTRY_FIGHTER, 7, 2026, Map.of(), Set.of(2023, 2024, 2026),
				"CSTĐ cơ sở");

		assertThat(gap).singleElement().satisfies((p) -> {
			assertThat(p.reasonKey()).isEqualTo("emulation.condition.prerequisite");
			assertThat(p.args()[3]).isEqualTo("[2025]");
		});
	}

	@Test
	void moreThanHalfNeedsAStrictMajorityOfThosePresent() {
		assertThat(CommendationRules.passes(4, 7, 1, 2, true)).isTrue();
		assertThat(CommendationRules.passes(3, 6, 1, 2, true)).isFalse();
	}

	@Test
	void atLeastTwoThirdsCountsTheExactShare() {
		assertThat(CommendationRules.passes(4, 6, 2, 3, false)).isTrue();
		assertThat(CommendationRules.passes(3, 5, 2, 3, false)).isFalse();
		assertThat(CommendationRules.threshold(2, 3, false)).isEqualTo("≥ 2/3");
	}

}

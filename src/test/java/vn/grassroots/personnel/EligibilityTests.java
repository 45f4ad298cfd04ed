package vn.grassroots.personnel;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EligibilityTests {

	private static final LocalDate DECISION = LocalDate.of(2025, 8, 15);

	private static Eligibility born(LocalDate birth, boolean over70Approved) {
		return new Eligibility(birth, Education.LOWER_SECONDARY, DECISION.minusYears(3), DECISION.minusDays(10), true,
				over70Approved, false);
	}

	@Test
	void refusesAnApplicantAged17Years364Days() {
		Eligibility e = born(DECISION.minusYears(18).plusDays(1), false);

		assertThat(e.check(DECISION)).extracting(Eligibility.Failure::reasonKey)
			.containsExactly("personnel.eligibility.too-young");
	}

	@Test
	void acceptsAnApplicantTurning18OnTheDecisionDate() {
		assertThat(born(DECISION.minusYears(18), false).check(DECISION)).isEmpty();
	}

	@Test
	void acceptsAnApplicantAged70Years364Days() {
		assertThat(born(DECISION.minusYears(71).plusDays(1), false).check(DECISION)).isEmpty();
	}

	@Test
	void refusesAnApplicantOver70WithoutTheChairmansApproval() {
		assertThat(born(DECISION.minusYears(71), false).check(DECISION)).extracting(Eligibility.Failure::rule)
			.containsExactly("AGE");
	}

	@Test
	void acceptsAnApplicantOver70WithTheChairmansApproval() {
		assertThat(born(DECISION.minusYears(71), true).check(DECISION)).isEmpty();
	}

	@Test
	void requiresLowerSecondaryEducationOutsideHardshipAreas() {
		Eligibility primary = new Eligibility(LocalDate.of(1990, 1, 1), Education.PRIMARY, DECISION.minusYears(2),
				DECISION, true, false, false);

		assertThat(primary.check(DECISION)).extracting(Eligibility.Failure::rule).containsExactly("EDUCATION");
	}

	@Test
	void acceptsPrimaryEducationInHardshipAreas() {
		Eligibility primary = new Eligibility(LocalDate.of(1990, 1, 1), Education.PRIMARY, DECISION.minusYears(2),
				DECISION, true, false, true);

		assertThat(primary.check(DECISION)).isEmpty();
	}

	@Test
	void requiresOneFullYearOfResidence() {
		Eligibility oneYear = new Eligibility(LocalDate.of(1990, 1, 1), Education.HIGHER, DECISION.minusYears(1),
				DECISION, true, false, false);
		Eligibility oneDayShort = new Eligibility(LocalDate.of(1990, 1, 1), Education.HIGHER,
				DECISION.minusYears(1).plusDays(1), DECISION, true, false, false);

		assertThat(oneYear.check(DECISION)).isEmpty();
		assertThat(oneDayShort.check(DECISION)).extracting(Eligibility.Failure::rule).containsExactly("RESIDENCE");
	}

	@Test
	void reportsEveryFailedRuleWithItsReason() {
		Eligibility none = new Eligibility(DECISION.minusYears(17), Education.NONE, null, null, false, false, false);

		assertThat(none.check(DECISION)).extracting(Eligibility.Failure::rule)
			.containsExactly("AGE", "EDUCATION", "RESIDENCE", "HEALTH", "RECORD");
	}

	@Test
	void refusesAHealthCertificateIssuedAfterTheDecision() {
		Eligibility late = new Eligibility(LocalDate.of(1990, 1, 1), Education.HIGHER, DECISION.minusYears(2),
				DECISION.plusDays(1), true, false, false);

		assertThat(late.check(DECISION)).extracting(Eligibility.Failure::rule).containsExactly("HEALTH");
	}

}

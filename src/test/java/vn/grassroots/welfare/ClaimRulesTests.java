package vn.grassroots.welfare;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.grassroots.personnel.WorkingCalendar;
import vn.grassroots.welfare.ClaimView.ClaimKind;
import vn.grassroots.welfare.ClaimView.ClaimStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Claim rules on the provincial figures of the domain brief §2.2, computed by hand. */
class ClaimRulesTests {

	@Test
	void haiDuongIllnessPaysMedicalCostsAndTheInpatientMealAllowance() {
		// Hải Dương meal 70,200 a day: 2,500,000 + 12 x 70,200 = 2,500,000 + 842,400 =
		// 3,342,400
		assertThat(ClaimRules.amount(ClaimKind.ILLNESS, 2_500_000, 12, 70_200, 53_640_000, 14_900_000))
			.isEqualTo(3_342_400L);
	}

	@Test
	void sonLaDeathAddsTheSurvivorAllowanceAndFuneralCosts() {
		// Sơn La (draft): 64,800,000 + 18,000,000 + medical 1,000,000 + 3 x 70,000 =
		// 84,010,000
		assertThat(ClaimRules.amount(ClaimKind.DEATH, 1_000_000, 3, 70_000, 64_800_000, 18_000_000))
			.isEqualTo(84_010_000L);
	}

	@Test
	void theTimeLimitsRunInWorkingDaysAcrossHolidays() {
		WorkingCalendar calendar = new WorkingCalendar(
				Set.of(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2)), Set.of());
		// received Friday 25 April 2025; working days after it: 28, 29 April, (30 April,
		// 1, 2 May off), 5, 6, 7, 8, 9 May: the 7th is Friday 9 May
		assertThat(ClaimRules.due(calendar, ClaimStatus.RECEIVED, LocalDate.of(2025, 4, 25), null))
			.isEqualTo(LocalDate.of(2025, 5, 9));
		// appraised Tuesday 29 April: decision within 2 working days -> 5, 6 May
		assertThat(
				ClaimRules.due(calendar, ClaimStatus.APPRAISED, LocalDate.of(2025, 4, 25), LocalDate.of(2025, 4, 29)))
			.isEqualTo(LocalDate.of(2025, 5, 6));
		assertThat(ClaimRules.due(calendar, ClaimStatus.PAID, LocalDate.of(2025, 4, 25), null)).isNull();
	}

	@Test
	void eligibilityAndTheChecklist() {
		assertThat(ClaimRules.ineligibility(ClaimKind.ACCIDENT, true, false, false, null)).isNull();
		assertThat(ClaimRules.ineligibility(ClaimKind.ACCIDENT, false, false, false, null)).isEqualTo("NOT_ON_DUTY");
		assertThat(ClaimRules.ineligibility(ClaimKind.ACCIDENT, true, false, false, "ALCOHOL_DRUGS"))
			.isEqualTo("EXCLUDED_ALCOHOL_DRUGS");
		assertThat(ClaimRules.ineligibility(ClaimKind.ILLNESS, true, true, false, null)).isEqualTo("INSURED");
		assertThat(ClaimRules.ineligibility(ClaimKind.DEATH, true, true, false, null)).isNull();
		assertThat(ClaimRules.missing(ClaimKind.ILLNESS, true, false, true, false)).containsExactly("DISCHARGE_PAPER");
		assertThat(ClaimRules.missing(ClaimKind.DEATH, false, false, false, false)).containsExactly("APPLICATION",
				"DEATH_CERTIFICATE");
	}

}

package vn.grassroots.welfare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The money rules on worked examples of real provincial rules of the domain brief (§4),
 * each computed by hand in a comment.
 */
class AllowanceRulesTests {

	private static final BigDecimal ZERO = BigDecimal.ZERO;

	private static PolicyView thanhHoa() {
		// Thanh Hóa: type-1 village 0.70 / 0.65 / 0.60, type-2 and type-3 0.65 / 0.60 /
		// 0.56
		return new PolicyView(1, 1, LocalDate.of(2024, 7, 1), null, PolicyKind.COEFFICIENT, "Thanh Hóa", 0, 0, ZERO,
				ZERO, 0, 0, 0,
				List.of(rate(Position.LEADER, 1, "0.70"), rate(Position.DEPUTY, 1, "0.65"),
						rate(Position.MEMBER, 1, "0.60"), rate(Position.LEADER, 2, "0.65"),
						rate(Position.DEPUTY, 2, "0.60"), rate(Position.MEMBER, 2, "0.56"),
						rate(Position.LEADER, 3, "0.65"), rate(Position.DEPUTY, 3, "0.60"),
						rate(Position.MEMBER, 3, "0.56")),
				0, 0, 0, 0, false, 0, ZERO, 0, 0);
	}

	private static PolicyView.Rate rate(Position p, int type, String c) {
		return new PolicyView.Rate(p, type, new BigDecimal(c), null);
	}

	private static PolicyView fixed(String name, long leader, long deputy, long member, long night, int cap,
			String bhyt, String bhxh) {
		return new PolicyView(2, 2, LocalDate.of(2024, 7, 1), null, PolicyKind.FIXED, name, night, cap,
				new BigDecimal(bhyt), new BigDecimal(bhxh), 0, 0, 0,
				List.of(new PolicyView.Rate(Position.LEADER, 0, null, leader),
						new PolicyView.Rate(Position.DEPUTY, 0, null, deputy),
						new PolicyView.Rate(Position.MEMBER, 0, null, member)),
				0, 0, 0, 0, false, 0, ZERO, 0, 0);
	}

	@Test
	void thanhHoaCoefficientsTimesTheBasicSalary() {
		PolicyView policy = thanhHoa();
		// leader, type-1 village: 0.70 x 2,340,000 = 1,638,000
		assertThat(policy.monthlyRate(Position.LEADER, 1, 2_340_000)).isEqualByComparingTo("1638000");
		// member, type-3 village: 0.56 x 2,340,000 = 1,310,400
		assertThat(policy.monthlyRate(Position.MEMBER, 3, 2_340_000)).isEqualByComparingTo("1310400");
		// deputy, type-2 village, at the old basic salary: 0.60 x 1,800,000 = 1,080,000
		assertThat(policy.monthlyRate(Position.DEPUTY, 2, 1_800_000)).isEqualByComparingTo("1080000");
		// member, type-3, active from the 16th of a 30-day month: 1,310,400 x 15 / 30 =
		// 655,200
		BigDecimal support = AllowanceRules.prorate(policy.monthlyRate(Position.MEMBER, 3, 2_340_000), 15, 30);
		assertThat(AllowanceRules.lineTotal(support, 0, ZERO, ZERO)).isEqualTo(655_200L);
	}

	@Test
	void tienGiangFixedAmountsProratedAndRoundedHalfUpOnce() {
		PolicyView policy = fixed("Tiền Giang", 2_340_000, 1_638_000, 1_170_000, 0, 0, "0", "0");
		assertThat(policy.monthlyRate(Position.LEADER, 3, 2_340_000)).isEqualByComparingTo("2340000");
		// deputy active 10 days of a 31-day month: 1,638,000 x 10 / 31 = 528,387.0967...
		// -> kept as 528,387.0968, line total rounds half up to 528,387
		BigDecimal support = AllowanceRules.prorate(policy.monthlyRate(Position.DEPUTY, 1, 2_340_000), 10, 31);
		assertThat(support).isEqualByComparingTo("528387.0968");
		assertThat(AllowanceRules.lineTotal(support, 0, ZERO, ZERO)).isEqualTo(528_387L);
		// member active all 28 days of February 2026: 1,170,000
		assertThat(AllowanceRules.lineTotal(AllowanceRules.prorate(policy.monthlyRate(Position.MEMBER, 1, 0), 28, 28),
				0, ZERO, ZERO))
			.isEqualTo(1_170_000L);
	}

	@Test
	void haiDuongNightDutyIsCappedAtSevenDays() {
		// Hải Dương: 50,000 VND per day, at most 7 days a month; nine recorded -> 7 x
		// 50,000
		// = 350,000
		int paid = AllowanceRules.nightsPaid(9, 7);
		assertThat(paid).isEqualTo(7);
		assertThat(paid * 50_000L).isEqualTo(350_000L);
		assertThat(AllowanceRules.nightsPaid(5, 7)).isEqualTo(5);
	}

	@Test
	void hoChiMinhCityMemberWithInsuranceSupportAndTenNightCap() {
		// Ho Chi Minh City: member 6,000,000; BHYT 4.5% = 270,000; BHXH 22% = 1,320,000;
		// 12 nights capped at 10 x 150,000 = 1,500,000; total 6,000,000 + 270,000 +
		// 1,320,000 + 1,500,000 = 9,090,000
		PolicyView policy = fixed("TP. Hồ Chí Minh", 6_500_000, 6_300_000, 6_000_000, 150_000, 10, "0.045", "0.220");
		BigDecimal support = AllowanceRules.prorate(policy.monthlyRate(Position.MEMBER, 3, 2_340_000), 30, 30);
		BigDecimal bhyt = AllowanceRules.insurance(support, policy.bhytRate());
		BigDecimal bhxh = AllowanceRules.insurance(support, policy.bhxhRate());
		assertThat(bhyt).isEqualByComparingTo("270000");
		assertThat(bhxh).isEqualByComparingTo("1320000");
		long night = AllowanceRules.nightsPaid(12, policy.nightCap()) * policy.nightRate();
		assertThat(AllowanceRules.lineTotal(support, night, bhyt, bhxh)).isEqualTo(9_090_000L);
	}

	@Test
	void haNoiFixedAmountsWithFixedInsuranceSupport() {
		// Hà Nội: 2,520,000 a person + 300,000 for the leader = 2,820,000; BHXH 234,000
		// and
		// BHYT 54,000 a month: full month 2,820,000 + 54,000 + 234,000 = 3,108,000
		BigDecimal leader = BigDecimal.valueOf(2_520_000 + 300_000);
		BigDecimal support = AllowanceRules.prorate(leader, 31, 31);
		BigDecimal bhyt = AllowanceRules.insurance(support, ZERO, 54_000, 31, 31);
		BigDecimal bhxh = AllowanceRules.insurance(support, ZERO, 234_000, 31, 31);
		assertThat(AllowanceRules.lineTotal(support, 0, bhyt, bhxh)).isEqualTo(3_108_000L);
		// half of a 30-day month: (2,820,000 + 54,000 + 234,000) x 15 / 30 = 1,554,000
		BigDecimal half = AllowanceRules.prorate(leader, 15, 30);
		assertThat(AllowanceRules.lineTotal(half, 0, AllowanceRules.insurance(half, ZERO, 54_000, 15, 30),
				AllowanceRules.insurance(half, ZERO, 234_000, 15, 30)))
			.isEqualTo(1_554_000L);
	}

	@Test
	void hauGiangOneDayOfAThirtyOneDayMonthAndHalfDongsRoundUp() {
		// Hậu Giang member 1,100,000 for 1 day of 31: 35,483.8709... -> 35,483.8710 ->
		// 35,484
		BigDecimal support = AllowanceRules.prorate(BigDecimal.valueOf(1_100_000), 1, 31);
		assertThat(AllowanceRules.lineTotal(support, 30_000, ZERO, ZERO)).isEqualTo(35_484L + 30_000L);
		// an exact half đồng rounds up once, after summing: 1,000,001 x 15 / 30 =
		// 500,000.5 -> 500,001
		assertThat(
				AllowanceRules.lineTotal(AllowanceRules.prorate(BigDecimal.valueOf(1_000_001), 15, 30), 0, ZERO, ZERO))
			.isEqualTo(500_001L);
	}

	@Test
	void theYearForecastAddsTheLastApprovedMonthForTheMonthsLeft() {
		// January to March approved at 1,000,000 each: 3,000,000 + 1,000,000 x 9 =
		// 12,000,000
		assertThat(AllowanceRules.forecast(3_000_000, 1_000_000, 3)).isEqualTo(12_000_000L);
		assertThat(AllowanceRules.forecast(0, 0, 0)).isZero();
	}

	@Test
	void haiDuongSharedCapSpendsSevenDaysOnNightsThenHolidaysThenHazardousWork() {
		// Hải Dương: night, holiday or hazardous duty 50,000 VND per day, at most 7 days
		// a
		// month in all. Recorded: 5 nights, 3 holiday days, 2 hazardous days = 10 days.
		// Paid: 5 nights, then 2 of the 3 holiday days, no hazardous day -> 7 x 50,000 =
		// 350,000.
		AllowanceRules.DutyDays paid = AllowanceRules.dutyDaysPaid(5, 3, 2, 7, true);
		assertThat(paid).isEqualTo(new AllowanceRules.DutyDays(5, 2, 0));
		long amount = paid.nights() * 50_000L + paid.holidayDays() * 50_000L + paid.hazardousDays() * 50_000L;
		assertThat(amount).isEqualTo(350_000L);
		// nine nights alone are cut to seven, nothing left for the other days
		assertThat(AllowanceRules.dutyDaysPaid(9, 1, 1, 7, true)).isEqualTo(new AllowanceRules.DutyDays(7, 0, 0));
	}

	@Test
	void hoChiMinhCityCapLimitsNightsOnlyAndHazardousAndHardshipDaysArePaidAsWorked() {
		// Hồ Chí Minh City: night 150,000 VND, max 10 nights; heavy or hazardous work
		// 150,000 VND a day; hardship areas +70,000 VND per working day.
		// A member with 12 nights, 4 hazardous days and 22 working days in a commune
		// designated a hardship area for the 30 days of the month:
		// nights 10 x 150,000 = 1,500,000; hazardous 4 x 150,000 = 600,000;
		// hardship 22 x 70,000 = 1,540,000; with the 6,000,000 support = 9,640,000.
		AllowanceRules.DutyDays paid = AllowanceRules.dutyDaysPaid(12, 0, 4, 10, false);
		assertThat(paid).isEqualTo(new AllowanceRules.DutyDays(10, 0, 4));
		int hardshipDays = AllowanceRules.hardshipDays(22, 30);
		long extra = paid.nights() * 150_000L + paid.hazardousDays() * 150_000L + hardshipDays * 70_000L;
		assertThat(extra).isEqualTo(3_640_000L);
		assertThat(AllowanceRules.lineTotal(new BigDecimal("6000000"), extra, ZERO, ZERO)).isEqualTo(9_640_000L);
		// designated only from the 21st of a 30-day month: at most 10 of the 22 days
		assertThat(AllowanceRules.hardshipDays(22, 10)).isEqualTo(10);
	}

	@Test
	void aSecondPositionHeldConcurrentlyIsPaidAtTheProvincesShare() {
		// Illustration (no province's share is verified): Thanh Hóa coefficients, a
		// leader of a type-1 village team (0.70 x 2,340,000 = 1,638,000) who is also a
		// member of a type-3 village team (0.56 x 2,340,000 = 1,310,400) for 10 days of a
		// 30-day month, with a concurrent share of 0.3:
		// 1,310,400 x 0.3 x 10 / 30 = 131,040.
		BigDecimal second = AllowanceRules.concurrentSupport(new BigDecimal("1310400"), new BigDecimal("0.3"), 10, 30);
		assertThat(second).isEqualByComparingTo("131040");
		// a share of 0 pays nothing for the concurrent days
		assertThat(AllowanceRules.concurrentSupport(new BigDecimal("1310400"), ZERO, 10, 30)).isZero();
	}

	@Test
	void bacGiangLostWorkingCapacityAllowanceGrowsPerPercentFromFive() {
		// Bắc Giang (draft): 7,450,000 VND at 5%, plus 750,000 VND for each further 1%.
		// 5% -> 7,450,000; 21% -> 7,450,000 + 16 x 750,000 = 19,450,000; under 5% -> 0.
		assertThat(AllowanceRules.disabilityAllowance(5, 7_450_000, 750_000)).isEqualTo(7_450_000L);
		assertThat(AllowanceRules.disabilityAllowance(21, 7_450_000, 750_000)).isEqualTo(19_450_000L);
		assertThat(AllowanceRules.disabilityAllowance(4, 7_450_000, 750_000)).isZero();
	}

	@Test
	void daysOutsideTheMonthAreRefused() {
		assertThatThrownBy(() -> AllowanceRules.prorate(BigDecimal.ONE, 31, 30))
			.isInstanceOf(IllegalArgumentException.class);
	}

}

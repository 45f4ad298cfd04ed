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
				0, 0);
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
				0, 0);
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
	void daysOutsideTheMonthAreRefused() {
		assertThatThrownBy(() -> AllowanceRules.prorate(BigDecimal.ONE, 31, 30))
			.isInstanceOf(IllegalArgumentException.class);
	}

}

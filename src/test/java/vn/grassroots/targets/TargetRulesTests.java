package vn.grassroots.targets;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure rules: aggregation, status against a target, periods, partial lineage. */
class TargetRulesTests {

	private static final LocalDate BASE = LocalDate.of(2024, 1, 1);

	private static final LocalDate DEADLINE = LocalDate.of(2025, 1, 1);

	@Test
	void aggregatesSumsAveragesAndRatiosOfSums() {
		assertThat(Aggregation.SUM.value(new BigDecimal("17"), new BigDecimal("3"))).isEqualByComparingTo("17");
		assertThat(Aggregation.AVERAGE.value(new BigDecimal("10"), new BigDecimal("4"))).isEqualByComparingTo("2.5");
		assertThat(Aggregation.RATIO_OF_SUMS.value(new BigDecimal("2"), new BigDecimal("3")))
			.isEqualByComparingTo("0.6667");
		assertThat(Aggregation.RATIO_OF_SUMS.value(BigDecimal.ZERO, BigDecimal.ZERO)).isNull();
	}

	@Test
	void ratioOfSumsIsNotTheAverageOfRatios() {
		// 1 of 1 station and 1 of 4 stations: 2 of 5, not (100% + 25%) / 2
		BigDecimal num = BigDecimal.ONE.add(BigDecimal.ONE);
		BigDecimal den = BigDecimal.ONE.add(new BigDecimal("4"));

		assertThat(Aggregation.RATIO_OF_SUMS.value(num, den)).isEqualByComparingTo("0.4");
	}

	@Test
	void isOnTrackWhenAtLeastTheStraightLineFromBaselineToTarget() {
		LocalDate midway = LocalDate.of(2024, 7, 2);
		BigDecimal expected = TargetRule.expected(new BigDecimal("0.5"), BASE, BigDecimal.ONE, DEADLINE, midway);

		assertThat(expected).isBetween(new BigDecimal("0.74"), new BigDecimal("0.76"));
		assertThat(status(new BigDecimal("0.80"), midway)).isEqualTo(TargetStatus.ON_TRACK);
		assertThat(status(new BigDecimal("0.60"), midway)).isEqualTo(TargetStatus.AT_RISK);
		assertThat(status(null, midway)).isEqualTo(TargetStatus.AT_RISK);
	}

	@Test
	void isMissedFromTheDeadlineUnlessTheTargetIsMet() {
		assertThat(status(new BigDecimal("0.99"), DEADLINE)).isEqualTo(TargetStatus.MISSED);
		assertThat(status(BigDecimal.ONE, DEADLINE.plusDays(30))).isEqualTo(TargetStatus.ON_TRACK);
		assertThat(status(null, DEADLINE)).isEqualTo(TargetStatus.MISSED);
	}

	@Test
	void lowerIsBetterReversesTheComparison() {
		assertThat(TargetRule.status(new BigDecimal("10"), BASE, new BigDecimal("2"), DEADLINE, false,
				new BigDecimal("1"), DEADLINE))
			.isEqualTo(TargetStatus.ON_TRACK);
		assertThat(TargetRule.status(new BigDecimal("10"), BASE, new BigDecimal("2"), DEADLINE, false,
				new BigDecimal("3"), DEADLINE))
			.isEqualTo(TargetStatus.MISSED);
	}

	@Test
	void computesPeriodsAndDueDates() {
		LocalDate day = LocalDate.of(2025, 8, 20);

		assertThat(PeriodKind.MONTHLY.startOf(day)).isEqualTo(LocalDate.of(2025, 8, 1));
		assertThat(PeriodKind.QUARTERLY.startOf(day)).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(PeriodKind.SIX_MONTHLY.startOf(day)).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(PeriodKind.ANNUAL.startOf(day)).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(PeriodKind.QUARTERLY.lastDay(LocalDate.of(2024, 1, 1))).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(PeriodKind.MONTHLY.lastDay(LocalDate.of(2024, 2, 1))).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(PeriodKind.QUARTERLY.dueDate(LocalDate.of(2025, 10, 1), 10)).isEqualTo(LocalDate.of(2026, 1, 10));
		assertThat(PeriodKind.QUARTERLY.isStart(LocalDate.of(2025, 4, 1))).isTrue();
		assertThat(PeriodKind.QUARTERLY.isStart(LocalDate.of(2025, 5, 1))).isFalse();
	}

	@Test
	void splitsPartialLinksEquallyAndCarriesFullLinksWhole() {
		assertThat(PartialLineageRule.EQUAL_SPLIT.weight(true, 0)).isEqualByComparingTo("1");
		assertThat(PartialLineageRule.EQUAL_SPLIT.weight(false, 4)).isEqualByComparingTo("0.25");
		assertThat(PartialLineageRule.EQUAL_SPLIT.weight(false, 1)).isEqualByComparingTo("1");
		assertThat(PartialLineageRule.WHOLE_TO_EACH.weight(false, 4)).isEqualByComparingTo("1");
	}

	@Test
	void writesTheNumberAndDateLinesWithTheirLeadingZeros() {
		assertThat(vn.grassroots.targets.internal.ReviewReportWriter.dateLine("Hà Nội", LocalDate.of(2026, 2, 5)))
			.isEqualTo("Hà Nội, ngày 05 tháng 02 năm 2026");
		assertThat(vn.grassroots.targets.internal.ReviewReportWriter.dateLine("Huế", LocalDate.of(2025, 10, 14)))
			.isEqualTo("Huế, ngày 14 tháng 10 năm 2025");
		assertThat(vn.grassroots.targets.internal.ReviewReportWriter.dateLine("Huế", LocalDate.of(2025, 3, 1)))
			.isEqualTo("Huế, ngày 01 tháng 3 năm 2025");
		assertThat(vn.grassroots.targets.internal.ReviewReportWriter.numberLine(7, "BC-CAX"))
			.isEqualTo("Số: 07/BC-CAX");
	}

	private static TargetStatus status(@org.jspecify.annotations.Nullable BigDecimal actual, LocalDate date) {
		return TargetRule.status(new BigDecimal("0.5"), BASE, BigDecimal.ONE, DEADLINE, true, actual, date);
	}

}

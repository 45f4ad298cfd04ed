package vn.grassroots.welfare;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The money rules of the monthly allowance, pure and documented.
 * <ul>
 * <li>Monthly rate: coefficient x basic salary (COEFFICIENT policies) or the fixed VND
 * amount of the position (FIXED policies).</li>
 * <li>Proration: a member is paid for the days of the month on which the membership is
 * valid and the member's status is ACTIVE: support = monthly rate x days active / days in
 * the month (calendar days; a member active from the 16th of a 30-day month gets 15/30).
 * </li>
 * <li>Night duty: nights paid = min(nights recorded, monthly cap) x rate per night; not
 * prorated.</li>
 * <li>Insurance support: BHYT = support x BHYT rate + fixed BHYT x days active / days in
 * the month; BHXH likewise.</li>
 * <li>Rounding: intermediate amounts are kept exact to {@value #SCALE} decimals (half
 * up); the line total (support + night + BHYT + BHXH) is rounded half up to a whole đồng
 * once. Run totals are sums of line totals.</li>
 * </ul>
 */
public final class AllowanceRules {

	/** Decimals kept for the intermediate amounts. */
	public static final int SCALE = 4;

	private AllowanceRules() {
	}

	/** The monthly rate of a coefficient policy: coefficient x basic salary. */
	public static BigDecimal coefficientRate(BigDecimal coefficient, long basicSalary) {
		return coefficient.multiply(BigDecimal.valueOf(basicSalary));
	}

	/**
	 * The prorated support: rate x days active / days in month, to {@value #SCALE}
	 * decimals.
	 */
	public static BigDecimal prorate(BigDecimal monthlyRate, int daysActive, int daysInMonth) {
		if (daysActive < 0 || daysInMonth <= 0 || daysActive > daysInMonth) {
			throw new IllegalArgumentException("days active must lie in [0, days in month]");
		}
		return monthlyRate.multiply(BigDecimal.valueOf(daysActive))
			.divide(BigDecimal.valueOf(daysInMonth), SCALE, RoundingMode.HALF_UP);
	}

	/** Nights paid: the nights recorded, at most the cap. */
	public static int nightsPaid(int nightsRecorded, int cap) {
		return Math.max(0, Math.min(nightsRecorded, cap));
	}

	/** An insurance support amount: support x rate, to {@value #SCALE} decimals. */
	public static BigDecimal insurance(BigDecimal support, BigDecimal rate) {
		return support.multiply(rate).setScale(SCALE, RoundingMode.HALF_UP);
	}

	/**
	 * An insurance support amount with a fixed monthly part: support x rate + fixed x
	 * days active / days in month, to {@value #SCALE} decimals.
	 */
	public static BigDecimal insurance(BigDecimal support, BigDecimal rate, long fixedMonthly, int daysActive,
			int daysInMonth) {
		return insurance(support, rate).add(prorate(BigDecimal.valueOf(fixedMonthly), daysActive, daysInMonth));
	}

	/** The line total in whole đồng: the exact sum rounded half up once. */
	public static long lineTotal(BigDecimal support, long nightAmount, BigDecimal bhyt, BigDecimal bhxh) {
		return support.add(BigDecimal.valueOf(nightAmount))
			.add(bhyt)
			.add(bhxh)
			.setScale(0, RoundingMode.HALF_UP)
			.longValueExact();
	}

	/**
	 * The year's forecast: the cost of the months approved or locked so far plus the
	 * latest computed month's cost times the months left after it.
	 */
	public static long forecast(long approvedSoFar, long lastMonthCost, int lastMonth) {
		return approvedSoFar + lastMonthCost * (12 - lastMonth);
	}

}

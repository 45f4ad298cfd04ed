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
 * <li>Other duty (Law 30/2023 art. 23(2)): days of duty on a rest day or holiday x the
 * holiday rate, days of heavy or hazardous work x the hazardous rate. When the province's
 * cap is shared (Hải Dương: 7 days a month for night, holiday and hazardous duty
 * together) the cap is spent on nights first, then holiday days, then hazardous days;
 * otherwise it limits nights only and the other days are paid as recorded.</li>
 * <li>Hardship areas: working days x the hardship rate, counting at most the days of the
 * month on which the commune was designated a hardship area and the member was
 * active.</li>
 * <li>Concurrent positions: a member holding two positions on the same day is paid the
 * better-paid one in full and, for the other, the province's concurrent share of its
 * prorated support for those days; insurance support is paid on full days only, so it is
 * never paid twice.</li>
 * <li>Insurance support: BHYT = support x BHYT rate + fixed BHYT x days active / days in
 * the month; BHXH likewise (support and days of the full-paid position only).</li>
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

	/**
	 * Days of duty paid.
	 *
	 * @param nights nights paid
	 * @param holidayDays holiday or rest days paid
	 * @param hazardousDays days of heavy or hazardous work paid
	 */
	public record DutyDays(int nights, int holidayDays, int hazardousDays) {
	}

	/**
	 * The days of duty paid under the cap: a shared cap is spent on nights, then holiday
	 * days, then hazardous days; a cap that is not shared limits nights only.
	 */
	public static DutyDays dutyDaysPaid(int nights, int holidayDays, int hazardousDays, int cap, boolean shared) {
		int n = nightsPaid(nights, cap);
		if (!shared) {
			return new DutyDays(n, Math.max(0, holidayDays), Math.max(0, hazardousDays));
		}
		int left = Math.max(0, cap - n);
		int h = Math.max(0, Math.min(holidayDays, left));
		left -= h;
		int z = Math.max(0, Math.min(hazardousDays, left));
		return new DutyDays(n, h, z);
	}

	/**
	 * The hardship days paid: the working days recorded, at most the days the commune was
	 * a designated hardship area while the member was active.
	 */
	public static int hardshipDays(int workingDays, int designatedActiveDays) {
		return Math.max(0, Math.min(workingDays, designatedActiveDays));
	}

	/**
	 * The support of a position held concurrently with a better-paid one: monthly rate x
	 * share x concurrent days / days in month, to {@value #SCALE} decimals.
	 */
	public static BigDecimal concurrentSupport(BigDecimal monthlyRate, BigDecimal share, int concurrentDays,
			int daysInMonth) {
		return prorate(monthlyRate.multiply(share), concurrentDays, daysInMonth);
	}

	/**
	 * The one-off lost-working-capacity allowance: nothing below 5%; the base amount at
	 * 5% plus the step for each further whole percent (Bắc Giang draft: 7,450,000 VND at
	 * 5% plus 750,000 VND per 1%).
	 */
	public static long disabilityAllowance(int lostCapacityPercent, long base, long step) {
		if (lostCapacityPercent < 5) {
			return 0;
		}
		return base + step * (Math.min(lostCapacityPercent, 100) - 5);
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

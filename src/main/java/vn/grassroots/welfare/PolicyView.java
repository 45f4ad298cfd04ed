package vn.grassroots.welfare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A version of a province's support policy, in force on [validFrom, validTo).
 *
 * @param id id
 * @param provinceId the PROVINCE unit
 * @param validFrom first day (first of a month)
 * @param validTo first day no longer in force (null: open)
 * @param kind COEFFICIENT or FIXED
 * @param resolution the People's Council resolution
 * @param nightRate VND per night of duty
 * @param nightCap nights paid at most per month
 * @param bhytRate BHYT support as a share of the monthly support
 * @param bhxhRate voluntary BHXH support as a share of the monthly support
 * @param mealPerDay inpatient meal allowance per day (claims)
 * @param deathBenefit survivor allowance (claims)
 * @param funeralAllowance funeral costs (claims)
 * @param rates the rates by position (and village type)
 * @param bhytFixed BHYT support in fixed VND a month (prorated like the support)
 * @param bhxhFixed BHXH support in fixed VND a month (prorated like the support)
 * @param holidayRate VND per day of duty on a rest day or holiday
 * @param hazardousRate VND per day of heavy or hazardous work
 * @param sharedDutyCap whether the night cap limits nights, holiday and hazardous days
 * together
 * @param hardshipRate extra VND per working day in a designated hardship area
 * @param concurrentShare share of a concurrently held position's support (0 to 1)
 * @param disabilityBase lost-working-capacity allowance at 5% (claims)
 * @param disabilityStep added per further 1% (claims)
 */
public record PolicyView(long id, long provinceId, LocalDate validFrom, @Nullable LocalDate validTo, PolicyKind kind,
		String resolution, long nightRate, int nightCap, BigDecimal bhytRate, BigDecimal bhxhRate, long mealPerDay,
		long deathBenefit, long funeralAllowance, List<Rate> rates, long bhytFixed, long bhxhFixed, long holidayRate,
		long hazardousRate, boolean sharedDutyCap, long hardshipRate, BigDecimal concurrentShare, long disabilityBase,
		long disabilityStep) {

	/**
	 * A rate: a coefficient (COEFFICIENT, village type 1 to 3) or an amount (FIXED,
	 * village type 0).
	 */
	public record Rate(Position position, int villageType, @Nullable BigDecimal coefficient, @Nullable Long amount) {
	}

	/** The monthly rate of a position in a village type, given the basic salary. */
	public BigDecimal monthlyRate(Position position, int villageType, long basicSalary) {
		for (Rate rate : this.rates) {
			if (rate.position() == position && (this.kind == PolicyKind.FIXED || rate.villageType() == villageType)) {
				if (this.kind == PolicyKind.FIXED) {
					return BigDecimal.valueOf(rate.amount() != null ? rate.amount() : 0L);
				}
				BigDecimal c = rate.coefficient();
				return AllowanceRules.coefficientRate(c != null ? c : BigDecimal.ZERO, basicSalary);
			}
		}
		return BigDecimal.ZERO;
	}

}

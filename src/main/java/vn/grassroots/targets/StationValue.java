package vn.grassroots.targets;

import java.math.BigDecimal;

/**
 * One measured value of a computation for a unit, before roll-up.
 *
 * @param unitId the unit (normally a commune police station)
 * @param numerator the value, or the numerator of a ratio
 * @param denominator 1, or the denominator of a ratio
 */
public record StationValue(long unitId, BigDecimal numerator, BigDecimal denominator) {

	/** A value from counts. */
	public static StationValue of(long unitId, long numerator, long denominator) {
		return new StationValue(unitId, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
	}

}

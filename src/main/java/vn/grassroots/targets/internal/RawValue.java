package vn.grassroots.targets.internal;

import java.math.BigDecimal;

/**
 * One raw value of an indicator for a unit before roll-up.
 *
 * @param unitId the unit it was recorded or computed for
 * @param numerator numerator (the value for SUM and AVERAGE)
 * @param denominator denominator (1 for SUM and AVERAGE)
 */
public record RawValue(long unitId, BigDecimal numerator, BigDecimal denominator) {
}

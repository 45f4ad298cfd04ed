package vn.grassroots.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * How the values of several units combine into their parent's value. Every value is kept
 * as a numerator and a denominator (1 for SUM and AVERAGE), so that sums of subtrees can
 * be kept and combined without going back to the raw records.
 */
public enum Aggregation {

	/** The sum of the values. */
	SUM,
	/** The mean of the values: sum of values / number of (weighted) contributions. */
	AVERAGE,
	/**
	 * Sum of numerators / sum of denominators (a share, e.g. stations with own
	 * headquarters).
	 */
	RATIO_OF_SUMS;

	/**
	 * The combined value of summed numerators and denominators; null when there is
	 * nothing to divide by.
	 */
	public @Nullable BigDecimal value(BigDecimal numerator, BigDecimal denominator) {
		if (this == SUM) {
			BigDecimal plain = numerator.stripTrailingZeros();
			return (plain.scale() < 0) ? plain.setScale(0) : plain;
		}
		if (denominator.signum() == 0) {
			return null;
		}
		return numerator.divide(denominator, 4, RoundingMode.HALF_UP);
	}

}

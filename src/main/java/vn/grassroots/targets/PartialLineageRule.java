package vn.grassroots.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a value recorded for a unit that was later split carries into its successors. A
 * {@code FULL} link (the whole predecessor went into one successor) always carries the
 * whole value. For {@code PARTIAL} links (property
 * {@code grassroots.targets.partial-rule}):
 * <ul>
 * <li>{@link #EQUAL_SPLIT} (default): the value is split equally among the successors
 * that received part of the predecessor, so that the national total is unchanged;</li>
 * <li>{@link #WHOLE_TO_EACH}: every partial successor receives the whole value (for
 * indicators where "the old commune had X" is true of every part); totals above the
 * communes then count it more than once.</li>
 * </ul>
 */
public enum PartialLineageRule {

	EQUAL_SPLIT, WHOLE_TO_EACH;

	/**
	 * Weight of one link; {@code partialSuccessors} counts the predecessor's partial
	 * links.
	 */
	public BigDecimal weight(boolean full, int partialSuccessors) {
		if (full || this == WHOLE_TO_EACH || partialSuccessors <= 1) {
			return BigDecimal.ONE;
		}
		return BigDecimal.ONE.divide(BigDecimal.valueOf(partialSuccessors), 8, RoundingMode.HALF_UP);
	}

}

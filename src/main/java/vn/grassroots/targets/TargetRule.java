package vn.grassroots.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * The status of an actual value against a target that runs from a baseline (value and
 * date) to a target value at a deadline. Before the deadline, the expected value moves in
 * a straight line from the baseline to the target: an actual at least as good as expected
 * is ON_TRACK, otherwise AT_RISK. From the deadline on, an actual at least as good as the
 * target is ON_TRACK (met), otherwise MISSED. No actual counts as not good enough.
 */
public final class TargetRule {

	private TargetRule() {
	}

	public static TargetStatus status(BigDecimal baseline, LocalDate baselineOn, BigDecimal target, LocalDate deadline,
			boolean higherIsBetter, @Nullable BigDecimal actual, LocalDate date) {
		if (!date.isBefore(deadline)) {
			return (actual != null && good(actual, target, higherIsBetter)) ? TargetStatus.ON_TRACK
					: TargetStatus.MISSED;
		}
		if (actual == null) {
			return TargetStatus.AT_RISK;
		}
		return good(actual, expected(baseline, baselineOn, target, deadline, date), higherIsBetter)
				? TargetStatus.ON_TRACK : TargetStatus.AT_RISK;
	}

	/** The value expected on the date on the straight line from baseline to target. */
	public static BigDecimal expected(BigDecimal baseline, LocalDate baselineOn, BigDecimal target, LocalDate deadline,
			LocalDate date) {
		long total = ChronoUnit.DAYS.between(baselineOn, deadline);
		long elapsed = ChronoUnit.DAYS.between(baselineOn, date);
		if (total <= 0 || elapsed >= total) {
			return target;
		}
		if (elapsed <= 0) {
			return baseline;
		}
		return baseline.add(target.subtract(baseline)
			.multiply(BigDecimal.valueOf(elapsed))
			.divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP));
	}

	private static boolean good(BigDecimal actual, BigDecimal reference, boolean higherIsBetter) {
		int cmp = actual.compareTo(reference);
		return higherIsBetter ? cmp >= 0 : cmp <= 0;
	}

}

package vn.grassroots.targets;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The value of an indicator for a unit in one period of a trend.
 *
 * @param periodStart the period
 * @param actual the rolled-up value, null without data
 * @param target the unit level's target in force at the period's end, if any
 */
public record TrendPoint(LocalDate periodStart, @Nullable BigDecimal actual, @Nullable BigDecimal target) {
}

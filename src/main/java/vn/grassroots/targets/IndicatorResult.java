package vn.grassroots.targets;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.grassroots.organisation.UnitType;

/**
 * An indicator's rolled-up value for a unit and period, against the target of its level.
 *
 * @param indicator the indicator
 * @param unitId the unit
 * @param unitName its full name
 * @param unitType its level
 * @param periodKind the period's kind
 * @param periodStart the period's first day
 * @param asOf the date of the tree the values were rolled up on
 * @param numerator sum of numerators in the unit's subtree
 * @param denominator sum of denominators in the unit's subtree
 * @param contributors number of raw records that contributed
 * @param actual the value (null: no data)
 * @param target the target of the unit's level, if any
 * @param status the status against the target, if there is one
 */
public record IndicatorResult(IndicatorView indicator, long unitId, String unitName, UnitType unitType,
		PeriodKind periodKind, LocalDate periodStart, LocalDate asOf, BigDecimal numerator, BigDecimal denominator,
		int contributors, @Nullable BigDecimal actual, @Nullable TargetView target, @Nullable TargetStatus status) {
}

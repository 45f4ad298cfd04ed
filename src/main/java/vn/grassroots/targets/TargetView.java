package vn.grassroots.targets;

import java.math.BigDecimal;
import java.time.LocalDate;

import vn.grassroots.organisation.UnitType;

/**
 * The target of an indicator for every unit of a level.
 *
 * @param id id
 * @param indicatorId the indicator
 * @param unitType the level it applies to
 * @param baseline value at the start
 * @param baselineOn date of the baseline
 * @param targetValue value to reach
 * @param deadline by when
 */
public record TargetView(long id, long indicatorId, UnitType unitType, BigDecimal baseline, LocalDate baselineOn,
		BigDecimal targetValue, LocalDate deadline) {
}

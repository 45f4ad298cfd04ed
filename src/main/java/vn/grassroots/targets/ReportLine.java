package vn.grassroots.targets;

import java.math.BigDecimal;

/**
 * A value of a reported indicator in a report.
 *
 * @param indicatorId the indicator (source REPORTED)
 * @param numerator the value, or the numerator of a ratio
 * @param denominator 1, or the denominator of a ratio
 */
public record ReportLine(long indicatorId, BigDecimal numerator, BigDecimal denominator) {
}

package vn.grassroots.operations;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the incident list; null means any.
 *
 * @param status status
 * @param taskGroup task group
 * @param severity severity
 * @param from first day (occurrence), inclusive
 * @param to last day (occurrence), inclusive
 * @param unitId a unit whose subtree to keep
 * @param overdueOnly only open incidents past their due time
 */
public record IncidentFilter(@Nullable IncidentStatus status, @Nullable TaskGroup taskGroup,
		@Nullable Severity severity, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable Long unitId,
		boolean overdueOnly) {

	/** No filter. */
	public static IncidentFilter none() {
		return new IncidentFilter(null, null, null, null, null, null, false);
	}

	/** Only overdue incidents. */
	public static IncidentFilter overdue() {
		return new IncidentFilter(null, null, null, null, null, null, true);
	}

}

package vn.grassroots.targets;

import java.time.LocalDate;

/**
 * Completeness and timeliness of the reports of a form and period in a subtree.
 *
 * @param formId the form
 * @param periodStart the period
 * @param dueDate the due date
 * @param expected units of the submitting level in the subtree
 * @param submitted reports submitted or approved
 * @param onTime of those, first submitted by the due date
 * @param approved reports approved
 */
public record Completeness(long formId, LocalDate periodStart, LocalDate dueDate, long expected, long submitted,
		long onTime, long approved) {
}

package vn.grassroots.operations;

/**
 * Incidents of one subtype in a month.
 *
 * @param taskGroup task group
 * @param subtype subtype code
 * @param total incidents that occurred in the month
 * @param resolved of which resolved
 * @param overdue of which open past their due time now
 */
public record MonthlyCount(TaskGroup taskGroup, String subtype, long total, long resolved, long overdue) {
}

package vn.grassroots.targets;

import vn.grassroots.organisation.UnitType;

/**
 * A periodic report form and its review chain: units of {@code submitterType} submit, and
 * the reviewer of a report is the nearest ancestor of its unit of type
 * {@code reviewerType}.
 *
 * @param id id
 * @param code stable code
 * @param name name
 * @param periodKind the periods reported on
 * @param dueDays days after the end of a period by which the report is due
 * @param submitterType level that submits
 * @param reviewerType level of the nearest ancestor that reviews
 */
public record ReportFormView(long id, String code, String name, PeriodKind periodKind, int dueDays,
		UnitType submitterType, UnitType reviewerType) {
}

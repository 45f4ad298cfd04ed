package vn.grassroots.targets;

import java.util.List;

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
 * @param reviewerType level of the first step of the review chain
 * @param steps the review chain, in order; the last step's approval locks the report
 */
public record ReportFormView(long id, String code, String name, PeriodKind periodKind, int dueDays,
		UnitType submitterType, UnitType reviewerType, List<ReviewStep> steps) {

	public ReportFormView {
		steps = List.copyOf(steps);
	}

}

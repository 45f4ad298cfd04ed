package vn.grassroots.targets;

import java.time.LocalDate;

import vn.grassroots.organisation.UnitType;

/**
 * Completeness and timeliness of a form's reports for a period at one step of the review
 * chain, for one reviewing unit (the units of the step's level in the caller's subtree).
 *
 * @param stepNo the step
 * @param level the step's level
 * @param unitId the reviewing unit
 * @param unitName its name
 * @param dueDate the step's due date
 * @param expected submitting units under it
 * @param submitted reports submitted (waiting at any step) or approved
 * @param submittedOnTime of those, first submitted by the form's due date
 * @param waiting reports waiting for this unit's decision
 * @param passed reports past this step (forwarded or finally approved)
 * @param passedOnTime of those, approved at this step by the step's due date
 */
public record StepProgress(int stepNo, UnitType level, long unitId, String unitName, LocalDate dueDate, long expected,
		long submitted, long submittedOnTime, long waiting, long passed, long passedOnTime) {

	/** Submitted reports per expected unit, 0 to 1 (1 without expected units). */
	public double completeness() {
		return (this.expected == 0) ? 1 : Math.min(1, (double) this.submitted / this.expected);
	}

}

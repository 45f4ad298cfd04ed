package vn.grassroots.targets;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.grassroots.organisation.UnitType;

/**
 * A periodic report of a unit.
 *
 * @param id id
 * @param formId the form
 * @param formCode the form's code
 * @param unitId the reporting unit
 * @param unitName its latest full name
 * @param periodStart first day of the period
 * @param dueDate due date
 * @param status status
 * @param body narrative
 * @param lines reported values
 * @param submittedBy who submitted last
 * @param submittedAt when
 * @param onTime whether the first submission was on time
 * @param reviewedBy who approved or returned it
 * @param reviewNote the reviewer's note
 * @param version number of changes
 * @param step the step of the review chain a submitted report waits at
 * @param awaiting the level of the reviewer it waits for
 */
public record ReportView(long id, long formId, String formCode, long unitId, String unitName, LocalDate periodStart,
		LocalDate dueDate, ReportStatus status, @Nullable String body, List<ReportLine> lines,
		@Nullable String submittedBy, @Nullable Instant submittedAt, @Nullable Boolean onTime,
		@Nullable String reviewedBy, @Nullable String reviewNote, int version, @Nullable Integer step,
		@Nullable UnitType awaiting) {

	public ReportView {
		lines = List.copyOf(lines);
	}

}

package vn.grassroots.targets;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import vn.grassroots.organisation.UnitType;

/**
 * A review decision on a report.
 *
 * @param stepNo the step of the chain
 * @param reviewerType the level that decided
 * @param reviewerUnitId the reviewing unit
 * @param action APPROVED (forwarded to the next step, or final) or RETURNED
 * @param finalApproval whether the approval ended the chain (and locked the report)
 * @param note the note of a return
 * @param onTime whether decided by the step's due date
 * @param actedBy who
 * @param actedAt when
 */
public record ReviewEntry(int stepNo, UnitType reviewerType, long reviewerUnitId, String action, boolean finalApproval,
		@Nullable String note, boolean onTime, String actedBy, Instant actedAt) {
}

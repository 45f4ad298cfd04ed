package vn.grassroots.personnel;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A change of a member's status from a date. Termination needs a ground of Law
 * 30/2023/QH15 art. 17(3); termination, resignation and activation need the chairman's
 * decision and its posting.
 *
 * @param status new status
 * @param from effective date
 * @param ground termination ground, required for TERMINATED
 * @param note note
 * @param decision the decision, required except for SUSPENDED
 * @param posting where and when it was posted
 * @param requestedOn for termination and resignation, the day the application or the
 * commune police's proposal was received; the statutory limit runs from it
 */
public record StatusChange(MemberStatus status, LocalDate from, @Nullable TerminationGround ground,
		@Nullable String note, @Nullable Decision decision, Posting posting, @Nullable LocalDate requestedOn) {
}

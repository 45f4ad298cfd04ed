package vn.grassroots.personnel;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One status of a member's history.
 *
 * @param status status
 * @param from from
 * @param ground termination ground
 * @param note note
 * @param decisionNumber decision number
 * @param decisionDate decision date
 * @param signer signer
 * @param postedPlace where posted
 * @param postedOn when posted
 * @param recordedBy who recorded it
 * @param requestedOn day the request behind a termination was received
 * @param decisionDue last day of the statutory limit for the decision, if any
 * @param late the decision came after that day
 */
public record StatusEntry(MemberStatus status, LocalDate from, @Nullable TerminationGround ground,
		@Nullable String note, @Nullable String decisionNumber, @Nullable LocalDate decisionDate,
		@Nullable String signer, @Nullable String postedPlace, @Nullable LocalDate postedOn, String recordedBy,
		@Nullable LocalDate requestedOn, @Nullable LocalDate decisionDue, boolean late) {
}

package vn.grassroots.personnel;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An application with its automatic eligibility check, the council's result, its rank and
 * the statutory time limits of the steps after the council.
 *
 * @param id id
 * @param planId plan
 * @param memberId applicant
 * @param memberName name
 * @param citizenId masked citizen id
 * @param receivedOn day received
 * @param dossierComplete all four documents received
 * @param missingDocuments the documents missing
 * @param checkedOn the date the eligibility was checked at (decision date, else council
 * date, else the date asked)
 * @param failures failed eligibility rules; empty when eligible
 * @param present council members present
 * @param votes votes for
 * @param passed more than half of the members present voted for
 * @param rank rank among those who passed (by votes), null if not passed
 * @param withinQuota ranked within the plan's quota
 * @param minutesOn date of the council's result minutes
 * @param proposedOn date the commune police sent the proposal to the chairman
 * @param decisionNumber the chairman's decision
 * @param decisionDate its date
 * @param deadlines statutory time limits of the following steps
 * @param status the applicant's current status
 */
public record ApplicationView(long id, long planId, long memberId, String memberName, String citizenId,
		LocalDate receivedOn, boolean dossierComplete, List<String> missingDocuments, LocalDate checkedOn,
		List<Eligibility.Failure> failures, @Nullable Integer present, @Nullable Integer votes, boolean passed,
		@Nullable Integer rank, boolean withinQuota, @Nullable LocalDate minutesOn, @Nullable LocalDate proposedOn,
		@Nullable String decisionNumber, @Nullable LocalDate decisionDate, List<Deadline> deadlines,
		@Nullable MemberStatus status) {

	/**
	 * A statutory time limit in working days.
	 *
	 * @param step PROPOSAL (commune police to chairman) or DECISION (chairman)
	 * @param startsAfter the day of the triggering event
	 * @param workingDays the limit
	 * @param due last day
	 * @param doneOn day done, null if not yet
	 * @param overdue not done by the due date (or done after it)
	 */
	public record Deadline(String step, LocalDate startsAfter, int workingDays, LocalDate due,
			@Nullable LocalDate doneOn, boolean overdue) {
	}

}

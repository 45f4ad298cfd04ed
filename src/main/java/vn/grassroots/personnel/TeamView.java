package vn.grassroots.personnel;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A protection team's personnel record as of a date.
 *
 * @param teamId the TEAM unit id
 * @param code team code
 * @param name team full name
 * @param communeId commune police unit
 * @param decisionNumber establishment decision number
 * @param decisionDate its date
 * @param decisionSigner its signer
 * @param postedPlace where it was posted
 * @param postedOn when
 * @param establishedOn first day of the team
 * @param endedOn day dissolved or merged, null while it exists
 * @param endKind DISSOLVED or MERGED
 * @param mergedInto team it was merged into
 * @param villages covered villages on the date
 * @param members memberships on the date
 * @param problems composition rules broken on the date (message key first, then
 * arguments)
 */
public record TeamView(long teamId, @Nullable String code, @Nullable String name, long communeId,
		@Nullable String decisionNumber, @Nullable LocalDate decisionDate, @Nullable String decisionSigner,
		@Nullable String postedPlace, @Nullable LocalDate postedOn, LocalDate establishedOn,
		@Nullable LocalDate endedOn, @Nullable String endKind, @Nullable Long mergedInto, List<VillageRef> villages,
		List<MembershipEntry> members, List<List<Object>> problems) {

	/**
	 * A covered village.
	 *
	 * @param id unit id
	 * @param name full name
	 */
	public record VillageRef(long id, @Nullable String name) {
	}

}

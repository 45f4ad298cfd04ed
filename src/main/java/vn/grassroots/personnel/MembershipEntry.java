package vn.grassroots.personnel;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A period in which a member held a position in a team.
 *
 * @param id id
 * @param memberId member
 * @param memberName member's name
 * @param teamId team (TEAM unit id)
 * @param teamName team name
 * @param position position
 * @param from first day
 * @param to first day no longer held, null while held
 * @param decisionNumber decision
 */
public record MembershipEntry(long id, long memberId, String memberName, long teamId, @Nullable String teamName,
		TeamPosition position, LocalDate from, @Nullable LocalDate to, @Nullable String decisionNumber) {
}

package vn.grassroots.patrols;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A roster shift with its members.
 *
 * @param id id
 * @param planId plan
 * @param planTitle plan title
 * @param area area (from the plan)
 * @param route route (from the plan)
 * @param communeId commune police unit
 * @param teamId TEAM unit, if any
 * @param unitName team's or commune's name
 * @param date the day it starts
 * @param startsAt start
 * @param endsAt end
 * @param night whether any part lies between 22:00 and 06:00
 * @param members the members assigned
 * @param patrolLogId the patrol log that carried it out, if logged
 */
public record ShiftView(long id, long planId, String planTitle, String area, @Nullable String route, long communeId,
		@Nullable Long teamId, String unitName, LocalDate date, LocalDateTime startsAt, LocalDateTime endsAt,
		boolean night, List<MemberRef> members, @Nullable Long patrolLogId) {

	/** The team or, without one, the commune police. */
	public long unitId() {
		return (this.teamId != null) ? this.teamId : this.communeId;
	}

	/** Names of the members, comma separated. */
	public String memberNames() {
		return String.join(", ", this.members.stream().map(MemberRef::name).toList());
	}

}

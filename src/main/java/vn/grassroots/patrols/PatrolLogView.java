package vn.grassroots.patrols;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A patrol log.
 *
 * @param id id
 * @param clientId client id, if any
 * @param communeId commune police unit
 * @param teamId TEAM unit, null for a commune police patrol
 * @param unitName the team's or commune's name
 * @param shiftId roster shift carried out, if any
 * @param startedAt start
 * @param endedAt end
 * @param night whether any part lies between 22:00 and 06:00
 * @param area area
 * @param route route
 * @param findings findings
 * @param participantCount people who took part
 * @param participants members who took part
 * @param incidentIds linked incidents
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
public record PatrolLogView(long id, @Nullable String clientId, long communeId, @Nullable Long teamId, String unitName,
		@Nullable Long shiftId, LocalDateTime startedAt, LocalDateTime endedAt, boolean night, String area,
		@Nullable String route, @Nullable String findings, int participantCount, List<MemberRef> participants,
		List<Long> incidentIds, String recordedBy, LocalDateTime recordedAt) {

	/** Names of the members, comma separated. */
	public String participantNames() {
		return String.join(", ", this.participants.stream().map(MemberRef::name).toList());
	}

}

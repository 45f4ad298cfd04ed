package vn.grassroots.patrols;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A patrol log as received from a page, the API or a bulk batch: raw values, checked by
 * {@link PatrolLogService} so that every problem names its field.
 *
 * @param clientId client-generated id (UUID, time-ordered version 7 recommended: the
 * unique index then grows at one end), required in a bulk batch, at most 64 characters;
 * the same id sent again creates nothing
 * @param unitId the TEAM unit that patrolled, or the commune police unit
 * @param shiftId the roster shift carried out, optional
 * @param startedAt local start in Vietnam, {@code yyyy-MM-ddTHH:mm[:ss]}
 * @param endedAt local end, after the start
 * @param area area patrolled
 * @param route route taken, optional
 * @param findings what was found, optional
 * @param participantIds members who took part
 * @param participantCount people who took part in all (members and officers), at least
 * the number of members; defaults to the number of members
 * @param incidentIds incidents found or handled on the patrol, optional
 */
public record PatrolLogForm(@Nullable String clientId, @Nullable String unitId, @Nullable String shiftId,
		@Nullable String startedAt, @Nullable String endedAt, @Nullable String area, @Nullable String route,
		@Nullable String findings, @Nullable List<Long> participantIds, @Nullable Integer participantCount,
		@Nullable List<Long> incidentIds) {
}

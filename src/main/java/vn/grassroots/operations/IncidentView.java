package vn.grassroots.operations;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * An incident as stored; times are local times in Vietnam.
 *
 * @param id id
 * @param clientId client-generated id of bulk ingestion, if any
 * @param unitId village or commune
 * @param unitName the unit's full name today
 * @param taskGroup task group
 * @param subtype subtype code
 * @param severity severity
 * @param status workflow status
 * @param occurredAt when it happened
 * @param reportedAt when it was reported
 * @param dueAt when it must be resolved by (report time plus the severity's limit)
 * @param address address text
 * @param lat latitude, if known
 * @param lon longitude, if known
 * @param description description
 * @param reportedBy user name of the reporter ({@code public} for citizen requests)
 * @param responsible user name of the responsible officer
 * @param acknowledgedAt when acknowledged
 * @param startedAt when handling started
 * @param resolvedAt when resolved
 * @param transferredAt when transferred to a higher level
 * @param returnedAt when last returned for correction
 * @param statusNote note of the last return, transfer or resolution
 * @param citizenRequestId the citizen request it came from, if any
 * @param overdue whether it is open past its due time
 */
public record IncidentView(long id, @Nullable String clientId, long unitId, @Nullable String unitName,
		TaskGroup taskGroup, String subtype, Severity severity, IncidentStatus status, LocalDateTime occurredAt,
		LocalDateTime reportedAt, LocalDateTime dueAt, String address, @Nullable BigDecimal lat,
		@Nullable BigDecimal lon, String description, String reportedBy, @Nullable String responsible,
		@Nullable LocalDateTime acknowledgedAt, @Nullable LocalDateTime startedAt, @Nullable LocalDateTime resolvedAt,
		@Nullable LocalDateTime transferredAt, @Nullable LocalDateTime returnedAt, @Nullable String statusNote,
		@Nullable Long citizenRequestId, boolean overdue) {
}

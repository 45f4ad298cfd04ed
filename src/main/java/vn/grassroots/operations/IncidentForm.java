package vn.grassroots.operations;

import org.jspecify.annotations.Nullable;

/**
 * An incident report as received from a form, the API or a bulk batch: raw text, parsed
 * and checked by {@link IncidentService} so that every problem names its field.
 *
 * @param clientId client-generated UUID (bulk ingestion), optional
 * @param unitId id of the village or commune where it happened
 * @param taskGroup one of {@link TaskGroup}
 * @param subtype code from the subtype catalogue of the task group
 * @param severity one of {@link Severity}
 * @param occurredAt local time in Vietnam, {@code yyyy-MM-ddTHH:mm[:ss]}
 * @param address address text
 * @param lat optional latitude inside Vietnam
 * @param lon optional longitude inside Vietnam
 * @param description what happened
 */
public record IncidentForm(@Nullable String clientId, @Nullable String unitId, @Nullable String taskGroup,
		@Nullable String subtype, @Nullable String severity, @Nullable String occurredAt, @Nullable String address,
		@Nullable String lat, @Nullable String lon, @Nullable String description) {
}

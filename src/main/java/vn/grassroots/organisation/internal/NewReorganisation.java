package vn.grassroots.organisation.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.grassroots.organisation.ReorganisationKind;

/**
 * A reorganisation to record.
 *
 * @param kind kind
 * @param effectiveOn the day the tree changes
 * @param legalBasis the decision or law
 * @param note free text
 * @param unitId the unit concerned (renamed, moved, dissolved; or the new unit)
 * @param source idempotency key, or null
 * @param recordedBy user name
 */
public record NewReorganisation(ReorganisationKind kind, LocalDate effectiveOn, String legalBasis,
		@Nullable String note, @Nullable Long unitId, @Nullable String source, String recordedBy) {
}

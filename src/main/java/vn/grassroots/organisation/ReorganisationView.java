package vn.grassroots.organisation;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A recorded reorganisation.
 *
 * @param id id
 * @param kind kind
 * @param effectiveOn the day the tree changes
 * @param legalBasis the decision or law it rests on
 * @param note free text
 * @param unitName the unit renamed, moved or dissolved, or the new unit of a merge
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
public record ReorganisationView(long id, ReorganisationKind kind, LocalDate effectiveOn, String legalBasis,
		@Nullable String note, @Nullable String unitName, String recordedBy, Instant recordedAt) {
}

package vn.grassroots.targets;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The editable parts of a review report of a document for a unit and year.
 *
 * @param documentId the document
 * @param unitId the reporting unit
 * @param year the year reviewed
 * @param number number of the report in its year (null for a draft)
 * @param symbol symbol after the number
 * @param place place of the date line
 * @param shortcomings narrative: shortcomings and causes
 * @param tasks narrative: tasks ahead
 * @param commendations narrative: units proposed for commendation (beside the table)
 * @param version number of saves (0 when never saved)
 * @param updatedBy who saved last
 * @param updatedAt when
 */
public record NarrativeView(long documentId, long unitId, int year, @Nullable Integer number, @Nullable String symbol,
		@Nullable String place, @Nullable String shortcomings, @Nullable String tasks, @Nullable String commendations,
		int version, @Nullable String updatedBy, @Nullable Instant updatedAt) {
}

package vn.grassroots.targets;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A review conference of a guiding document (e.g. the two-year review of Resolution 12
 * and Directive 11 on 14 Oct 2024).
 *
 * @param id id
 * @param documentId the document reviewed
 * @param title title
 * @param heldOn date
 * @param bridgePoints number of bridge points (online connection points)
 * @param delegates number of delegates
 * @param chairedBy who chaired it
 */
public record ConferenceView(long id, long documentId, String title, LocalDate heldOn, int bridgePoints, int delegates,
		@Nullable String chairedBy) {
}

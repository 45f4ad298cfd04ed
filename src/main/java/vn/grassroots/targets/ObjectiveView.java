package vn.grassroots.targets;

import java.time.LocalDate;

/**
 * An objective of a guiding document.
 *
 * @param id id
 * @param documentId the document
 * @param title what is to be achieved
 * @param deadline by when
 */
public record ObjectiveView(long id, long documentId, String title, LocalDate deadline) {
}

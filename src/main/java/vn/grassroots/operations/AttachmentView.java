package vn.grassroots.operations;

import java.time.LocalDateTime;

/**
 * An attachment of an incident (the content is read separately).
 *
 * @param id id
 * @param incidentId incident
 * @param fileName file name given at upload
 * @param contentType image/jpeg, image/png or application/pdf
 * @param sizeBytes size
 * @param uploadedBy user name
 * @param uploadedAt when
 */
public record AttachmentView(long id, long incidentId, String fileName, String contentType, long sizeBytes,
		String uploadedBy, LocalDateTime uploadedAt) {
}

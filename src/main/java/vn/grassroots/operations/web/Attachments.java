package vn.grassroots.operations.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.grassroots.operations.AttachmentView;
import vn.grassroots.operations.IncidentQueries;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.UnitScope;

/** Answers an attachment download (as an attachment, never rendered inline). */
final class Attachments {

	private Attachments() {
	}

	static ResponseEntity<byte[]> answer(IncidentQueries queries, UnitScope scope, long id, long attachmentId) {
		AttachmentView meta = queries.attachments(scope, id)
			.stream()
			.filter((a) -> a.id() == attachmentId)
			.findFirst()
			.orElseThrow(() -> GrassrootsException.notFound("attachment " + attachmentId));
		byte[] content = queries.attachmentContent(scope, id, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(meta.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(meta.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

}

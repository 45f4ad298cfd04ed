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

	/** Refuses with 413 before reading when the declared body size is over the limit. */
	static void checkDeclaredSize(vn.grassroots.operations.IncidentService service, long contentLength) {
		if (contentLength > service.maxAttachmentBytes()) {
			throw new GrassrootsException(vn.grassroots.shared.ProblemCode.CONTENT_TOO_LARGE,
					java.util.List.of(new vn.grassroots.shared.FieldProblem("file", contentLength,
							"operations.attachment.too-large", service.maxAttachmentBytes() / (1024 * 1024))),
					"file");
		}
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

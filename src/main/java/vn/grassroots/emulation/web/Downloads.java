package vn.grassroots.emulation.web;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.grassroots.emulation.Outputs;
import vn.grassroots.emulation.internal.Fields;
import vn.grassroots.shared.UnitScope;

/** The two downloads, shared by the pages and the API. */
final class Downloads {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private Downloads() {
	}

	/** The annex of a decision visible to the caller. */
	static ResponseEntity<byte[]> annex(Outputs outputs, UnitScope scope, long decisionId) {
		return file(outputs.annexDocx(scope, decisionId), DOCX, "phu-luc-quyet-dinh-" + decisionId + ".docx");
	}

	/** The honour roll of a period in the caller's subtree. */
	static ResponseEntity<byte[]> commended(Outputs outputs, UnitScope scope, @Nullable String from,
			@Nullable String to, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		outputs.commendedXlsx(scope, Fields.day("from", from), Fields.day("to", to), locale, out);
		return file(out.toByteArray(), XLSX, "khen-thuong.xlsx");
	}

	private static ResponseEntity<byte[]> file(byte[] content, String type, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(content);
	}

}

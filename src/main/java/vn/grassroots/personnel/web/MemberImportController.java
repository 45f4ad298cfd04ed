package vn.grassroots.personnel.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import vn.grassroots.documents.Column;
import vn.grassroots.documents.Spreadsheets;
import vn.grassroots.personnel.MemberFilter;
import vn.grassroots.personnel.MemberImportService;
import vn.grassroots.personnel.MemberService;
import vn.grassroots.personnel.MemberView;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.SeekPage;
import vn.grassroots.shared.SeekRequest;
import vn.grassroots.shared.UnitScope;

/**
 * Bulk registration of members from XLSX (template, upload, row-by-row report) and the
 * member list as XLSX, for pages and the API.
 */
@Controller
class MemberImportController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final MemberImportService imports;

	private final MemberService members;

	private final Spreadsheets spreadsheets;

	private final MessageSource messages;

	MemberImportController(MemberImportService imports, MemberService members, Spreadsheets spreadsheets,
			MessageSource messages) {
		this.imports = imports;
		this.members = members;
		this.spreadsheets = spreadsheets;
		this.messages = messages;
	}

	@GetMapping("/personnel/members/import")
	String form(UnitScope scope) {
		return "personnel/members/import";
	}

	@GetMapping({ "/personnel/members/import-template.xlsx", "/api/v1/members/import-template" })
	@Operation(summary = "The XLSX template for importing members")
	void template(UnitScope scope, HttpServletResponse response) throws IOException {
		response.setContentType(XLSX);
		response.setHeader("Content-Disposition", "attachment; filename=\"members-template.xlsx\"");
		this.imports.template(response.getOutputStream());
	}

	@PostMapping("/personnel/members/import")
	String upload(UnitScope scope, @RequestParam(required = false) @Nullable MultipartFile file, Model model)
			throws IOException {
		model.addAttribute("imported", this.imports.importXlsx(scope, stream(file)));
		return "personnel/members/import";
	}

	@PostMapping(value = "/api/v1/members/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseBody
	@Operation(summary = "Register applicants from an XLSX (all or nothing; 422 lists every bad row)")
	Map<String, Object> uploadApi(@Parameter(hidden = true) UnitScope scope,
			@RequestParam(required = false) @Nullable MultipartFile file) throws IOException {
		return Map.of("imported", this.imports.importXlsx(scope, stream(file)));
	}

	@GetMapping({ "/personnel/members/export.xlsx", "/api/v1/members/export" })
	@Operation(summary = "The member list in scope as XLSX (citizen ids and phones masked)")
	void export(UnitScope scope, @RequestParam(required = false) @Nullable String q, Locale locale,
			HttpServletResponse response) throws IOException {
		response.setContentType(XLSX);
		response.setHeader("Content-Disposition", "attachment; filename=\"members-" + scope.asOf() + ".xlsx\"");
		List<Column<MemberView>> columns = List.of(
				new Column<>(label("personnel.member.name", locale), MemberView::fullName),
				new Column<>(label("personnel.member.birth", locale), MemberView::birthDate),
				new Column<>(label("personnel.member.citizen-id", locale), MemberView::citizenId),
				new Column<>(label("personnel.member.phone-label", locale), MemberView::phone),
				new Column<>(label("personnel.member.village", locale), MemberView::residenceVillage),
				new Column<>(label("personnel.member.team", locale), MemberView::teamName),
				new Column<>(label("personnel.member.status", locale),
						(m) -> (m.status() != null) ? label("personnel.status." + m.status(), locale) : null));
		// pages of 200, each read from where the last ended, keep memory and every read
		// bounded
		Iterable<MemberView> rows = () -> new java.util.Iterator<>() {
			private SeekPage<MemberView> page = load(SeekRequest.first(PageRequest.MAX_SIZE));

			private java.util.Iterator<MemberView> current = this.page.items().iterator();

			private SeekPage<MemberView> load(SeekRequest request) {
				return MemberImportController.this.members.list(scope, new MemberFilter(q, null, null), request, false);
			}

			@Override
			public boolean hasNext() {
				while (!this.current.hasNext() && this.page.next() != null) {
					this.page = load(
							SeekRequest.of(null, String.valueOf(PageRequest.MAX_SIZE), this.page.next(), null));
					this.current = this.page.items().iterator();
				}
				return this.current.hasNext();
			}

			@Override
			public MemberView next() {
				if (!hasNext()) {
					throw new java.util.NoSuchElementException();
				}
				return this.current.next();
			}
		};
		this.spreadsheets.write(response.getOutputStream(), label("personnel.tabs.members", locale), columns, rows);
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private static InputStream stream(@Nullable MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw GrassrootsException.badField("file", null, "validation.required");
		}
		return file.getInputStream();
	}

}

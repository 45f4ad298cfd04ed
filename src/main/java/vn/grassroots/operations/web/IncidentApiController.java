package vn.grassroots.operations.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.grassroots.operations.AttachmentView;
import vn.grassroots.operations.BulkItemResult;
import vn.grassroots.operations.IncidentAction;
import vn.grassroots.operations.IncidentForm;
import vn.grassroots.operations.IncidentQueries;
import vn.grassroots.operations.IncidentService;
import vn.grassroots.operations.IncidentView;
import vn.grassroots.operations.MonthlyCount;
import vn.grassroots.operations.Subtype;
import vn.grassroots.operations.internal.Catalogue;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.SeekPage;
import vn.grassroots.shared.SeekRequest;
import vn.grassroots.shared.UnitScope;

/** REST API of incidents in the caller's scope. */
@RestController
@RequestMapping("/api/v1/incidents")
@Tag(name = "Incidents", description = "Incident and situation reports, their workflow, attachments and bulk ingestion")
class IncidentApiController {

	private final IncidentService service;

	private final IncidentQueries queries;

	private final Catalogue catalogue;

	IncidentApiController(IncidentService service, IncidentQueries queries, Catalogue catalogue) {
		this.service = service;
		this.queries = queries;
		this.catalogue = catalogue;
	}

	@GetMapping
	@Operation(summary = "List incidents in scope, newest first",
			description = "Filters: status, taskGroup, severity, from/to (yyyy-MM-dd, occurrence), unitId (subtree),"
					+ " overdue=true. Paged by position as {items, total, totalExact, next, previous}: pass next as"
					+ " after= (or previous as before=); total stops at 10,000 (totalExact false beyond).")
	SeekPage<IncidentView> list(@Parameter(hidden = true) UnitScope scope,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String taskGroup,
			@RequestParam(required = false) @Nullable String severity,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String unitId,
			@RequestParam(required = false) @Nullable String overdue,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size,
			@RequestParam(required = false) @Nullable String after,
			@RequestParam(required = false) @Nullable String before) {
		SeekRequest paging = SeekRequest.of(page, size, after, before);
		return this.queries.list(scope, Params.filter(status, taskGroup, severity, from, to, unitId, overdue), paging);
	}

	@GetMapping("/overdue")
	@Operation(summary = "Open incidents past their time limit, most overdue first")
	SeekPage<IncidentView> overdue(@Parameter(hidden = true) UnitScope scope,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size,
			@RequestParam(required = false) @Nullable String after,
			@RequestParam(required = false) @Nullable String before) {
		return this.queries.overdue(scope, SeekRequest.of(page, size, after, before));
	}

	@GetMapping("/subtypes")
	@Operation(summary = "The subtype catalogue per task group")
	List<Subtype> subtypes() {
		return this.catalogue.subtypes();
	}

	@GetMapping("/stats")
	@Operation(summary = "Monthly counts per task group and subtype", description = "month = yyyy-MM, default now")
	Map<String, Object> stats(@Parameter(hidden = true) UnitScope scope,
			@RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable String unitId) {
		var ym = Params.month(month);
		List<MonthlyCount> counts = this.queries.monthly(scope, ym,
				Params.filter(null, null, null, null, null, unitId, null));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("month", ym.toString());
		answer.put("items", counts);
		answer.put("total", counts.stream().mapToLong(MonthlyCount::total).sum());
		return answer;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Report an incident",
			description = "400 naming the field for malformed input, 422 for broken rules, 404 for a unit outside scope")
	IncidentView report(@Parameter(hidden = true) UnitScope scope, @RequestBody IncidentForm form) {
		return this.service.report(scope, form);
	}

	@PostMapping("/bulk")
	@Operation(summary = "Report many incidents with client-generated ids (UUID)",
			description = "Each item is created, a duplicate (its clientId exists already: nothing is created twice)"
					+ " or rejected with field errors; at most " + IncidentService.MAX_BULK + " items. Recommended"
					+ " clientId: a time-ordered UUID (version 7).")
	Map<String, Object> bulk(@Parameter(hidden = true) UnitScope scope, @RequestBody BulkRequest body, Locale locale) {
		if (body.items() == null) {
			throw GrassrootsException.badField("items", null, "validation.required");
		}
		return BulkItemResult.answer(this.service.bulk(scope, body.items(), locale));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One incident (404 outside scope)")
	IncidentView get(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		return this.queries.get(scope, id);
	}

	@org.springframework.web.bind.annotation.PutMapping("/{id}")
	@Operation(summary = "Correct a report returned for correction",
			description = "Only in status RETURNED (else 422 naming 'status'); then RESUBMIT it.")
	IncidentView correct(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestBody IncidentForm form) {
		return this.service.correct(scope, id, form);
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "The workflow steps of an incident")
	List<Map<String, Object>> history(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		return this.queries.history(scope, id);
	}

	@PostMapping("/{id}/transitions")
	@Operation(summary = "Take a workflow step",
			description = "action: ACKNOWLEDGE, START, RESOLVE, TRANSFER (note), RETURN (note; reviewers), RESUBMIT."
					+ " A step not allowed from the current status answers 422 naming 'action'.")
	IncidentView transition(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestBody TransitionRequest body) {
		IncidentAction action = Params.enumOf(IncidentAction.class, "action", body.action());
		if (action == null) {
			throw GrassrootsException.badField("action", null, "validation.required");
		}
		return this.service.transition(scope, id, action, body.note());
	}

	@GetMapping("/{id}/attachments")
	@Operation(summary = "The attachments of an incident")
	List<AttachmentView> attachments(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		return this.queries.attachments(scope, id);
	}

	@PostMapping(path = "/{id}/attachments",
			consumes = { MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE, MediaType.APPLICATION_PDF_VALUE,
					MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Upload an attachment as the request body",
			description = "JPEG, PNG or PDF (checked by content) up to the size limit (5 MB by default); 413 when"
					+ " larger, 415 for another type.")
	AttachmentView attach(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestParam(required = false) @Nullable String fileName,
			@RequestHeader(name = "Content-Type", required = false) @Nullable String contentType,
			HttpServletRequest request) throws java.io.IOException {
		Attachments.checkDeclaredSize(this.service, request.getContentLengthLong());
		String type = MediaType.APPLICATION_OCTET_STREAM_VALUE.equals(contentType) ? null : contentType;
		return this.service.attach(scope, id, (fileName != null) ? fileName : "file", type, request.getInputStream());
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	@Operation(summary = "The content of an attachment")
	ResponseEntity<byte[]> attachment(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@PathVariable long attachmentId) {
		return Attachments.answer(this.queries, scope, id, attachmentId);
	}

	/**
	 * A bulk batch.
	 *
	 * @param items the incidents, each with a client id
	 */
	record BulkRequest(@Nullable List<IncidentForm> items) {
	}

	/**
	 * A workflow step.
	 *
	 * @param action the step
	 * @param note note (required to return or transfer)
	 */
	record TransitionRequest(@Nullable String action, @Nullable String note) {
	}

}

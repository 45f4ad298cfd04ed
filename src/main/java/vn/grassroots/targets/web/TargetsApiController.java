package vn.grassroots.targets.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.UnitScope;
import vn.grassroots.targets.Completeness;
import vn.grassroots.targets.ConferenceView;
import vn.grassroots.targets.DocumentView;
import vn.grassroots.targets.EquipmentView;
import vn.grassroots.targets.GuidingDocuments;
import vn.grassroots.targets.HeadquartersStatus;
import vn.grassroots.targets.HeadquartersView;
import vn.grassroots.targets.IndicatorResult;
import vn.grassroots.targets.IndicatorView;
import vn.grassroots.targets.Indicators;
import vn.grassroots.targets.Infrastructure;
import vn.grassroots.targets.ObjectiveView;
import vn.grassroots.targets.PeriodKind;
import vn.grassroots.targets.NarrativeView;
import vn.grassroots.targets.ReportFormView;
import vn.grassroots.targets.ReviewEntry;
import vn.grassroots.targets.StepProgress;
import vn.grassroots.targets.ReportStatus;
import vn.grassroots.targets.ReportView;
import vn.grassroots.targets.ReviewReports;
import vn.grassroots.targets.Reports;
import vn.grassroots.targets.TargetView;
import vn.grassroots.targets.internal.Input;

/**
 * REST API of implementation tracking: documents, infrastructure, indicators with targets
 * and results, periodic reports. Units outside the caller's subtree answer 404.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Implementation tracking",
		description = "Guiding documents, headquarters, equipment, indicators, targets, reports")
class TargetsApiController {

	private final GuidingDocuments documents;

	private final Infrastructure infrastructure;

	private final Indicators indicators;

	private final Reports reports;

	private final ReviewReports reviews;

	TargetsApiController(GuidingDocuments documents, Infrastructure infrastructure, Indicators indicators,
			Reports reports, ReviewReports reviews) {
		this.documents = documents;
		this.infrastructure = infrastructure;
		this.indicators = indicators;
		this.reports = reports;
		this.reviews = reviews;
	}

	@PostMapping("/documents/{id}/review-report")
	@Operation(summary = "Generate the review report of a document for a unit as DOCX or PDF",
			description = "Vietnamese administrative layout (Decree 30/2020/ND-CP); header fields and narrative"
					+ " sections from the body, else those saved for the document, unit and year; format=docx|pdf.")
	ResponseEntity<byte[]> reviewReport(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestParam(required = false) @Nullable String format, @RequestBody ReviewReports.ReviewRequest body) {
		return reviewFile(id, format, (f) -> this.reviews.generate(scope, id, body, f));
	}

	/** The review report file of the format (DOCX unless "pdf"), as an attachment. */
	static ResponseEntity<byte[]> reviewFile(long documentId, @Nullable String format,
			java.util.function.Function<ReviewReports.Format, byte[]> generate) {
		ReviewReports.Format f = (format == null || format.isBlank()) ? ReviewReports.Format.DOCX
				: Input.enumValue("format", format, ReviewReports.Format.class);
		boolean pdf = f == ReviewReports.Format.PDF;
		return ResponseEntity.ok()
			.contentType(pdf ? MediaType.APPLICATION_PDF : MediaType.parseMediaType(DOCX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"bao-cao-so-ket-" + documentId + (pdf ? ".pdf" : ".docx") + "\"")
			.body(generate.apply(f));
	}

	@GetMapping("/documents/{id}/review-narrative")
	@Operation(summary = "The saved header fields and narratives of a document's review report for a unit and year")
	NarrativeView narrative(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable Integer year) {
		return this.reviews.narrative(scope, id, unitId, year);
	}

	@PutMapping("/documents/{id}/review-narrative")
	@Operation(summary = "Save the header fields and narratives of a document's review report",
			description = "For the unit (default: the caller's) and the year of date (default: today).")
	NarrativeView saveNarrative(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestBody ReviewReports.ReviewRequest body) {
		return this.reviews.saveNarrative(scope, id, body);
	}

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	@GetMapping("/documents")
	@Operation(summary = "List guiding documents with their objectives")
	PageResult<DocumentView> documents(@Parameter(hidden = true) UnitScope scope,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		return this.documents.list(scope, PageRequest.of(page, size));
	}

	@GetMapping("/documents/{id}")
	@Operation(summary = "One guiding document")
	DocumentView document(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		return this.documents.get(scope, id);
	}

	@PostMapping("/documents")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a guiding document (ministry administrator)")
	DocumentView createDocument(@Parameter(hidden = true) UnitScope scope,
			@RequestBody GuidingDocuments.NewDocument body) {
		return this.documents.create(scope, body);
	}

	@PostMapping("/documents/{id}/objectives")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an objective with a deadline to a document (ministry administrator)")
	ObjectiveView addObjective(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestBody GuidingDocuments.NewObjective body) {
		return this.documents.addObjective(scope, id, body);
	}

	@GetMapping("/documents/{id}/conferences")
	@Operation(summary = "Review conferences of a document")
	PageResult<ConferenceView> conferences(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		List<ConferenceView> items = this.documents.conferences(scope, id);
		return new PageResult<>(items, items.size());
	}

	@PostMapping("/documents/{id}/conferences")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a review conference (date, bridge points, delegates)")
	ConferenceView addConference(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestBody GuidingDocuments.NewConference body) {
		return this.documents.addConference(scope, id, body);
	}

	@GetMapping("/headquarters")
	@Operation(summary = "Headquarters status in force on asOf of the stations in scope")
	PageResult<HeadquartersView> headquarters(@Parameter(hidden = true) UnitScope scope,
			@Parameter(description = "OWN, SHARED, UNDER_CONSTRUCTION or NONE") @RequestParam(
					required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String asOf,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		HeadquartersStatus filter = (status != null && !status.isBlank())
				? Input.enumValue("status", status, HeadquartersStatus.class) : null;
		return this.infrastructure.headquarters(scope, filter, PageRequest.of(page, size));
	}

	@GetMapping("/headquarters/{unitId}")
	@Operation(summary = "Every headquarters status recorded for a station")
	PageResult<HeadquartersView> headquartersHistory(@Parameter(hidden = true) UnitScope scope,
			@PathVariable long unitId) {
		List<HeadquartersView> history = this.infrastructure.history(scope, unitId);
		return new PageResult<>(history, history.size());
	}

	@PostMapping("/headquarters/{unitId}")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a station's headquarters status from a date on",
			description = "The status in force until then ends that day; a date not after the latest is refused (422).")
	HeadquartersView recordHeadquarters(@Parameter(hidden = true) UnitScope scope, @PathVariable long unitId,
			@RequestBody Infrastructure.NewHeadquarters body) {
		return this.infrastructure.recordHeadquarters(scope, unitId, body);
	}

	@GetMapping("/equipment/{unitId}")
	@Operation(summary = "A station's equipment against the norm")
	PageResult<EquipmentView> equipment(@Parameter(hidden = true) UnitScope scope, @PathVariable long unitId) {
		List<EquipmentView> items = this.infrastructure.equipment(scope, unitId);
		return new PageResult<>(items, items.size());
	}

	@PutMapping("/equipment/{unitId}/{category}")
	@Operation(summary = "Set the quantity of a category of equipment of a station")
	EquipmentView setEquipment(@Parameter(hidden = true) UnitScope scope, @PathVariable long unitId,
			@PathVariable String category, @RequestBody QuantityBody body) {
		return this.infrastructure.setEquipment(scope, unitId, category, body.quantity());
	}

	@GetMapping("/equipment-norms")
	@Operation(summary = "The equipment norm per station, by category")
	Map<String, Integer> norms() {
		return this.infrastructure.norms();
	}

	@PutMapping("/equipment-norms/{category}")
	@Operation(summary = "Set the norm of a category (ministry administrator)")
	Map<String, Integer> setNorm(@Parameter(hidden = true) UnitScope scope, @PathVariable String category,
			@RequestBody QuantityBody body) {
		return this.infrastructure.setNorm(scope, category, body.quantity());
	}

	record QuantityBody(@Nullable Integer quantity) {
	}

	@GetMapping("/indicators")
	@Operation(summary = "List indicators")
	PageResult<IndicatorView> indicators() {
		List<IndicatorView> items = this.indicators.list();
		return new PageResult<>(items, items.size());
	}

	@GetMapping("/indicators/computations")
	@Operation(summary = "Names of the computations of the catalogue")
	PageResult<String> computations() {
		List<String> items = this.indicators.computations();
		return new PageResult<>(items, items.size());
	}

	@GetMapping("/indicators/{id}")
	@Operation(summary = "One indicator")
	IndicatorView indicator(@PathVariable long id) {
		return this.indicators.get(id);
	}

	@PostMapping("/indicators")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an indicator (ministry administrator)")
	IndicatorView createIndicator(@Parameter(hidden = true) UnitScope scope,
			@RequestBody Indicators.NewIndicator body) {
		return this.indicators.create(scope, body);
	}

	@GetMapping("/indicators/{id}/targets")
	@Operation(summary = "Targets of an indicator per level")
	PageResult<TargetView> targets(@PathVariable long id) {
		this.indicators.get(id);
		List<TargetView> items = this.indicators.targets(id);
		return new PageResult<>(items, items.size());
	}

	@PostMapping("/indicators/{id}/targets")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a target for a level (ministry administrator)")
	TargetView addTarget(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestBody Indicators.NewTarget body) {
		return this.indicators.addTarget(scope, id, body);
	}

	@GetMapping("/indicators/{id}/values")
	@Operation(summary = "Values recorded for units in scope for a period")
	PageResult<Indicators.RecordedValue> values(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestParam(required = false) @Nullable String periodKind,
			@RequestParam(required = false) @Nullable String periodStart,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		PageRequest paging = PageRequest.of(page, size);
		PeriodKind kind = kind(periodKind);
		return this.indicators.values(scope, id, kind, start(scope, kind, periodStart), paging);
	}

	@PostMapping("/indicators/{id}/values")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a value of a reported indicator for a unit and period")
	Indicators.RecordedValue recordValue(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestBody Indicators.NewValue body) {
		return this.indicators.recordValue(scope, id, body);
	}

	@GetMapping("/indicators/{id}/results")
	@Operation(summary = "Rolled-up result of a unit (default: the caller's) for a period, on asOf's tree",
			description = "With the target of the unit's level and the status ON_TRACK, AT_RISK or MISSED.")
	IndicatorResult result(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestParam(required = false) @Nullable Long unit,
			@RequestParam(required = false) @Nullable String periodKind,
			@RequestParam(required = false) @Nullable String periodStart,
			@RequestParam(required = false) @Nullable String asOf) {
		PeriodKind kind = kind(periodKind);
		return this.indicators.result(scope, id, (unit != null) ? unit : scope.unitId(), kind,
				start(scope, kind, periodStart));
	}

	@GetMapping("/indicators/{id}/results/children")
	@Operation(summary = "Results of the children of a unit (drill-down)")
	PageResult<IndicatorResult> childResults(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestParam(required = false) @Nullable Long unit,
			@RequestParam(required = false) @Nullable String periodKind,
			@RequestParam(required = false) @Nullable String periodStart,
			@RequestParam(required = false) @Nullable String asOf) {
		PeriodKind kind = kind(periodKind);
		List<IndicatorResult> items = this.indicators.childResults(scope, id, (unit != null) ? unit : scope.unitId(),
				kind, start(scope, kind, periodStart));
		return new PageResult<>(items, items.size());
	}

	@GetMapping("/report-forms")
	@Operation(summary = "Report forms with their period and review chain")
	PageResult<ReportFormView> forms() {
		List<ReportFormView> items = this.reports.forms();
		return new PageResult<>(items, items.size());
	}

	@PostMapping("/report-forms")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a report form (ministry administrator)")
	ReportFormView createForm(@Parameter(hidden = true) UnitScope scope, @RequestBody Reports.NewForm body) {
		return this.reports.createForm(scope, body);
	}

	@GetMapping("/report-forms/{id}/completeness")
	@Operation(summary = "Completeness and timeliness of a form's reports for a period in scope")
	Completeness completeness(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestParam(required = false) @Nullable String periodStart) {
		return this.reports.completeness(scope, id, periodStart);
	}

	@GetMapping("/report-forms/{id}/progress")
	@Operation(summary = "Completeness and timeliness at every step of the review chain, per reviewing unit in scope")
	PageResult<StepProgress> progress(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestParam(required = false) @Nullable String periodStart) {
		List<StepProgress> items = this.reports.progress(scope, id, periodStart);
		return new PageResult<>(items, items.size());
	}

	@GetMapping("/reports/{id}/reviews")
	@Operation(summary = "Review decisions on a report (step, level, reviewer, approval or return, timeliness)")
	PageResult<ReviewEntry> reviews(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		List<ReviewEntry> items = this.reports.reviews(scope, id);
		return new PageResult<>(items, items.size());
	}

	@GetMapping("/reports")
	@Operation(summary = "Reports of units in scope")
	PageResult<ReportView> reports(@Parameter(hidden = true) UnitScope scope,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		PageRequest paging = PageRequest.of(page, size);
		ReportStatus filter = (status != null && !status.isBlank())
				? Input.enumValue("status", status, ReportStatus.class) : null;
		return this.reports.list(scope, filter, paging);
	}

	@GetMapping("/reports/{id}")
	@Operation(summary = "One report")
	ReportView report(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		return this.reports.get(scope, id);
	}

	@PostMapping("/reports")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Submit a report (new or returned)",
			description = "A report already submitted or approved is locked (422).")
	ReportView submit(@Parameter(hidden = true) UnitScope scope, @RequestBody Reports.Submission body) {
		return this.reports.submit(scope, body);
	}

	@PostMapping("/reports/{id}/approve")
	@Operation(
			summary = "Approve a submitted report at its current step (the step's reviewer): forwards it, or after the last step approves and locks it")
	ReportView approve(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		return this.reports.approve(scope, id);
	}

	@PostMapping("/reports/{id}/return")
	@Operation(summary = "Return a submitted report with a note (its configured reviewer)")
	ReportView returnReport(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestBody NoteBody body) {
		return this.reports.returnReport(scope, id, body.note());
	}

	record NoteBody(@Nullable String note) {
	}

	@PostMapping("/reports/{id}/corrections")
	@Operation(summary = "Correct an approved report with a reason (recorded with before and after)")
	ReportView correct(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestBody Reports.Submission body) {
		return this.reports.correct(scope, id, body);
	}

	@GetMapping("/reports/{id}/corrections")
	@Operation(summary = "Corrections of a report")
	PageResult<Reports.Correction> corrections(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		List<Reports.Correction> items = this.reports.corrections(scope, id);
		return new PageResult<>(items, items.size());
	}

	static PeriodKind kind(@Nullable String raw) {
		return (raw == null || raw.isBlank()) ? PeriodKind.ANNUAL
				: Input.enumValue("periodKind", raw, PeriodKind.class);
	}

	static LocalDate start(UnitScope scope, PeriodKind kind, @Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return kind.startOf(scope.asOf());
		}
		LocalDate start = Input.date("periodStart", raw);
		if (!kind.isStart(start)) {
			throw vn.grassroots.shared.GrassrootsException.badField("periodStart", raw,
					"targets.validation.period-start", kind.startOf(start).toString());
		}
		return start;
	}

}

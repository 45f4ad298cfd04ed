package vn.grassroots.targets.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.UnitScope;
import vn.grassroots.targets.GuidingDocuments;
import vn.grassroots.targets.IndicatorResult;
import vn.grassroots.targets.Indicators;
import vn.grassroots.targets.NarrativeView;
import vn.grassroots.targets.ReviewReports;
import vn.grassroots.targets.PeriodKind;
import vn.grassroots.targets.ReportFormView;
import vn.grassroots.targets.ReportStatus;
import vn.grassroots.targets.ReportView;
import vn.grassroots.targets.Reports;
import vn.grassroots.targets.Completeness;
import vn.grassroots.targets.internal.DashboardWorkbook;
import vn.grassroots.targets.internal.Input;

/**
 * Pages: the dashboard of a unit (indicators against targets, drill-down into children),
 * the guiding documents, and the periodic reports with their completeness and review.
 */
@Controller
@RequestMapping("/targets")
class DashboardController {

	private final Indicators indicators;

	private final GuidingDocuments documents;

	private final UnitQueries units;

	private final Reports reports;

	private final MessageSource messages;

	private final tools.jackson.databind.json.JsonMapper json;

	private final ReviewReports reviews;

	DashboardController(Indicators indicators, GuidingDocuments documents, UnitQueries units, Reports reports,
			MessageSource messages, tools.jackson.databind.json.JsonMapper json, ReviewReports reviews) {
		this.json = json;
		this.reviews = reviews;
		this.messages = messages;
		this.indicators = indicators;
		this.documents = documents;
		this.units = units;
		this.reports = reports;
	}

	@GetMapping("/reports")
	String reports(UnitScope scope, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String page, Model model) {
		PageRequest paging = PageRequest.of(page, "50");
		ReportStatus filter = (status != null && !status.isBlank())
				? Input.enumValue("status", status, ReportStatus.class) : null;
		PageResult<ReportView> result = this.reports.list(scope, filter, paging);
		List<Completeness> completeness = new ArrayList<>();
		List<FormProgress> progress = new ArrayList<>();
		List<ReportFormView> forms = this.reports.forms();
		for (ReportFormView form : forms) {
			LocalDate start = form.periodKind().startOf(scope.asOf());
			completeness.add(this.reports.completeness(scope, form.id(), start.toString()));
			this.reports.progress(scope, form.id(), start.toString())
				.forEach((row) -> progress.add(new FormProgress(form.name(), row)));
		}
		model.addAttribute("progress", progress);
		model.addAttribute("result", result);
		model.addAttribute("forms", forms);
		model.addAttribute("completeness", completeness);
		model.addAttribute("statuses", ReportStatus.values());
		model.addAttribute("status", (filter != null) ? filter.name() : "");
		model.addAttribute("page", paging.page());
		model.addAttribute("pages", Math.max(1, (result.total() + paging.size() - 1) / paging.size()));
		return "targets/reports";
	}

	/**
	 * A row of the progress table.
	 *
	 * @param form the form's name
	 * @param row the step's figures for one reviewing unit
	 */
	record FormProgress(String form, vn.grassroots.targets.StepProgress row) {
	}

	@PostMapping("/reports/{id}/approve")
	String approve(UnitScope scope, @PathVariable long id) {
		this.reports.approve(scope, id);
		return "redirect:/targets/reports";
	}

	@PostMapping("/reports/{id}/return")
	String returnReport(UnitScope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String note) {
		this.reports.returnReport(scope, id, note);
		return "redirect:/targets/reports";
	}

	@GetMapping
	String dashboard(UnitScope scope, @RequestParam(required = false) @Nullable Long unit,
			@RequestParam(required = false) @Nullable Long indicator,
			@RequestParam(required = false) @Nullable String periodKind,
			@RequestParam(required = false) @Nullable String periodStart, Model model) {
		PeriodKind kind = TargetsApiController.kind(periodKind);
		LocalDate start = TargetsApiController.start(scope, kind, periodStart);
		UnitView shown = this.units.get(scope, (unit != null) ? unit : scope.unitId());
		List<IndicatorResult> results = this.indicators.results(scope, shown.id(), kind, start);
		Long selected = (indicator != null) ? indicator : results.isEmpty() ? null : results.get(0).indicator().id();
		model.addAttribute("unit", shown);
		model.addAttribute("ancestors",
				this.units.ancestors(shown).stream().filter((a) -> scope.covers(a.path())).toList());
		model.addAttribute("results", results);
		model.addAttribute("selected", selected);
		List<IndicatorResult> children = (selected != null)
				? this.indicators.childResults(scope, selected, shown.id(), kind, start) : List.of();
		model.addAttribute("children", children);
		IndicatorResult current = results.stream()
			.filter((r) -> selected != null && r.indicator().id() == selected)
			.findFirst()
			.orElse(null);
		model.addAttribute("current", current);
		if (current != null) {
			boolean percent = current.indicator().aggregation() == vn.grassroots.targets.Aggregation.RATIO_OF_SUMS;
			model.addAttribute("trend",
					TrendChart.svg(this.indicators.trend(scope, current.indicator().id(), shown.id(), kind, start, 6),
							kind, percent, current.indicator().name()));
			model.addAttribute("targets", this.indicators.targets(current.indicator().id()));
		}
		model.addAttribute("mapPoints", mapPoints(scope, children, kind, start));
		model.addAttribute("levels", vn.grassroots.organisation.UnitType.values());
		model.addAttribute("kinds", PeriodKind.values());
		model.addAttribute("kind", kind.name());
		model.addAttribute("periodStart", start.toString());
		model.addAttribute("periodEnd", kind.lastDay(start).toString());
		model.addAttribute("scope", scope);
		model.addAttribute("computations", this.indicators.computations());
		model.addAttribute("today", vn.grassroots.shared.Dates.today());
		return "targets/dashboard";
	}

	/**
	 * Creates an indicator computed from system data with a ministry-level target
	 * (ministry administrators); other levels and hand-reported indicators go through the
	 * API.
	 */
	@PostMapping("/indicators")
	String createIndicator(UnitScope scope, @RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String computation,
			@RequestParam(required = false) @Nullable String aggregation,
			@RequestParam(required = false) java.math.@Nullable BigDecimal baseline,
			@RequestParam(required = false) @Nullable String baselineOn,
			@RequestParam(required = false) java.math.@Nullable BigDecimal target,
			@RequestParam(required = false) @Nullable String deadline) {
		var created = this.indicators.create(scope, new vn.grassroots.targets.Indicators.NewIndicator(code, name,
				"COMPUTED", computation, (aggregation != null) ? aggregation : "RATIO_OF_SUMS", true, null));
		this.indicators.addTarget(scope, created.id(),
				new vn.grassroots.targets.Indicators.NewTarget("MINISTRY", baseline, baselineOn, target, deadline));
		return "redirect:/targets?indicator=" + created.id();
	}

	/**
	 * The children that are provinces with a known centre, as JSON for the map script:
	 * name, position, status, formatted value and the drill-down link.
	 */
	private String mapPoints(UnitScope scope, List<IndicatorResult> children, PeriodKind kind, LocalDate start) {
		Map<Long, vn.grassroots.targets.Centroid> centres = new LinkedHashMap<>();
		this.indicators.centroids(children.stream().map(IndicatorResult::unitId).toList(), scope.asOf())
			.forEach((c) -> centres.put(c.unitId(), c));
		List<Map<String, Object>> points = new ArrayList<>();
		for (IndicatorResult r : children) {
			vn.grassroots.targets.Centroid c = centres.get(r.unitId());
			if (c == null) {
				continue;
			}
			Map<String, Object> point = new LinkedHashMap<>();
			point.put("name", r.unitName());
			point.put("lat", c.lat());
			point.put("lon", c.lon());
			point.put("status", (r.status() != null) ? r.status().name() : "NONE");
			point.put("value", (r.actual() == null) ? "—"
					: (r.indicator().aggregation() == vn.grassroots.targets.Aggregation.RATIO_OF_SUMS) ? r.actual()
						.multiply(java.math.BigDecimal.valueOf(100))
						.setScale(1, java.math.RoundingMode.HALF_UP)
						.toPlainString() + "%" : r.actual().stripTrailingZeros().toPlainString());
			point.put("href", "/targets?unit=" + r.unitId() + "&indicator=" + r.indicator().id() + "&periodKind="
					+ kind.name() + "&periodStart=" + start);
			points.add(point);
		}
		return points.isEmpty() ? "" : this.json.writeValueAsString(points);
	}

	/**
	 * Adds a target for every unit of a level to an indicator (ministry administrators).
	 */
	@PostMapping("/indicators/{id}/targets")
	String addTarget(UnitScope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String unitType,
			@RequestParam(required = false) java.math.@Nullable BigDecimal baseline,
			@RequestParam(required = false) @Nullable String baselineOn,
			@RequestParam(required = false) java.math.@Nullable BigDecimal target,
			@RequestParam(required = false) @Nullable String deadline,
			@RequestParam(required = false) @Nullable Long unit) {
		this.indicators.addTarget(scope, id,
				new vn.grassroots.targets.Indicators.NewTarget(unitType, baseline, baselineOn, target, deadline));
		return "redirect:/targets?indicator=" + id + ((unit != null) ? "&unit=" + unit : "");
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> export(UnitScope scope, @RequestParam(required = false) @Nullable Long unit,
			@RequestParam(required = false) @Nullable String periodKind,
			@RequestParam(required = false) @Nullable String periodStart, Locale locale) {
		PeriodKind kind = TargetsApiController.kind(periodKind);
		LocalDate start = TargetsApiController.start(scope, kind, periodStart);
		UnitView shown = this.units.get(scope, (unit != null) ? unit : scope.unitId());
		List<IndicatorResult> results = this.indicators.results(scope, shown.id(), kind, start);
		Map<String, List<IndicatorResult>> children = new LinkedHashMap<>();
		for (IndicatorResult r : results) {
			children.put(r.indicator().code(),
					this.indicators.childResults(scope, r.indicator().id(), shown.id(), kind, start));
		}
		Map<String, String> headers = new LinkedHashMap<>();
		for (String key : new String[] { "unit", "indicator", "code", "actual", "numerator", "denominator", "target",
				"deadline", "status", "sheetUnit", "sheetChildren" }) {
			headers.put(key, this.messages.getMessage("targets.export." + key, null, locale));
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"chi-tieu-" + shown.id() + "-" + start + ".xlsx\"")
			.body(DashboardWorkbook.write(headers, results, children));
	}

	/** The review report page of a document: its saved narratives and the downloads. */
	@GetMapping("/documents/{id}/review")
	String review(UnitScope scope, @PathVariable long id, @RequestParam(required = false) @Nullable Integer year,
			Model model) {
		NarrativeView narrative = this.reviews.narrative(scope, id, null, year);
		model.addAttribute("document", this.documents.get(scope, id));
		model.addAttribute("narrative", narrative);
		model.addAttribute("date", (narrative.year() == vn.grassroots.shared.Dates.today().getYear())
				? vn.grassroots.shared.Dates.today().toString() : narrative.year() + "-12-31");
		model.addAttribute("unit", this.units.get(scope, scope.unitId()));
		return "targets/review";
	}

	@PostMapping("/documents/{id}/review")
	String saveReview(UnitScope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String date,
			@RequestParam(required = false) @Nullable Integer number,
			@RequestParam(required = false) @Nullable String symbol,
			@RequestParam(required = false) @Nullable String place,
			@RequestParam(required = false) @Nullable String shortcomings,
			@RequestParam(required = false) @Nullable String tasks,
			@RequestParam(required = false) @Nullable String commendations) {
		NarrativeView saved = this.reviews.saveNarrative(scope, id,
				new ReviewReports.ReviewRequest(null, date, number, symbol, place, shortcomings, tasks, commendations));
		return "redirect:/targets/documents/" + id + "/review?year=" + saved.year() + "&saved=1";
	}

	@GetMapping({ "/documents/{id}/review.docx", "/documents/{id}/review.pdf" })
	ResponseEntity<byte[]> reviewFile(UnitScope scope, @PathVariable long id,
			@RequestParam(required = false) @Nullable String date, jakarta.servlet.http.HttpServletRequest request) {
		String format = request.getRequestURI().endsWith(".pdf") ? "PDF" : "DOCX";
		ReviewReports.ReviewRequest body = new ReviewReports.ReviewRequest(null, date, null, null, null, null, null,
				null);
		return TargetsApiController.reviewFile(id, format, (f) -> this.reviews.generate(scope, id, body, f));
	}

	@GetMapping("/documents")
	String documents(UnitScope scope, @RequestParam(required = false) @Nullable String page, Model model) {
		model.addAttribute("result", this.documents.list(scope, PageRequest.of(page, "50")));
		return "targets/documents";
	}

}

package vn.grassroots.operations.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.grassroots.documents.Column;
import vn.grassroots.documents.Spreadsheets;
import vn.grassroots.operations.AttachmentView;
import vn.grassroots.operations.IncidentAction;
import vn.grassroots.operations.IncidentFilter;
import vn.grassroots.operations.IncidentForm;
import vn.grassroots.operations.IncidentQueries;
import vn.grassroots.operations.IncidentService;
import vn.grassroots.operations.IncidentStatus;
import vn.grassroots.operations.IncidentView;
import vn.grassroots.operations.IncidentWorkflow;
import vn.grassroots.operations.MapPoint;
import vn.grassroots.operations.MonthlyCount;
import vn.grassroots.operations.Severity;
import vn.grassroots.operations.Subtype;
import vn.grassroots.operations.TaskGroup;
import vn.grassroots.operations.internal.Catalogue;
import vn.grassroots.organisation.UnitFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.SeekPage;
import vn.grassroots.shared.SeekRequest;
import vn.grassroots.shared.UnitScope;

/**
 * Pages of incidents: list with live filters, report form, detail with workflow, map,
 * statistics.
 */
@Controller
@RequestMapping("/operations/incidents")
class IncidentController {

	private final IncidentQueries queries;

	private final IncidentService service;

	private final Catalogue catalogue;

	private final UnitQueries units;

	private final Spreadsheets spreadsheets;

	private final MessageSource messages;

	IncidentController(IncidentQueries queries, IncidentService service, Catalogue catalogue, UnitQueries units,
			Spreadsheets spreadsheets, MessageSource messages) {
		this.spreadsheets = spreadsheets;
		this.messages = messages;
		this.queries = queries;
		this.service = service;
		this.catalogue = catalogue;
		this.units = units;
	}

	@ModelAttribute
	void common(Model model, Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		this.catalogue.subtypes().forEach((s) -> names.put(s.code(), s.name(locale)));
		model.addAttribute("subtypeNames", names);
		model.addAttribute("statuses", IncidentStatus.values());
		model.addAttribute("taskGroups", TaskGroup.values());
		model.addAttribute("severities", Severity.values());
	}

	@GetMapping
	String list(UnitScope scope, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String taskGroup,
			@RequestParam(required = false) @Nullable String severity,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String unitId,
			@RequestParam(required = false) @Nullable String overdue,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String after,
			@RequestParam(required = false) @Nullable String before,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		SeekRequest paging = SeekRequest.of(page, "25", after, before);
		IncidentFilter filter = Params.filter(status, taskGroup, severity, from, to, unitId, overdue);
		SeekPage<IncidentView> result = this.queries.list(scope, filter, paging);
		model.addAttribute("result", result);
		model.addAttribute("f", filterModel(status, taskGroup, severity, from, to, unitId, overdue));
		if ("true".equals(htmx)) {
			// the results fragment has no unit choices
			return "operations/incidents/list :: results";
		}
		model.addAttribute("units", unitChoices(scope));
		return "operations/incidents/list";
	}

	private static Map<String, String> filterModel(@Nullable String status, @Nullable String taskGroup,
			@Nullable String severity, @Nullable String from, @Nullable String to, @Nullable String unitId,
			@Nullable String overdue) {
		Map<String, String> f = new LinkedHashMap<>();
		f.put("status", (status != null) ? status : "");
		f.put("taskGroup", (taskGroup != null) ? taskGroup : "");
		f.put("severity", (severity != null) ? severity : "");
		f.put("from", (from != null) ? from : "");
		f.put("to", (to != null) ? to : "");
		f.put("unitId", (unitId != null) ? unitId : "");
		f.put("overdue", "true".equalsIgnoreCase(overdue) ? "true" : "");
		return f;
	}

	/**
	 * Communes and villages in scope to choose from: the first 200 of each in tree order,
	 * read without counting them (a national scope has some 100,000 villages).
	 */
	private List<UnitView> unitChoices(UnitScope scope) {
		List<UnitView> choices = new ArrayList<>();
		choices.addAll(this.units.firstOfType(scope, UnitType.COMMUNE, 200));
		choices.addAll(this.units.firstOfType(scope, UnitType.VILLAGE, 200));
		return choices;
	}

	@GetMapping("/export.xlsx")
	void export(UnitScope scope, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String taskGroup,
			@RequestParam(required = false) @Nullable String severity,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String unitId,
			@RequestParam(required = false) @Nullable String overdue, Locale locale,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		IncidentFilter filter = Params.filter(status, taskGroup, severity, from, to, unitId, overdue);
		Map<String, String> names = new LinkedHashMap<>();
		this.catalogue.subtypes().forEach((s) -> names.put(s.code(), s.name(locale)));
		List<Column<IncidentView>> columns = List.of(new Column<>("#", IncidentView::id),
				new Column<>(text("operations.incident.occurred-at", locale), IncidentView::occurredAt),
				new Column<>(text("operations.incident.task-group", locale),
						(i) -> text("operations.task-group." + i.taskGroup(), locale)),
				new Column<>(text("operations.incident.subtype", locale), (i) -> names.get(i.subtype())),
				new Column<>(text("operations.incident.severity", locale),
						(i) -> text("operations.severity." + i.severity(), locale)),
				new Column<>(text("operations.incident.status", locale),
						(i) -> text("operations.status." + i.status(), locale)),
				new Column<>(text("operations.incident.unit", locale), IncidentView::unitName),
				new Column<>(text("operations.incident.address", locale), IncidentView::address),
				new Column<>(text("operations.incident.responsible", locale), IncidentView::responsible),
				new Column<>(text("operations.incident.due-at", locale), IncidentView::dueAt),
				new Column<>(text("operations.incident.overdue", locale),
						(i) -> i.overdue() ? text("common.yes", locale) : ""));
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"incidents-" + scope.asOf() + ".xlsx\"");
		java.io.OutputStream out = response.getOutputStream();
		this.queries.stream(scope, filter, (rows) -> this.spreadsheets.write(out,
				text("operations.incident.list.title", locale), columns, rows::iterator));
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	@GetMapping("/new")
	String form(UnitScope scope, Model model) {
		model.addAttribute("form", new IncidentForm(null, null, null, null, "MEDIUM", IncidentServiceTime.nowMinute(),
				null, null, null, null));
		return newPage(scope, model, List.of());
	}

	private String newPage(UnitScope scope, Model model, List<vn.grassroots.shared.FieldProblem> problems) {
		model.addAttribute("units", unitChoices(scope));
		model.addAttribute("subtypes", this.catalogue.subtypes());
		Map<String, vn.grassroots.shared.FieldProblem> byField = new LinkedHashMap<>();
		problems.forEach((p) -> byField.putIfAbsent(p.field(), p));
		model.addAttribute("problems", byField);
		return "operations/incidents/new";
	}

	@PostMapping
	String report(UnitScope scope, @ModelAttribute("form") IncidentForm form, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		try {
			IncidentView created = this.service.report(scope, form);
			return "redirect:/operations/incidents/" + created.id();
		}
		catch (GrassrootsException ex) {
			if (ex.fieldProblems().isEmpty()) {
				throw ex;
			}
			response.setStatus(ex.code().status().value());
			return newPage(scope, model, ex.fieldProblems());
		}
	}

	@GetMapping("/{id}/edit")
	String edit(UnitScope scope, @PathVariable long id, Model model) {
		IncidentView i = this.queries.get(scope, id);
		model.addAttribute("form",
				new IncidentForm(null, Long.toString(i.unitId()), i.taskGroup().name(), i.subtype(),
						i.severity().name(), i.occurredAt().toString(), i.address(),
						(i.lat() != null) ? i.lat().toPlainString() : null,
						(i.lon() != null) ? i.lon().toPlainString() : null, i.description()));
		model.addAttribute("editId", id);
		return newPage(scope, model, List.of());
	}

	@PostMapping("/{id}/correct")
	String correct(UnitScope scope, @PathVariable long id, @ModelAttribute("form") IncidentForm form, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		try {
			this.service.correct(scope, id, form);
			return "redirect:/operations/incidents/" + id;
		}
		catch (GrassrootsException ex) {
			if (ex.fieldProblems().isEmpty() || "status".equals(ex.fieldProblems().get(0).field())) {
				throw ex;
			}
			response.setStatus(ex.code().status().value());
			model.addAttribute("editId", id);
			return newPage(scope, model, ex.fieldProblems());
		}
	}

	@GetMapping("/{id}")
	String detail(UnitScope scope, @PathVariable long id, Model model) {
		IncidentView incident = this.queries.get(scope, id);
		model.addAttribute("incident", incident);
		model.addAttribute("actions", IncidentWorkflow.allowedFrom(incident.status()));
		model.addAttribute("history", this.queries.history(scope, id));
		model.addAttribute("attachments", this.queries.attachments(scope, id));
		return "operations/incidents/detail";
	}

	@PostMapping("/{id}/transitions")
	String transition(UnitScope scope, @PathVariable long id, @RequestParam String action,
			@RequestParam(required = false) @Nullable String note) {
		IncidentAction step = Params.enumOf(IncidentAction.class, "action", action);
		if (step == null) {
			throw GrassrootsException.badField("action", action, "validation.required");
		}
		this.service.transition(scope, id, step, note);
		return "redirect:/operations/incidents/" + id;
	}

	@PostMapping("/{id}/attachments")
	@ResponseBody
	ResponseEntity<AttachmentView> attach(UnitScope scope, @PathVariable long id,
			@RequestParam(required = false) @Nullable String fileName, jakarta.servlet.http.HttpServletRequest request)
			throws java.io.IOException {
		Attachments.checkDeclaredSize(this.service, request.getContentLengthLong());
		String type = request.getContentType();
		AttachmentView attachment = this.service.attach(scope, id, (fileName != null) ? fileName : "file",
				(type == null || type.startsWith("application/octet-stream")) ? null : type, request.getInputStream());
		return ResponseEntity.status(org.springframework.http.HttpStatus.CREATED).body(attachment);
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(UnitScope scope, @PathVariable long id, @PathVariable long attachmentId) {
		return Attachments.answer(this.queries, scope, id, attachmentId);
	}

	@GetMapping("/map")
	String map(UnitScope scope, @RequestParam(required = false) @Nullable String taskGroup,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String unitId, Model model) {
		Params.filter(status, taskGroup, null, null, null, unitId, null);
		model.addAttribute("f", filterModel(status, taskGroup, null, null, null, unitId, null));
		List<UnitView> areas = new ArrayList<>();
		areas.addAll(this.units.list(scope, new UnitFilter(UnitType.PROVINCE, null, null), PageRequest.of("0", "100"))
			.items());
		areas.addAll(this.units.list(scope, new UnitFilter(UnitType.COMMUNE, null, null), PageRequest.of("0", "200"))
			.items());
		model.addAttribute("areas", areas);
		return "operations/incidents/map";
	}

	@GetMapping(path = "/map.json", produces = "application/json")
	@ResponseBody
	Map<String, Object> mapData(UnitScope scope, @RequestParam(required = false) @Nullable String taskGroup,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String unitId, Locale locale) {
		List<MapPoint> points = this.queries.mapPoints(scope,
				Params.filter(status, taskGroup, null, null, null, unitId, null));
		Map<String, String> names = new LinkedHashMap<>();
		this.catalogue.subtypes().forEach((s) -> names.put(s.code(), s.name(locale)));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("points", points.stream().map((p) -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("id", p.id());
			m.put("lat", p.lat());
			m.put("lon", p.lon());
			m.put("severity", p.severity());
			m.put("status", p.status());
			m.put("subtype", names.getOrDefault(p.subtype(), p.subtype()));
			m.put("unit", p.unitName());
			m.put("commune", p.communeName());
			return m;
		}).toList());
		answer.put("limit", IncidentQueries.MAP_LIMIT);
		return answer;
	}

	@GetMapping("/stats")
	String stats(UnitScope scope, @RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable String unitId, Model model) {
		YearMonth ym = Params.month(month);
		List<MonthlyCount> counts = this.queries.monthly(scope, ym,
				Params.filter(null, null, null, null, null, unitId, null));
		Map<TaskGroup, Long> perGroup = new LinkedHashMap<>();
		for (TaskGroup g : TaskGroup.values()) {
			perGroup.put(g, counts.stream().filter((c) -> c.taskGroup() == g).mapToLong(MonthlyCount::total).sum());
		}
		model.addAttribute("month", ym.toString());
		model.addAttribute("previous", ym.minusMonths(1).toString());
		model.addAttribute("next", ym.plusMonths(1).toString());
		model.addAttribute("counts", counts);
		model.addAttribute("perGroup", perGroup);
		model.addAttribute("total", counts.stream().mapToLong(MonthlyCount::total).sum());
		return "operations/incidents/stats";
	}

	static List<Subtype> none() {
		return List.of();
	}

	/** The current minute in Vietnam as a form value. */
	static final class IncidentServiceTime {

		private IncidentServiceTime() {
		}

		static String nowMinute() {
			return java.time.LocalDateTime.now(vn.grassroots.shared.Dates.ZONE)
				.truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
				.toString();
		}

	}

}

package vn.grassroots.patrols.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.grassroots.operations.IncidentForm;
import vn.grassroots.operations.Severity;
import vn.grassroots.operations.TaskGroup;
import vn.grassroots.patrols.CalendarFeeds;
import vn.grassroots.patrols.MemberRef;
import vn.grassroots.patrols.PatrolLogFilter;
import vn.grassroots.patrols.PatrolLogForm;
import vn.grassroots.patrols.PatrolLogQueries;
import vn.grassroots.patrols.PatrolLogService;
import vn.grassroots.patrols.PatrolLogView;
import vn.grassroots.patrols.PatrolStatistics;
import vn.grassroots.patrols.PlanForm;
import vn.grassroots.patrols.PlanView;
import vn.grassroots.patrols.RosterQueries;
import vn.grassroots.patrols.RosterService;
import vn.grassroots.patrols.ShiftForm;
import vn.grassroots.patrols.ShiftView;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.FieldProblem;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.UnitScope;

/**
 * Pages of patrols: the roster of a week (and its print view and PDF), plans with their
 * shifts and calendar feeds, the quick patrol log entry for a phone, the log list and
 * detail (with an incident reported from the patrol), monthly statistics.
 */
@Controller
@RequestMapping("/patrols")
class PatrolController {

	private final RosterService rosters;

	private final RosterQueries rosterQueries;

	private final PatrolLogService logs;

	private final PatrolLogQueries logQueries;

	private final PatrolStatistics statistics;

	private final CalendarFeeds feeds;

	private final Units units;

	private final RosterPdf pdf;

	PatrolController(RosterService rosters, RosterQueries rosterQueries, PatrolLogService logs,
			PatrolLogQueries logQueries, PatrolStatistics statistics, CalendarFeeds feeds, Units units, RosterPdf pdf) {
		this.rosters = rosters;
		this.rosterQueries = rosterQueries;
		this.logs = logs;
		this.logQueries = logQueries;
		this.statistics = statistics;
		this.feeds = feeds;
		this.units = units;
		this.pdf = pdf;
	}

	@GetMapping
	String index() {
		return "redirect:/patrols/roster";
	}

	@GetMapping("/roster")
	String roster(UnitScope scope, @RequestParam(required = false) @Nullable String unitId,
			@RequestParam(required = false) @Nullable String week, Model model) {
		Week w = week(scope, unitId, week);
		model.addAttribute("units", this.units.choices(scope));
		model.addAttribute("unitId", (w.unitId() != null) ? w.unitId().toString() : "");
		model.addAttribute("monday", w.monday());
		model.addAttribute("previous", w.monday().minusWeeks(1));
		model.addAttribute("next", w.monday().plusWeeks(1));
		model.addAttribute("days", w.days());
		model.addAttribute("today", Dates.today());
		return "patrols/roster";
	}

	@GetMapping("/roster/print")
	String print(UnitScope scope, @RequestParam(required = false) @Nullable String unitId,
			@RequestParam(required = false) @Nullable String week, Model model) {
		Week w = week(scope, unitId, week);
		model.addAttribute("monday", w.monday());
		model.addAttribute("sunday", w.monday().plusDays(6));
		model.addAttribute("days", w.days());
		model.addAttribute("unitName", w.unitName());
		model.addAttribute("printedAt", LocalDateTime.now(Dates.ZONE).truncatedTo(ChronoUnit.MINUTES));
		return "patrols/print";
	}

	@GetMapping("/roster.pdf")
	ResponseEntity<byte[]> rosterPdf(UnitScope scope, @RequestParam(required = false) @Nullable String unitId,
			@RequestParam(required = false) @Nullable String week, java.util.Locale locale) {
		Week w = week(scope, unitId, week);
		byte[] body = this.pdf.write(w.unitName(), w.monday(), w.days(), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"lich-truc-" + w.monday() + ".pdf\"")
			.body(body);
	}

	private Week week(UnitScope scope, @Nullable String unitId, @Nullable String week) {
		Long unit = Params.id("unitId", unitId);
		LocalDate day = Dates.parse("week", week, Dates.today());
		LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<ShiftView> shifts = this.rosterQueries.shifts(scope, unit, monday, monday.plusDays(6));
		Map<LocalDate, List<ShiftView>> days = new LinkedHashMap<>();
		for (int i = 0; i < 7; i++) {
			days.put(monday.plusDays(i), new ArrayList<>());
		}
		shifts.forEach((s) -> days.get(s.date()).add(s));
		String name = (unit != null) ? this.units.name(scope, unit) : this.units.name(scope, scope.unitId());
		return new Week(unit, monday, days, name);
	}

	private record Week(@Nullable Long unitId, LocalDate monday, Map<LocalDate, List<ShiftView>> days,
			String unitName) {
	}

	@GetMapping("/plans")
	String plans(UnitScope scope, @RequestParam(required = false) @Nullable String unitId, Model model) {
		model.addAttribute("plans", this.rosterQueries.plans(scope, Params.id("unitId", unitId)));
		model.addAttribute("units", this.units.choices(scope));
		model.addAttribute("unitId", (unitId != null) ? unitId : "");
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new PlanForm(unitId, null, null, null, null));
		}
		model.addAttribute("problems", Map.of());
		return "patrols/plans";
	}

	@PostMapping("/plans")
	String createPlan(UnitScope scope, @ModelAttribute("form") PlanForm form, Model model,
			HttpServletResponse response) {
		try {
			PlanView plan = this.rosters.createPlan(scope, form);
			return "redirect:/patrols/plans/" + plan.id();
		}
		catch (GrassrootsException ex) {
			if (ex.fieldProblems().isEmpty()) {
				throw ex;
			}
			response.setStatus(ex.code().status().value());
			model.addAttribute("plans", this.rosterQueries.plans(scope, null));
			model.addAttribute("units", this.units.choices(scope));
			model.addAttribute("unitId", "");
			model.addAttribute("problems", byField(ex.fieldProblems()));
			return "patrols/plans";
		}
	}

	@GetMapping("/plans/{id}")
	String plan(UnitScope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String date,
			Model model) {
		LocalDate day = Dates.parse("date", date, Dates.today());
		ShiftForm form = new ShiftForm(Long.toString(id), day.toString(), "22:00", "02:00", List.of());
		return planPage(scope, id, form, List.of(), null, model);
	}

	private String planPage(UnitScope scope, long id, ShiftForm form, List<FieldProblem> problems,
			@Nullable GrassrootsException refusal, Model model) {
		PlanView plan = this.rosterQueries.plan(scope, id);
		LocalDate day = Dates.parse("date", form.date(), Dates.today());
		model.addAttribute("plan", plan);
		model.addAttribute("form", form);
		model.addAttribute("candidates", this.rosterQueries.candidates(scope, plan.unitId(), day));
		model.addAttribute("shifts",
				this.rosterQueries.shifts(scope, plan.unitId(), day.minusDays(7), day.plusDays(60))
					.stream()
					.filter((s) -> s.planId() == id)
					.toList());
		model.addAttribute("problems", byField(problems));
		model.addAttribute("refusal", refusal);
		model.addAttribute("nightCap", this.rosters.nightCap(plan.communeId(), day));
		if (plan.teamId() != null) {
			model.addAttribute("teamTokens", this.feeds.tokens(scope, CalendarFeeds.Kind.TEAM, plan.teamId()));
		}
		return "patrols/plan";
	}

	@PostMapping("/plans/{id}/shifts")
	String addShift(UnitScope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String date,
			@RequestParam(required = false) @Nullable String start,
			@RequestParam(required = false) @Nullable String end,
			@RequestParam(name = "memberIds", required = false) @Nullable List<Long> memberIds, Model model,
			HttpServletResponse response) {
		ShiftForm form = new ShiftForm(Long.toString(id), date, start, end, memberIds);
		try {
			ShiftView shift = this.rosters.addShift(scope, form);
			return "redirect:/patrols/plans/" + id + "?date=" + shift.date() + "#shift-" + shift.id();
		}
		catch (GrassrootsException ex) {
			if (ex.fieldProblems().isEmpty()) {
				throw ex;
			}
			response.setStatus(ex.code().status().value());
			return planPage(scope, id, form, ex.fieldProblems(), ex, model);
		}
	}

	@PostMapping("/shifts/{id}/remove")
	String removeShift(UnitScope scope, @PathVariable long id) {
		ShiftView shift = this.rosterQueries.shift(scope, id);
		this.rosters.removeShift(scope, id);
		return "redirect:/patrols/plans/" + shift.planId();
	}

	@PostMapping("/calendars")
	String createFeed(UnitScope scope, @RequestParam String kind, @RequestParam long subjectId,
			@RequestParam long planId, RedirectAttributes redirect) {
		CalendarFeeds.Kind k = Params.enumOf(CalendarFeeds.Kind.class, "kind", kind);
		String token = this.feeds.create(scope, k, subjectId);
		redirect.addFlashAttribute("feedUrl",
				org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/api/v1/public/patrol-calendars/" + token + ".ics")
					.toUriString());
		return "redirect:/patrols/plans/" + planId + "#feeds";
	}

	@PostMapping("/calendars/{id}/revoke")
	String revokeFeed(UnitScope scope, @PathVariable long id, @RequestParam long planId) {
		this.feeds.revoke(scope, id);
		return "redirect:/patrols/plans/" + planId + "#feeds";
	}

	@GetMapping("/logs")
	String logs(UnitScope scope, @RequestParam(required = false) @Nullable String unitId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String night,
			@RequestParam(required = false) @Nullable String page,
			@org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request",
					required = false) @Nullable String htmx,
			Model model) {
		PageRequest paging = PageRequest.of(page, "25");
		PatrolLogFilter filter = Params.filter(unitId, from, to, night);
		PageResult<PatrolLogView> result = this.logQueries.list(scope, filter, paging);
		Map<String, String> f = new LinkedHashMap<>();
		f.put("unitId", (unitId != null) ? unitId : "");
		f.put("from", (from != null) ? from : "");
		f.put("to", (to != null) ? to : "");
		f.put("night", (night != null) ? night : "");
		model.addAttribute("f", f);
		model.addAttribute("result", result);
		model.addAttribute("units", this.units.choices(scope));
		model.addAttribute("page", paging.page());
		model.addAttribute("pages", Math.max(1, (result.total() + paging.size() - 1) / paging.size()));
		return "true".equals(htmx) ? "patrols/logs :: results" : "patrols/logs";
	}

	@GetMapping("/logs/new")
	String newLog(UnitScope scope, @RequestParam(required = false) @Nullable String shiftId, Model model) {
		PatrolLogForm form;
		ShiftView shift = null;
		if (shiftId != null && !shiftId.isBlank()) {
			shift = this.rosterQueries.shift(scope, Params.id("shiftId", shiftId));
			form = new PatrolLogForm(null, Long.toString(shift.unitId()), Long.toString(shift.id()),
					shift.startsAt().toString(), shift.endsAt().toString(), shift.area(), shift.route(), null,
					shift.members().stream().map(MemberRef::id).toList(), null, List.of());
		}
		else {
			LocalDateTime now = LocalDateTime.now(Dates.ZONE).truncatedTo(ChronoUnit.MINUTES);
			form = new PatrolLogForm(null, null, null, now.minusHours(3).toString(), now.toString(), null, null, null,
					List.of(), null, List.of());
		}
		return logPage(scope, form, shift, List.of(), model);
	}

	private String logPage(UnitScope scope, PatrolLogForm form, @Nullable ShiftView shift, List<FieldProblem> problems,
			Model model) {
		model.addAttribute("form", form);
		model.addAttribute("shift", shift);
		model.addAttribute("units", this.units.choices(scope));
		List<MemberRef> candidates = List.of();
		Long unit = Params.idOrNull(form.unitId());
		if (unit != null) {
			LocalDate day = (form.startedAt() != null && form.startedAt().length() >= 10)
					? Dates.parse("startedAt", form.startedAt().substring(0, 10), Dates.today()) : Dates.today();
			candidates = this.rosterQueries.candidates(scope, unit, day);
		}
		model.addAttribute("candidates", candidates);
		model.addAttribute("problems", byField(problems));
		return "patrols/log-new";
	}

	@GetMapping("/logs/candidates")
	String candidates(UnitScope scope, @RequestParam(required = false) @Nullable String unitId,
			@RequestParam(required = false) @Nullable String startedAt, Model model) {
		PatrolLogForm form = new PatrolLogForm(null, unitId, null, startedAt, null, null, null, null, List.of(), null,
				List.of());
		logPage(scope, form, null, List.of(), model);
		return "patrols/log-new :: participants";
	}

	@PostMapping("/logs")
	String createLog(UnitScope scope, @RequestParam(required = false) @Nullable String clientId,
			@RequestParam(required = false) @Nullable String unitId,
			@RequestParam(required = false) @Nullable String shiftId,
			@RequestParam(required = false) @Nullable String startedAt,
			@RequestParam(required = false) @Nullable String endedAt,
			@RequestParam(required = false) @Nullable String area,
			@RequestParam(required = false) @Nullable String route,
			@RequestParam(required = false) @Nullable String findings,
			@RequestParam(name = "participantIds", required = false) @Nullable List<Long> participantIds,
			@RequestParam(required = false) @Nullable Integer participantCount, Model model,
			HttpServletResponse response) {
		PatrolLogForm form = new PatrolLogForm(clientId, unitId, blank(shiftId) ? null : shiftId, startedAt, endedAt,
				area, route, findings, participantIds, participantCount, List.of());
		try {
			PatrolLogView log = this.logs.log(scope, form);
			return "redirect:/patrols/logs/" + log.id();
		}
		catch (GrassrootsException ex) {
			if (ex.fieldProblems().isEmpty()) {
				throw ex;
			}
			response.setStatus(ex.code().status().value());
			ShiftView shift = blank(shiftId) ? null : this.rosterQueries.shift(scope, Params.id("shiftId", shiftId));
			return logPage(scope, form, shift, ex.fieldProblems(), model);
		}
	}

	@GetMapping("/logs/{id}")
	String log(UnitScope scope, @PathVariable long id, Model model) {
		PatrolLogView log = this.logQueries.get(scope, id);
		return logDetail(
				scope, log, new IncidentForm(null, null, TaskGroup.PATROL_TRAFFIC.name(), "PATROL_FINDING",
						Severity.MEDIUM.name(), log.startedAt().toString(), log.area(), null, null, null),
				List.of(), model);
	}

	private String logDetail(UnitScope scope, PatrolLogView log, IncidentForm incident, List<FieldProblem> problems,
			Model model) {
		model.addAttribute("log", log);
		model.addAttribute("incident", incident);
		model.addAttribute("villages", this.units.villages(scope, log.communeId()));
		model.addAttribute("subtypes", this.units.subtypes(model));
		model.addAttribute("severities", Severity.values());
		model.addAttribute("problems", byField(problems));
		return "patrols/log";
	}

	@PostMapping("/logs/{id}/incidents")
	String reportIncident(UnitScope scope, @PathVariable long id, @ModelAttribute("incident") IncidentForm form,
			Model model, HttpServletResponse response) {
		try {
			long incident = this.logs.reportIncident(scope, id, form);
			return "redirect:/operations/incidents/" + incident;
		}
		catch (GrassrootsException ex) {
			if (ex.fieldProblems().isEmpty()) {
				throw ex;
			}
			response.setStatus(ex.code().status().value());
			return logDetail(scope, this.logQueries.get(scope, id), form, ex.fieldProblems(), model);
		}
	}

	@GetMapping("/stats")
	String stats(UnitScope scope, @RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable String unitId, Model model) {
		YearMonth ym = Params.month(month);
		Long unit = Params.id("unitId", unitId);
		model.addAttribute("month", ym);
		model.addAttribute("previous", ym.minusMonths(1));
		model.addAttribute("next", ym.plusMonths(1));
		model.addAttribute("unitId", (unitId != null) ? unitId : "");
		model.addAttribute("units", this.units.choices(scope));
		model.addAttribute("teams", this.statistics.perTeam(scope, ym, unit));
		model.addAttribute("communes", this.statistics.monthly(scope, UnitType.COMMUNE, ym, ym));
		model.addAttribute("provinces", this.statistics.monthly(scope, UnitType.PROVINCE, ym, ym));
		return "patrols/stats";
	}

	private static Map<String, FieldProblem> byField(List<FieldProblem> problems) {
		Map<String, FieldProblem> byField = new LinkedHashMap<>();
		problems.forEach((p) -> byField.putIfAbsent(p.field(), p));
		return byField;
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

}

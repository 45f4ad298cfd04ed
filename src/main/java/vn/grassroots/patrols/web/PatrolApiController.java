package vn.grassroots.patrols.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.grassroots.operations.BulkItemResult;
import vn.grassroots.operations.IncidentForm;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.patrols.CalendarFeeds;
import vn.grassroots.patrols.NightDuties;
import vn.grassroots.patrols.PatrolLogForm;
import vn.grassroots.patrols.PatrolLogQueries;
import vn.grassroots.patrols.PatrolLogService;
import vn.grassroots.patrols.PatrolLogView;
import vn.grassroots.patrols.PatrolMonth;
import vn.grassroots.patrols.PatrolStatistics;
import vn.grassroots.patrols.PlanForm;
import vn.grassroots.patrols.PlanView;
import vn.grassroots.patrols.RosterQueries;
import vn.grassroots.patrols.RosterService;
import vn.grassroots.patrols.ShiftForm;
import vn.grassroots.patrols.ShiftView;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.UnitScope;

/**
 * REST API of patrol plans, roster shifts, patrol logs and their statistics in the
 * caller's scope.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Patrols", description = "Patrol plans, duty rosters, patrol logs (single and bulk), calendars, statistics")
class PatrolApiController {

	private final RosterService rosters;

	private final RosterQueries rosterQueries;

	private final PatrolLogService logs;

	private final PatrolLogQueries logQueries;

	private final PatrolStatistics statistics;

	private final NightDuties nightDuties;

	private final CalendarFeeds feeds;

	PatrolApiController(RosterService rosters, RosterQueries rosterQueries, PatrolLogService logs,
			PatrolLogQueries logQueries, PatrolStatistics statistics, NightDuties nightDuties, CalendarFeeds feeds) {
		this.rosters = rosters;
		this.rosterQueries = rosterQueries;
		this.logs = logs;
		this.logQueries = logQueries;
		this.statistics = statistics;
		this.nightDuties = nightDuties;
		this.feeds = feeds;
	}

	@GetMapping("/patrol-plans")
	@Operation(summary = "Patrol plans in scope", description = "unitId: a team, commune or any unit above (subtree)")
	List<PlanView> plans(@Parameter(hidden = true) UnitScope scope,
			@RequestParam(required = false) @Nullable String unitId) {
		return this.rosterQueries.plans(scope, Params.id("unitId", unitId));
	}

	@PostMapping("/patrol-plans")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a patrol plan of a team or commune police",
			description = "400/422 naming the field; 404 for a unit outside scope")
	PlanView createPlan(@Parameter(hidden = true) UnitScope scope, @RequestBody PlanForm form) {
		return this.rosters.createPlan(scope, form);
	}

	@GetMapping("/patrol-plans/{id}")
	@Operation(summary = "One patrol plan (404 outside scope)")
	PlanView plan(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		return this.rosterQueries.plan(scope, id);
	}

	@GetMapping("/patrol-shifts")
	@Operation(summary = "Roster shifts in scope by start",
			description = "from/to: days (yyyy-MM-dd, default this week); unitId: team, commune or unit above")
	List<ShiftView> shifts(@Parameter(hidden = true) UnitScope scope,
			@RequestParam(required = false) @Nullable String unitId,
			@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		LocalDate f = Dates.parse("from", from, Dates.today().minusDays(Dates.today().getDayOfWeek().getValue() - 1));
		LocalDate t = Dates.parse("to", to, f.plusDays(6));
		if (t.isBefore(f) || t.isAfter(f.plusDays(92))) {
			throw GrassrootsException.badField("to", to, "patrols.validation.range-days", 92);
		}
		return this.rosterQueries.shifts(scope, Params.id("unitId", unitId), f, t);
	}

	@PostMapping("/patrol-shifts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a shift to a plan with its members",
			description = "end at or before start means the next day; night when any part lies in 22:00-06:00."
					+ " Refused with 422 naming the member and the shift: GR-PAT-001 double booking, GR-PAT-002"
					+ " member not active on the date, GR-PAT-003 more night duties in the month than the province's"
					+ " cap.")
	ShiftView addShift(@Parameter(hidden = true) UnitScope scope, @RequestBody ShiftForm form) {
		return this.rosters.addShift(scope, form);
	}

	@GetMapping("/patrol-shifts/{id}")
	@Operation(summary = "One shift (404 outside scope)")
	ShiftView shift(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		return this.rosterQueries.shift(scope, id);
	}

	@DeleteMapping("/patrol-shifts/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a shift that has not been logged (422 naming 'id' otherwise)")
	void removeShift(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		this.rosters.removeShift(scope, id);
	}

	@GetMapping("/patrol-logs")
	@Operation(summary = "Patrol logs in scope, newest first",
			description = "Filters: unitId (team, commune or subtree), from/to (days of the start), night=true|false."
					+ " Paged as {items, total}.")
	PageResult<PatrolLogView> logs(@Parameter(hidden = true) UnitScope scope,
			@RequestParam(required = false) @Nullable String unitId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String night,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		return this.logQueries.list(scope, Params.filter(unitId, from, to, night), PageRequest.of(page, size));
	}

	@PostMapping("/patrol-logs")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record one patrol log",
			description = "shiftId links the roster shift carried out; a clientId sent again answers the existing log")
	PatrolLogView log(@Parameter(hidden = true) UnitScope scope, @RequestBody PatrolLogForm form) {
		return this.logs.log(scope, form);
	}

	@PostMapping("/patrol-logs/bulk")
	@Operation(summary = "Record many patrol logs with client-generated ids",
			description = "Each item is created, a duplicate (its clientId exists already, or came earlier in the batch:"
					+ " nothing is created twice) or rejected with field errors; at most " + PatrolLogService.MAX_BULK
					+ " items. Checked with a constant number of queries and written in one transaction (PostgreSQL:"
					+ " staged with COPY, one insert per table); a batch that fails changes nothing. Recommended"
					+ " clientId: a time-ordered UUID (version 7), which keeps the id index's insertions together"
					+ " (about 1.5x the throughput of random ids at national scale, bench/results.md).")
	Map<String, Object> bulk(@Parameter(hidden = true) UnitScope scope, @RequestBody BulkRequest body, Locale locale) {
		if (body.items() == null) {
			throw GrassrootsException.badField("items", null, "validation.required");
		}
		return BulkItemResult.answer(this.logs.bulk(scope, body.items(), locale));
	}

	@GetMapping("/patrol-logs/{id}")
	@Operation(summary = "One patrol log (404 outside scope)")
	PatrolLogView get(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		return this.logQueries.get(scope, id);
	}

	@PostMapping("/patrol-logs/{id}/incidents")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Report an incident found on the patrol and link it",
			description = "Body as POST /api/v1/incidents; answers the incident id")
	Map<String, Object> reportIncident(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestBody IncidentForm form) {
		return Map.of("incidentId", this.logs.reportIncident(scope, id, form), "patrolLogId", id);
	}

	@GetMapping("/patrol-stats")
	@Operation(summary = "Patrols per month",
			description = "level=COMMUNE or PROVINCE (from the monthly roll-up, months from..to as yyyy-MM) or TEAM"
					+ " (one month: from)")
	List<PatrolMonth> stats(@Parameter(hidden = true) UnitScope scope,
			@RequestParam(required = false) @Nullable String level,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String unitId) {
		UnitType l = (level == null || level.isBlank()) ? UnitType.COMMUNE
				: Params.enumOf(UnitType.class, "level", level);
		YearMonth f = Params.month(from);
		YearMonth t = (to == null || to.isBlank()) ? f : Params.month(to);
		if (l == UnitType.TEAM) {
			return this.statistics.perTeam(scope, f, Params.id("unitId", unitId));
		}
		return this.statistics.monthly(scope, l, f, t);
	}

	@GetMapping("/night-duties")
	@Operation(summary = "Night duties per member in a month",
			description = "memberIds: comma separated; month yyyy-MM. Members outside scope are left out.")
	Map<Long, Integer> nightDuties(@Parameter(hidden = true) UnitScope scope, @RequestParam List<Long> memberIds,
			@RequestParam(required = false) @Nullable String month) {
		if (memberIds.size() > 5000) {
			throw GrassrootsException.badField("memberIds", memberIds.size(), "validation.range", 1, 5000);
		}
		return this.nightDuties.count(scope, memberIds, Params.month(month));
	}

	@PutMapping("/patrol-night-caps/{provinceId}")
	@Operation(summary = "Set a province's night-duty cap from a date",
			description = "Provincial officers and ministry administrators; maxNights 0..31")
	Map<String, Object> setCap(@Parameter(hidden = true) UnitScope scope, @PathVariable long provinceId,
			@RequestBody CapRequest body) {
		this.rosters.setNightCap(scope, provinceId, body.maxNights(), body.validFrom(), body.legalBasis());
		LocalDate from = Dates.parse("validFrom", body.validFrom(), Dates.today());
		return Map.of("provinceId", provinceId, "validFrom", from.toString(), "maxNights",
				this.rosters.nightCap(provinceId, from));
	}

	@PostMapping("/patrol-calendars")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a calendar feed (iCalendar) for a member or team",
			description = "The answer's url carries a random token, shown once; revoke it with DELETE")
	Map<String, Object> createFeed(@Parameter(hidden = true) UnitScope scope, @RequestBody FeedRequest body) {
		CalendarFeeds.Kind kind = Params.enumOf(CalendarFeeds.Kind.class, "kind", body.kind());
		if (body.subjectId() == null) {
			throw GrassrootsException.badField("subjectId", null, "validation.required");
		}
		String token = this.feeds.create(scope, kind, body.subjectId());
		return Map.of("url", "/api/v1/public/patrol-calendars/" + token + ".ics");
	}

	@GetMapping("/patrol-calendars")
	@Operation(summary = "The feed tokens of a member or team (never the tokens themselves)")
	List<CalendarFeeds.FeedToken> feedTokens(@Parameter(hidden = true) UnitScope scope, @RequestParam String kind,
			@RequestParam long subjectId) {
		return this.feeds.tokens(scope, Params.enumOf(CalendarFeeds.Kind.class, "kind", kind), subjectId);
	}

	@DeleteMapping("/patrol-calendars/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke a calendar feed token")
	void revokeFeed(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		this.feeds.revoke(scope, id);
	}

	/**
	 * A bulk batch.
	 *
	 * @param items the patrol logs, each with a client id
	 */
	record BulkRequest(@Nullable List<PatrolLogForm> items) {
	}

	/**
	 * A night-duty cap.
	 *
	 * @param maxNights most night duties per member and month
	 * @param validFrom first day, default today
	 * @param legalBasis resolution or decision
	 */
	record CapRequest(@Nullable Integer maxNights, @Nullable String validFrom, @Nullable String legalBasis) {
	}

	/**
	 * A feed to create.
	 *
	 * @param kind MEMBER or TEAM
	 * @param subjectId member id or TEAM unit id
	 */
	record FeedRequest(@Nullable String kind, @Nullable Long subjectId) {
	}

}

package vn.grassroots.personnel.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.grassroots.personnel.ApplicationView;
import vn.grassroots.personnel.CompositionRules;
import vn.grassroots.personnel.EstablishTeam;
import vn.grassroots.personnel.HolidayService;
import vn.grassroots.personnel.MemberFilter;
import vn.grassroots.personnel.MemberService;
import vn.grassroots.personnel.MemberStatus;
import vn.grassroots.personnel.MemberView;
import vn.grassroots.personnel.MembershipEntry;
import vn.grassroots.personnel.NewApplication;
import vn.grassroots.personnel.NewMember;
import vn.grassroots.personnel.NewSelectionPlan;
import vn.grassroots.personnel.OfficerAssignment;
import vn.grassroots.personnel.OfficerPosition;
import vn.grassroots.personnel.OfficerRank;
import vn.grassroots.personnel.OfficerService;
import vn.grassroots.personnel.OfficerView;
import vn.grassroots.personnel.SelectionPlanView;
import vn.grassroots.personnel.SelectionService;
import vn.grassroots.personnel.StaffingRow;
import vn.grassroots.personnel.StatusChange;
import vn.grassroots.personnel.StatusEntry;
import vn.grassroots.personnel.TeamPosition;
import vn.grassroots.personnel.TeamService;
import vn.grassroots.personnel.TeamView;
import vn.grassroots.personnel.TerminationGround;
import vn.grassroots.personnel.Education;
import vn.grassroots.personnel.Sex;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.SeekPage;
import vn.grassroots.shared.SeekRequest;
import vn.grassroots.shared.UnitScope;

import static vn.grassroots.personnel.web.Requests.date;
import static vn.grassroots.personnel.web.Requests.decision;
import static vn.grassroots.personnel.web.Requests.enumOf;
import static vn.grassroots.personnel.web.Requests.optionalDate;
import static vn.grassroots.personnel.web.Requests.optionalEnum;
import static vn.grassroots.personnel.web.Requests.posting;
import static vn.grassroots.personnel.web.Requests.required;

/**
 * REST API of personnel: teams, members, selection, officers, holidays. Lists answer
 * {@code {items, total}}; citizen ids and phones are masked unless {@code reveal=true}
 * (permitted roles only, audited); ids outside the caller's subtree answer 404.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Personnel", description = "Protection teams, members, selection, commune police officers")
class PersonnelApiController {

	private final TeamService teams;

	private final MemberService members;

	private final SelectionService selection;

	private final OfficerService officers;

	private final HolidayService holidays;

	PersonnelApiController(TeamService teams, MemberService members, SelectionService selection,
			OfficerService officers, HolidayService holidays) {
		this.teams = teams;
		this.members = members;
		this.selection = selection;
		this.officers = officers;
		this.holidays = holidays;
	}

	// teams

	@GetMapping("/teams")
	@Operation(summary = "Protection teams in scope as of a date, with members and composition problems")
	PageResult<TeamView> teams(@Parameter(hidden = true) UnitScope scope,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String asOf,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		return this.teams.list(scope, q, PageRequest.of(page, size));
	}

	@GetMapping("/teams/{id}")
	@Operation(summary = "A team (TEAM unit id) as of a date")
	TeamView team(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestParam(required = false) @Nullable String asOf) {
		return this.teams.get(scope, id);
	}

	@GetMapping("/teams/{id}/history")
	@Operation(summary = "Every assignment the team ever had")
	List<MembershipEntry> teamHistory(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		return this.teams.history(scope, id);
	}

	record DecisionRequest(@Nullable String number, @Nullable String date, @Nullable String signer) {
	}

	record PostingRequest(@Nullable String place, @Nullable String on) {
	}

	record EstablishRequest(@Nullable List<Long> villageIds, @Nullable String name, @Nullable String establishedOn,
			@Nullable DecisionRequest decision, @Nullable PostingRequest posting, @Nullable Long leaderId,
			@Nullable List<Long> deputyIds, @Nullable List<Long> memberIds) {
	}

	@PostMapping("/teams")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Establish a team by the commune chairman's decision",
			description = "Creates the TEAM unit under the first village. 422 naming the field when the composition"
					+ " rules (one leader, min/max members of the province) or other rules are broken.")
	Map<String, Object> establish(@Parameter(hidden = true) UnitScope scope, @RequestBody EstablishRequest body) {
		var decision = decision(body.decision());
		LocalDate day = optionalDate("establishedOn", body.establishedOn(), decision.date());
		long id = this.teams.establish(scope,
				new EstablishTeam((body.villageIds() != null) ? body.villageIds() : List.of(),
						(body.name() != null) ? body.name() : "", day, decision, posting(body.posting()),
						body.leaderId(), (body.deputyIds() != null) ? body.deputyIds() : List.of(),
						(body.memberIds() != null) ? body.memberIds() : List.of()));
		return Map.of("id", id);
	}

	record AssignRequest(@Nullable Long memberId, @Nullable String position, @Nullable String from,
			@Nullable String decisionNumber) {
	}

	@PostMapping("/teams/{id}/members")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Assign a member to the team in a position from a date (ends the previous assignment)")
	Map<String, Object> assign(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestBody AssignRequest body) {
		long member = required("memberId", body.memberId());
		this.teams.assign(scope, id, member, enumOf(TeamPosition.class, "position", body.position()),
				date("from", body.from()), body.decisionNumber());
		return Map.of("teamId", id, "memberId", member);
	}

	record EndRequest(@Nullable String on, @Nullable DecisionRequest decision, @Nullable PostingRequest posting) {
	}

	@PostMapping("/teams/{id}/dissolution")
	@Operation(summary = "Dissolve the team from a date (history is kept)")
	Map<String, Object> dissolve(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestBody EndRequest body) {
		var decision = decision(body.decision());
		this.teams.dissolve(scope, id, optionalDate("on", body.on(), decision.date()), decision,
				posting(body.posting()));
		return Map.of("id", id);
	}

	record MergeRequest(@Nullable List<Long> teamIds, @Nullable String name, @Nullable Long leaderId,
			@Nullable String on, @Nullable DecisionRequest decision, @Nullable PostingRequest posting) {
	}

	@PostMapping("/team-mergers")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Merge teams of one commune into a new team from a date")
	Map<String, Object> merge(@Parameter(hidden = true) UnitScope scope, @RequestBody MergeRequest body) {
		var decision = decision(body.decision());
		long id = this.teams.merge(scope, (body.teamIds() != null) ? body.teamIds() : List.of(),
				(body.name() != null) ? body.name() : "", required("leaderId", body.leaderId()),
				optionalDate("on", body.on(), decision.date()), decision, posting(body.posting()));
		return Map.of("id", id);
	}

	@GetMapping("/composition-rules/{unitId}")
	@Operation(summary = "The team composition rules applying to a unit (its province's, or the defaults)")
	CompositionRules rules(@Parameter(hidden = true) UnitScope scope, @PathVariable long unitId) {
		return this.teams.rules(scope, unitId);
	}

	record RulesRequest(@Nullable Integer minMembers, @Nullable Integer maxMembers) {
	}

	@PutMapping("/composition-rules/{provinceId}")
	@Operation(summary = "Set a province's team composition rules (provincial officers, administrators)")
	CompositionRules setRules(@Parameter(hidden = true) UnitScope scope, @PathVariable long provinceId,
			@RequestBody RulesRequest body) {
		this.teams.setRules(scope, provinceId, required("minMembers", body.minMembers()),
				required("maxMembers", body.maxMembers()));
		return this.teams.rules(scope, provinceId);
	}

	// members

	@GetMapping("/members")
	@Operation(summary = "Members in scope as of a date, by name; citizen id and phone masked unless reveal=true",
			description = "reveal=true needs COMMUNE_CHIEF, PROVINCIAL_OFFICER or MINISTRY_ADMIN and is audited."
					+ " Paged by position: pass the answer's next as after= (or previous as before=);"
					+ " total stops at 10,000 (totalExact false beyond).")
	SeekPage<MemberView> members(@Parameter(hidden = true) UnitScope scope,
			@Parameter(description = "accent-insensitive part of the name") @RequestParam(
					required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Long team, @RequestParam(required = false) @Nullable String asOf,
			@RequestParam(defaultValue = "false") boolean reveal, @RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size,
			@Parameter(description = "next of the previous answer") @RequestParam(
					required = false) @Nullable String after,
			@Parameter(description = "previous of the next answer") @RequestParam(
					required = false) @Nullable String before) {
		SeekRequest paging = SeekRequest.of(page, size, after, before);
		return this.members.list(scope, new MemberFilter(q, optionalEnum(MemberStatus.class, "status", status), team),
				paging, reveal);
	}

	@GetMapping("/members/{id}")
	@Operation(summary = "A member as of a date; reveal=true shows citizen id and phone (audited)")
	MemberView member(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestParam(required = false) @Nullable String asOf,
			@RequestParam(defaultValue = "false") boolean reveal) {
		return this.members.get(scope, id, reveal);
	}

	@GetMapping("/members/{id}/history")
	@Operation(summary = "The member's statuses and team assignments over time")
	Map<String, Object> memberHistory(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		List<StatusEntry> statuses = this.members.statuses(scope, id);
		return Map.of("statuses", statuses, "memberships", this.members.memberships(scope, id));
	}

	record MemberRequest(@Nullable String fullName, @Nullable String birthDate, @Nullable String sex,
			@Nullable String citizenId, @Nullable String phone, @Nullable Long residenceVillageId,
			@Nullable String residenceSince, @Nullable String education, @Nullable String healthCertificateOn,
			@Nullable String previousService, @Nullable String registeredOn) {
	}

	@PostMapping("/members")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a person as an applicant",
			description = "The citizen id must have 12 digits: province code 001-096, century/sex digit and"
					+ " year digits matching the birth date and sex.")
	Map<String, Object> register(@Parameter(hidden = true) UnitScope scope, @RequestBody MemberRequest body) {
		long id = this.members.register(scope,
				new NewMember((body.fullName() != null) ? body.fullName() : "", date("birthDate", body.birthDate()),
						enumOf(Sex.class, "sex", body.sex()), (body.citizenId() != null) ? body.citizenId().trim() : "",
						body.phone(), required("residenceVillageId", body.residenceVillageId()),
						optionalDate("residenceSince", body.residenceSince(), null),
						enumOf(Education.class, "education", body.education()),
						optionalDate("healthCertificateOn", body.healthCertificateOn(), null), body.previousService(),
						optionalDate("registeredOn", body.registeredOn(), Dates.today())));
		return Map.of("id", id);
	}

	record StatusRequest(@Nullable String status, @Nullable String from, @Nullable String ground, @Nullable String note,
			@Nullable DecisionRequest decision, @Nullable PostingRequest posting, @Nullable String requestedOn) {
	}

	@PostMapping("/members/{id}/statuses")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Change a member's status from a date",
			description = "TERMINATED needs a ground A-D (Law 30/2023 art. 17(3)); RESIGNED is ground A.")
	Map<String, Object> changeStatus(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestBody StatusRequest body) {
		MemberStatus status = enumOf(MemberStatus.class, "status", body.status());
		this.members.changeStatus(scope, id,
				new StatusChange(status, date("from", body.from()),
						optionalEnum(TerminationGround.class, "ground", body.ground()), body.note(),
						(body.decision() != null) ? decision(body.decision()) : null, posting(body.posting()),
						optionalDate("requestedOn", body.requestedOn(), null)));
		return Map.of("id", id, "status", status);
	}

	// selection

	@GetMapping("/selection-plans")
	@Operation(summary = "Selection plans in scope")
	PageResult<SelectionPlanView> plans(@Parameter(hidden = true) UnitScope scope,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		return this.selection.plans(scope, PageRequest.of(page, size));
	}

	@GetMapping("/selection-plans/{id}")
	@Operation(summary = "A plan with its applications, eligibility (at 'on', default council date), ranks and"
			+ " statutory time limits")
	Map<String, Object> plan(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestParam(required = false) @Nullable String on) {
		SelectionPlanView plan = this.selection.plan(scope, id);
		List<ApplicationView> applications = this.selection.applications(scope, id, optionalDate("on", on, null));
		return Map.of("plan", plan, "applications", applications);
	}

	record PlanRequest(@Nullable Long communeId, @Nullable String title, @Nullable Integer quota,
			@Nullable String receiveFrom, @Nullable String receiveTo, @Nullable String councilOn,
			@Nullable String approvedOn, @Nullable PostingRequest posting, @Nullable Boolean hardshipArea) {
	}

	@PostMapping("/selection-plans")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a commune's selection plan")
	Map<String, Object> createPlan(@Parameter(hidden = true) UnitScope scope, @RequestBody PlanRequest body) {
		long id = this.selection.createPlan(scope, new NewSelectionPlan(required("communeId", body.communeId()),
				(body.title() != null) ? body.title() : "", required("quota", body.quota()),
				date("receiveFrom", body.receiveFrom()), date("receiveTo", body.receiveTo()),
				optionalDate("councilOn", body.councilOn(), null), optionalDate("approvedOn", body.approvedOn(), null),
				posting(body.posting()), Boolean.TRUE.equals(body.hardshipArea())));
		return Map.of("id", id);
	}

	record ApplicationRequest(@Nullable Long memberId, @Nullable String receivedOn, @Nullable Boolean applicationForm,
			@Nullable Boolean personalHistory, @Nullable Boolean healthCertificate,
			@Nullable Boolean educationCertificate, @Nullable Boolean noProsecutionDeclared,
			@Nullable Boolean over70Approved) {
	}

	@PostMapping("/selection-plans/{id}/applications")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "File an application with its dossier checklist")
	Map<String, Object> apply(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestBody ApplicationRequest body) {
		long app = this.selection.apply(scope, id,
				new NewApplication(required("memberId", body.memberId()), date("receivedOn", body.receivedOn()),
						Boolean.TRUE.equals(body.applicationForm()), Boolean.TRUE.equals(body.personalHistory()),
						Boolean.TRUE.equals(body.healthCertificate()), Boolean.TRUE.equals(body.educationCertificate()),
						Boolean.TRUE.equals(body.noProsecutionDeclared()), Boolean.TRUE.equals(body.over70Approved())));
		return Map.of("id", app);
	}

	@GetMapping("/applications/{id}")
	@Operation(summary = "An application with its eligibility at 'on' (default: decision or council date)")
	ApplicationView application(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestParam(required = false) @Nullable String on) {
		return this.selection.application(scope, id, optionalDate("on", on, null));
	}

	record VoteRequest(@Nullable Integer present, @Nullable Integer votes, @Nullable String minutesOn) {
	}

	@PostMapping("/applications/{id}/vote")
	@Operation(summary = "Record the selection council's vote (passes with more than half of those present)")
	ApplicationView vote(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestBody VoteRequest body) {
		this.selection.vote(scope, id, required("present", body.present()), required("votes", body.votes()),
				date("minutesOn", body.minutesOn()));
		return this.selection.application(scope, id, null);
	}

	record ProposalRequest(@Nullable String proposedOn) {
	}

	@PostMapping("/applications/{id}/proposal")
	@Operation(summary = "Record the day the commune police sent the proposal to the chairman")
	ApplicationView propose(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestBody ProposalRequest body) {
		this.selection.propose(scope, id, date("proposedOn", body.proposedOn()));
		return this.selection.application(scope, id, null);
	}

	record DecideRequest(@Nullable DecisionRequest decision, @Nullable PostingRequest posting, @Nullable Long teamId,
			@Nullable String position) {
	}

	@PostMapping("/applications/{id}/decision")
	@Operation(summary = "Record the chairman's decision: the member becomes active (optionally joins a team)")
	ApplicationView decide(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestBody DecideRequest body) {
		this.selection.decide(scope, id, decision(body.decision()), posting(body.posting()), body.teamId(),
				optionalEnum(TeamPosition.class, "position", body.position()));
		return this.selection.application(scope, id, null);
	}

	// officers

	@GetMapping("/officers")
	@Operation(summary = "Commune police officers assigned in scope as of a date; phones masked unless reveal=true")
	PageResult<OfficerView> officers(@Parameter(hidden = true) UnitScope scope,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Long unit,
			@RequestParam(required = false) @Nullable String asOf, @RequestParam(defaultValue = "false") boolean reveal,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		return this.officers.list(scope, q, unit, PageRequest.of(page, size), reveal);
	}

	@GetMapping("/officers/{id}/assignments")
	@Operation(summary = "An officer's assignment history")
	List<OfficerAssignment> officerHistory(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		return this.officers.history(scope, id);
	}

	record OfficerRequest(@Nullable String fullName, @Nullable String birthDate, @Nullable String phone,
			@Nullable Long unitId, @Nullable String position, @Nullable String rank, @Nullable String from,
			@Nullable String decision) {
	}

	@PostMapping("/officers")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record an officer with a first assignment")
	Map<String, Object> createOfficer(@Parameter(hidden = true) UnitScope scope, @RequestBody OfficerRequest body) {
		long id = this.officers.create(scope, (body.fullName() != null) ? body.fullName() : "",
				optionalDate("birthDate", body.birthDate(), null), body.phone(), required("unitId", body.unitId()),
				enumOf(OfficerPosition.class, "position", body.position()),
				enumOf(OfficerRank.class, "rank", body.rank()), date("from", body.from()), body.decision());
		return Map.of("id", id);
	}

	@PostMapping("/officers/{id}/assignments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A new assignment (transfer, promotion) from a date; the current one ends")
	List<OfficerAssignment> reassign(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestBody OfficerRequest body) {
		this.officers.reassign(scope, id, required("unitId", body.unitId()),
				enumOf(OfficerPosition.class, "position", body.position()),
				enumOf(OfficerRank.class, "rank", body.rank()), date("from", body.from()), body.decision());
		return this.officers.history(scope, id);
	}

	@GetMapping("/officers/staffing")
	@Operation(summary = "Officers per commune police unit in scope against the norm, most understaffed first")
	PageResult<StaffingRow> staffing(@Parameter(hidden = true) UnitScope scope,
			@RequestParam(required = false) @Nullable String asOf,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		return this.officers.staffing(scope, PageRequest.of(page, size));
	}

	// holidays

	@GetMapping("/holidays")
	@Operation(summary = "Public holidays and swapped working Saturdays of a year")
	PageResult<HolidayService.CalendarDay> holidays(@RequestParam(required = false) @Nullable String year) {
		int y = Requests.year(year);
		List<HolidayService.CalendarDay> days = this.holidays.year(y);
		return new PageResult<>(days, days.size());
	}

	record HolidayRequest(@Nullable String day, @Nullable String kind, @Nullable String name, @Nullable String note) {
	}

	@PostMapping("/holidays")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record or replace a special day (ministry administrators)")
	HolidayService.CalendarDay putHoliday(@Parameter(hidden = true) UnitScope scope, @RequestBody HolidayRequest body) {
		HolidayService.CalendarDay day = new HolidayService.CalendarDay(date("day", body.day()),
				(body.kind() != null) ? body.kind().trim().toUpperCase(java.util.Locale.ROOT) : "HOLIDAY",
				(body.name() != null) ? body.name() : "", body.note());
		this.holidays.put(scope, day);
		return day;
	}

}

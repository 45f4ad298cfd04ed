package vn.grassroots.personnel.web;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.grassroots.organisation.UnitFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.personnel.Decision;
import vn.grassroots.personnel.Education;
import vn.grassroots.personnel.EstablishTeam;
import vn.grassroots.personnel.MemberFilter;
import vn.grassroots.personnel.NewApplication;
import vn.grassroots.personnel.NewMember;
import vn.grassroots.personnel.NewSelectionPlan;
import vn.grassroots.personnel.Posting;
import vn.grassroots.personnel.Sex;
import vn.grassroots.personnel.StatusChange;
import vn.grassroots.personnel.TerminationGround;
import vn.grassroots.shared.Dates;
import vn.grassroots.personnel.MemberService;
import vn.grassroots.personnel.MemberStatus;
import vn.grassroots.personnel.MemberView;
import vn.grassroots.personnel.OfficerService;
import vn.grassroots.personnel.SelectionService;
import vn.grassroots.personnel.TeamService;
import vn.grassroots.personnel.TeamView;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.SeekPage;
import vn.grassroots.shared.SeekRequest;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;

/**
 * Pages of personnel: teams, members (accent-insensitive live search, masked personal
 * data with an audited reveal), selection plans with eligibility and time limits,
 * officers with staffing.
 */
@Controller
@RequestMapping("/personnel")
class PersonnelController {

	private final TeamService teams;

	private final MemberService members;

	private final SelectionService selection;

	private final OfficerService officers;

	private final UnitQueries units;

	PersonnelController(TeamService teams, MemberService members, SelectionService selection, OfficerService officers,
			UnitQueries units) {
		this.teams = teams;
		this.members = members;
		this.selection = selection;
		this.officers = officers;
		this.units = units;
	}

	@GetMapping
	String index() {
		return "redirect:/personnel/members";
	}

	@GetMapping("/teams")
	String teams(UnitScope scope, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		PageRequest paging = PageRequest.of(page, "25");
		PageResult<TeamView> result = this.teams.list(scope, q, paging);
		model.addAttribute("result", result);
		model.addAttribute("q", (q != null) ? q : "");
		paging(model, paging, result.total());
		return "true".equals(htmx) ? "personnel/teams/list :: results" : "personnel/teams/list";
	}

	@GetMapping("/teams/new")
	String newTeam(UnitScope scope, Model model) {
		model.addAttribute("villages",
				this.units.list(scope, new UnitFilter(UnitType.VILLAGE, null, null), PageRequest.of("0", "200"))
					.items());
		java.util.List<MemberView> candidates = new java.util.ArrayList<>();
		for (MemberStatus status : java.util.List.of(MemberStatus.SELECTED, MemberStatus.ACTIVE)) {
			this.members.list(scope, new MemberFilter(null, status, null), SeekRequest.first(200), false)
				.items()
				.stream()
				.filter((m) -> m.teamId() == null)
				.forEach(candidates::add);
		}
		model.addAttribute("candidates", candidates);
		model.addAttribute("today", Dates.today());
		return "personnel/teams/new";
	}

	@PostMapping("/teams")
	String establish(UnitScope scope, @RequestParam(required = false) java.util.@Nullable List<Long> villageIds,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String decisionNumber,
			@RequestParam(required = false) @Nullable String decisionDate,
			@RequestParam(required = false) @Nullable String decisionSigner,
			@RequestParam(required = false) @Nullable String postedPlace,
			@RequestParam(required = false) @Nullable String postedOn,
			@RequestParam(required = false) @Nullable Long leaderId,
			@RequestParam(required = false) java.util.@Nullable List<Long> deputyIds,
			@RequestParam(required = false) java.util.@Nullable List<Long> memberIds) {
		Decision decision = new Decision((decisionNumber != null) ? decisionNumber : "",
				Requests.date("decisionDate", decisionDate), (decisionSigner != null) ? decisionSigner : "");
		java.util.List<Long> deputies = (deputyIds != null) ? deputyIds : java.util.List.of();
		java.util.List<Long> others = new java.util.ArrayList<>((memberIds != null) ? memberIds : java.util.List.of());
		others.removeIf((id) -> id.equals(leaderId) || deputies.contains(id));
		long id = this.teams.establish(scope,
				new EstablishTeam((villageIds != null) ? villageIds : java.util.List.of(), (name != null) ? name : "",
						decision.date(), decision,
						new Posting(postedPlace, Requests.optionalDate("postedOn", postedOn, null)), leaderId, deputies,
						others));
		return "redirect:/personnel/teams/" + id;
	}

	@GetMapping("/teams/{id}")
	String team(UnitScope scope, @PathVariable long id, Model model) {
		model.addAttribute("team", this.teams.get(scope, id));
		model.addAttribute("history", this.teams.history(scope, id));
		// members who may join: selected (the decision is made) or active elsewhere in
		// scope
		java.util.List<vn.grassroots.personnel.MemberView> candidates = new java.util.ArrayList<>();
		for (vn.grassroots.personnel.MemberStatus status : java.util.List
			.of(vn.grassroots.personnel.MemberStatus.SELECTED, vn.grassroots.personnel.MemberStatus.ACTIVE)) {
			candidates.addAll(
					this.members
						.list(scope, new vn.grassroots.personnel.MemberFilter(null, status, null),
								SeekRequest.first(200), false)
						.items());
		}
		model.addAttribute("candidates", candidates);
		model.addAttribute("otherTeams",
				this.teams.list(scope, null, vn.grassroots.shared.PageRequest.of("0", "50"))
					.items()
					.stream()
					.filter((t) -> t.teamId() != id && t.endedOn() == null)
					.toList());
		model.addAttribute("positions", vn.grassroots.personnel.TeamPosition.values());
		model.addAttribute("today", vn.grassroots.shared.Dates.today());
		return "personnel/teams/detail";
	}

	@PostMapping("/teams/{id}/dissolution")
	String dissolve(UnitScope scope, @PathVariable long id,
			@org.springframework.web.bind.annotation.RequestParam(
					required = false) @org.jspecify.annotations.Nullable String on,
			@org.springframework.web.bind.annotation.RequestParam(
					required = false) @org.jspecify.annotations.Nullable String decisionNumber,
			@org.springframework.web.bind.annotation.RequestParam(
					required = false) @org.jspecify.annotations.Nullable String decisionSigner,
			@org.springframework.web.bind.annotation.RequestParam(
					required = false) @org.jspecify.annotations.Nullable String postedPlace) {
		java.time.LocalDate day = vn.grassroots.shared.Dates.parse("on", on, vn.grassroots.shared.Dates.today());
		this.teams.dissolve(scope, id, day, decision(decisionNumber, day, decisionSigner),
				new vn.grassroots.personnel.Posting(blank(postedPlace), (blank(postedPlace) != null) ? day : null));
		return "redirect:/personnel/teams/" + id;
	}

	@PostMapping("/teams/{id}/merger")
	String merge(UnitScope scope, @PathVariable long id,
			@org.springframework.web.bind.annotation.RequestParam(
					required = false) @org.jspecify.annotations.Nullable Long other,
			@org.springframework.web.bind.annotation.RequestParam(
					required = false) @org.jspecify.annotations.Nullable String name,
			@org.springframework.web.bind.annotation.RequestParam(
					required = false) @org.jspecify.annotations.Nullable Long leader,
			@org.springframework.web.bind.annotation.RequestParam(
					required = false) @org.jspecify.annotations.Nullable String on,
			@org.springframework.web.bind.annotation.RequestParam(
					required = false) @org.jspecify.annotations.Nullable String decisionNumber,
			@org.springframework.web.bind.annotation.RequestParam(
					required = false) @org.jspecify.annotations.Nullable String decisionSigner) {
		if (other == null) {
			throw vn.grassroots.shared.GrassrootsException.badField("other", null, "validation.required");
		}
		if (leader == null) {
			throw vn.grassroots.shared.GrassrootsException.badField("leader", null, "validation.required");
		}
		java.time.LocalDate day = vn.grassroots.shared.Dates.parse("on", on, vn.grassroots.shared.Dates.today());
		long merged = this.teams.merge(scope, java.util.List.of(id, other), (name != null) ? name : "", leader, day,
				decision(decisionNumber, day, decisionSigner), vn.grassroots.personnel.Posting.NONE);
		return "redirect:/personnel/teams/" + merged;
	}

	private static vn.grassroots.personnel.Decision decision(@org.jspecify.annotations.Nullable String number,
			java.time.LocalDate day, @org.jspecify.annotations.Nullable String signer) {
		if (blank(number) == null) {
			throw vn.grassroots.shared.GrassrootsException.badField("decisionNumber", number, "validation.required");
		}
		if (blank(signer) == null) {
			throw vn.grassroots.shared.GrassrootsException.badField("decisionSigner", signer, "validation.required");
		}
		return new vn.grassroots.personnel.Decision(number.trim(), day, signer.trim());
	}

	private static @org.jspecify.annotations.Nullable String blank(@org.jspecify.annotations.Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	@PostMapping("/teams/{id}/members")
	String assign(UnitScope scope, @PathVariable long id,
			@org.springframework.web.bind.annotation.RequestParam long member,
			@org.springframework.web.bind.annotation.RequestParam(
					required = false) @org.jspecify.annotations.Nullable String position,
			@org.springframework.web.bind.annotation.RequestParam(
					required = false) @org.jspecify.annotations.Nullable String from,
			@org.springframework.web.bind.annotation.RequestParam(
					required = false) @org.jspecify.annotations.Nullable String decisionNumber) {
		vn.grassroots.personnel.TeamPosition parsed = Requests.enumOf(vn.grassroots.personnel.TeamPosition.class,
				"position", position);
		this.teams.assign(scope, id, member, parsed,
				vn.grassroots.shared.Dates.parse("from", from, vn.grassroots.shared.Dates.today()),
				(decisionNumber != null && !decisionNumber.isBlank()) ? decisionNumber.trim() : null);
		return "redirect:/personnel/teams/" + id;
	}

	@GetMapping("/members")
	String members(UnitScope scope, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String after,
			@RequestParam(required = false) @Nullable String before,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		SeekRequest paging = SeekRequest.of(page, "25", after, before);
		MemberStatus parsed = Requests.optionalEnum(MemberStatus.class, "status", status);
		SeekPage<MemberView> result = this.members.list(scope, new MemberFilter(q, parsed, null), paging, false);
		model.addAttribute("result", result);
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("status", (parsed != null) ? parsed.name() : "");
		model.addAttribute("statuses", MemberStatus.values());
		return "true".equals(htmx) ? "personnel/members/list :: results" : "personnel/members/list";
	}

	@GetMapping("/members/new")
	String newMember(UnitScope scope, Model model) {
		model.addAttribute("villages",
				this.units.list(scope, new UnitFilter(UnitType.VILLAGE, null, null), PageRequest.of("0", "200"))
					.items());
		model.addAttribute("educations", Education.values());
		model.addAttribute("today", Dates.today());
		return "personnel/members/new";
	}

	@PostMapping("/members")
	String register(UnitScope scope, @RequestParam(required = false) @Nullable String fullName,
			@RequestParam(required = false) @Nullable String birthDate,
			@RequestParam(required = false) @Nullable String sex,
			@RequestParam(required = false) @Nullable String citizenId,
			@RequestParam(required = false) @Nullable String phone,
			@RequestParam(required = false) @Nullable Long residenceVillageId,
			@RequestParam(required = false) @Nullable String residenceSince,
			@RequestParam(required = false) @Nullable String education,
			@RequestParam(required = false) @Nullable String healthCertificateOn,
			@RequestParam(required = false) @Nullable String previousService) {
		long id = this.members.register(scope,
				new NewMember((fullName != null) ? fullName : "", Requests.date("birthDate", birthDate),
						Requests.enumOf(Sex.class, "sex", sex), (citizenId != null) ? citizenId.trim() : "", phone,
						Requests.required("residenceVillageId", residenceVillageId),
						Requests.optionalDate("residenceSince", residenceSince, null),
						Requests.enumOf(Education.class, "education", education),
						Requests.optionalDate("healthCertificateOn", healthCertificateOn, null), previousService,
						Dates.today()));
		return "redirect:/personnel/members/" + id;
	}

	@PostMapping("/members/{id}/statuses")
	String changeStatus(UnitScope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String ground,
			@RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable String decisionNumber,
			@RequestParam(required = false) @Nullable String decisionDate,
			@RequestParam(required = false) @Nullable String decisionSigner,
			@RequestParam(required = false) @Nullable String postedPlace,
			@RequestParam(required = false) @Nullable String postedOn,
			@RequestParam(required = false) @Nullable String requestedOn) {
		Decision decision = (decisionNumber != null && !decisionNumber.isBlank())
				? new Decision(decisionNumber, Requests.optionalDate("decisionDate", decisionDate, Dates.today()),
						(decisionSigner != null) ? decisionSigner : "")
				: null;
		this.members.changeStatus(scope, id,
				new StatusChange(Requests.enumOf(MemberStatus.class, "status", status), Requests.date("from", from),
						Requests.optionalEnum(TerminationGround.class, "ground", ground), note, decision,
						new Posting(postedPlace, Requests.optionalDate("postedOn", postedOn, null)),
						Requests.optionalDate("requestedOn", requestedOn, null)));
		return "redirect:/personnel/members/" + id;
	}

	@GetMapping("/members/{id}")
	String member(UnitScope scope, @PathVariable long id, @RequestParam(defaultValue = "false") boolean reveal,
			Model model) {
		model.addAttribute("member", this.members.get(scope, id, reveal));
		model.addAttribute("statuses", this.members.statuses(scope, id));
		model.addAttribute("memberships", this.members.memberships(scope, id));
		model.addAttribute("allStatuses", MemberStatus.values());
		model.addAttribute("grounds", TerminationGround.values());
		model.addAttribute("today", Dates.today());
		model.addAttribute("mayWrite", scope.has(Role.COMMUNE_CHIEF) || scope.has(Role.COMMUNE_OFFICER)
				|| scope.has(Role.PROVINCIAL_OFFICER) || scope.has(Role.MINISTRY_ADMIN));
		model.addAttribute("mayReveal",
				scope.has(Role.COMMUNE_CHIEF) || scope.has(Role.PROVINCIAL_OFFICER) || scope.has(Role.MINISTRY_ADMIN));
		return "personnel/members/detail";
	}

	@GetMapping("/selection-plans")
	String plans(UnitScope scope, @RequestParam(required = false) @Nullable String page, Model model) {
		PageRequest paging = PageRequest.of(page, "25");
		var result = this.selection.plans(scope, paging);
		model.addAttribute("result", result);
		model.addAttribute("communes",
				this.units.list(scope, new UnitFilter(UnitType.COMMUNE, null, null), PageRequest.of("0", "200"))
					.items());
		paging(model, paging, result.total());
		return "personnel/selection/list";
	}

	@GetMapping("/selection-plans/{id}")
	String plan(UnitScope scope, @PathVariable long id, Model model) {
		model.addAttribute("plan", this.selection.plan(scope, id));
		model.addAttribute("applications", this.selection.applications(scope, id, null));
		model.addAttribute("applicants",
				this.members
					.list(scope, new MemberFilter(null, MemberStatus.APPLICANT, null), SeekRequest.first(200), false)
					.items());
		model.addAttribute("today", Dates.today());
		return "personnel/selection/detail";
	}

	@PostMapping("/selection-plans")
	String createPlan(UnitScope scope, @RequestParam(required = false) @Nullable Long communeId,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable Integer quota,
			@RequestParam(required = false) @Nullable String receiveFrom,
			@RequestParam(required = false) @Nullable String receiveTo,
			@RequestParam(required = false) @Nullable String councilOn,
			@RequestParam(required = false) @Nullable String postedPlace,
			@RequestParam(required = false) @Nullable String postedOn,
			@RequestParam(defaultValue = "false") boolean hardshipArea) {
		long id = this.selection.createPlan(scope,
				new NewSelectionPlan(Requests.required("communeId", communeId), (title != null) ? title : "",
						Requests.required("quota", quota), Requests.date("receiveFrom", receiveFrom),
						Requests.date("receiveTo", receiveTo), Requests.optionalDate("councilOn", councilOn, null),
						null, new Posting(postedPlace, Requests.optionalDate("postedOn", postedOn, null)),
						hardshipArea));
		return "redirect:/personnel/selection-plans/" + id;
	}

	@PostMapping("/selection-plans/{id}/applications")
	String apply(UnitScope scope, @PathVariable long id, @RequestParam(required = false) @Nullable Long memberId,
			@RequestParam(required = false) @Nullable String receivedOn,
			@RequestParam(defaultValue = "false") boolean applicationForm,
			@RequestParam(defaultValue = "false") boolean personalHistory,
			@RequestParam(defaultValue = "false") boolean healthCertificate,
			@RequestParam(defaultValue = "false") boolean educationCertificate,
			@RequestParam(defaultValue = "false") boolean noProsecutionDeclared,
			@RequestParam(defaultValue = "false") boolean over70Approved) {
		this.selection.apply(scope, id,
				new NewApplication(Requests.required("memberId", memberId), Requests.date("receivedOn", receivedOn),
						applicationForm, personalHistory, healthCertificate, educationCertificate,
						noProsecutionDeclared, over70Approved));
		return "redirect:/personnel/selection-plans/" + id;
	}

	@PostMapping("/applications/{id}/vote")
	String vote(UnitScope scope, @PathVariable long id, @RequestParam(required = false) @Nullable Integer present,
			@RequestParam(required = false) @Nullable Integer votes,
			@RequestParam(required = false) @Nullable String minutesOn) {
		this.selection.vote(scope, id, Requests.required("present", present), Requests.required("votes", votes),
				Requests.date("minutesOn", minutesOn));
		return "redirect:/personnel/selection-plans/" + this.selection.application(scope, id, null).planId();
	}

	@PostMapping("/applications/{id}/proposal")
	String propose(UnitScope scope, @PathVariable long id,
			@RequestParam(required = false) @Nullable String proposedOn) {
		this.selection.propose(scope, id, Requests.date("proposedOn", proposedOn));
		return "redirect:/personnel/selection-plans/" + this.selection.application(scope, id, null).planId();
	}

	@PostMapping("/applications/{id}/decision")
	String decide(UnitScope scope, @PathVariable long id,
			@RequestParam(required = false) @Nullable String decisionNumber,
			@RequestParam(required = false) @Nullable String decisionDate,
			@RequestParam(required = false) @Nullable String decisionSigner,
			@RequestParam(required = false) @Nullable String postedPlace,
			@RequestParam(required = false) @Nullable String postedOn) {
		this.selection.decide(scope, id,
				new Decision((decisionNumber != null) ? decisionNumber : "",
						Requests.date("decisionDate", decisionDate), (decisionSigner != null) ? decisionSigner : ""),
				new Posting(postedPlace, Requests.optionalDate("postedOn", postedOn, null)), null, null);
		return "redirect:/personnel/selection-plans/" + this.selection.application(scope, id, null).planId();
	}

	@GetMapping("/officers")
	String officers(UnitScope scope, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Long unit, @RequestParam(required = false) @Nullable String page,
			Model model) {
		PageRequest paging = PageRequest.of(page, "50");
		var result = this.officers.list(scope, q, unit, paging, false);
		model.addAttribute("result", result);
		model.addAttribute("staffing", this.officers.staffing(scope, PageRequest.of("0", "200")));
		model.addAttribute("norm", this.officers.norm());
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("unit", unit);
		paging(model, paging, result.total());
		return "personnel/officers/list";
	}

	private static void paging(Model model, PageRequest paging, long total) {
		model.addAttribute("page", paging.page());
		model.addAttribute("pages", Math.max(1, (total + paging.size() - 1) / paging.size()));
	}

}

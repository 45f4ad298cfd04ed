package vn.grassroots.personnel.web;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.grassroots.personnel.MemberFilter;
import vn.grassroots.personnel.MemberService;
import vn.grassroots.personnel.MemberStatus;
import vn.grassroots.personnel.MemberView;
import vn.grassroots.personnel.OfficerService;
import vn.grassroots.personnel.SelectionService;
import vn.grassroots.personnel.TeamService;
import vn.grassroots.personnel.TeamView;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
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

	PersonnelController(TeamService teams, MemberService members, SelectionService selection, OfficerService officers) {
		this.teams = teams;
		this.members = members;
		this.selection = selection;
		this.officers = officers;
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

	@GetMapping("/teams/{id}")
	String team(UnitScope scope, @PathVariable long id, Model model) {
		model.addAttribute("team", this.teams.get(scope, id));
		model.addAttribute("history", this.teams.history(scope, id));
		return "personnel/teams/detail";
	}

	@GetMapping("/members")
	String members(UnitScope scope, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		PageRequest paging = PageRequest.of(page, "25");
		MemberStatus parsed = Requests.optionalEnum(MemberStatus.class, "status", status);
		PageResult<MemberView> result = this.members.list(scope, new MemberFilter(q, parsed, null), paging, false);
		model.addAttribute("result", result);
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("status", (parsed != null) ? parsed.name() : "");
		model.addAttribute("statuses", MemberStatus.values());
		paging(model, paging, result.total());
		return "true".equals(htmx) ? "personnel/members/list :: results" : "personnel/members/list";
	}

	@GetMapping("/members/{id}")
	String member(UnitScope scope, @PathVariable long id, @RequestParam(defaultValue = "false") boolean reveal,
			Model model) {
		model.addAttribute("member", this.members.get(scope, id, reveal));
		model.addAttribute("statuses", this.members.statuses(scope, id));
		model.addAttribute("memberships", this.members.memberships(scope, id));
		model.addAttribute("mayReveal",
				scope.has(Role.COMMUNE_CHIEF) || scope.has(Role.PROVINCIAL_OFFICER) || scope.has(Role.MINISTRY_ADMIN));
		return "personnel/members/detail";
	}

	@GetMapping("/selection-plans")
	String plans(UnitScope scope, @RequestParam(required = false) @Nullable String page, Model model) {
		PageRequest paging = PageRequest.of(page, "25");
		var result = this.selection.plans(scope, paging);
		model.addAttribute("result", result);
		paging(model, paging, result.total());
		return "personnel/selection/list";
	}

	@GetMapping("/selection-plans/{id}")
	String plan(UnitScope scope, @PathVariable long id, Model model) {
		model.addAttribute("plan", this.selection.plan(scope, id));
		model.addAttribute("applications", this.selection.applications(scope, id, null));
		return "personnel/selection/detail";
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

package vn.grassroots.welfare.web;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.UnitScope;
import vn.grassroots.welfare.AllowanceRuns;
import vn.grassroots.welfare.Claims;
import vn.grassroots.welfare.Policies;
import vn.grassroots.welfare.RunStatus;
import vn.grassroots.welfare.RunView;
import vn.grassroots.welfare.internal.In;

/**
 * Pages: the allowance runs in scope with the year's budget and forecast, one run with
 * its lines and changes, and the claims with their time limits.
 */
@Controller
@RequestMapping("/welfare")
class WelfarePageController {

	private final AllowanceRuns runs;

	private final Claims claims;

	private final Policies policies;

	WelfarePageController(AllowanceRuns runs, Claims claims, Policies policies) {
		this.runs = runs;
		this.claims = claims;
		this.policies = policies;
	}

	@GetMapping("/policies")
	String policies(UnitScope scope, Model model) {
		model.addAttribute("provinces", this.policies.forCaller(scope));
		model.addAttribute("areas", this.policies.hardshipAreas(scope));
		return "welfare/policies";
	}

	@GetMapping
	String index(UnitScope scope, @RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String page, Model model) {
		int y = WelfareApiController.year(year, scope);
		model.addAttribute("runs", this.runs.list(scope, PageRequest.of(page, "50")));
		model.addAttribute("budget", this.runs.budget(scope, y));
		return "welfare/index";
	}

	@GetMapping("/runs/{id}")
	String run(UnitScope scope, @PathVariable long id, Model model) {
		model.addAttribute("run", this.runs.get(scope, id));
		model.addAttribute("lines", this.runs.lines(scope, id));
		model.addAttribute("changes", this.runs.changes(scope, id));
		model.addAttribute("policy", this.policies.get(this.runs.get(scope, id).policyId()));
		model.addAttribute("next", next(this.runs.get(scope, id).status()));
		return "welfare/run";
	}

	@PostMapping("/runs")
	String compute(UnitScope scope, @RequestParam(required = false) @Nullable Long commune,
			@RequestParam(required = false) @Nullable String month) {
		RunView run = this.runs.compute(scope, (commune != null) ? commune : scope.unitId(), month);
		return "redirect:/welfare/runs/" + run.id();
	}

	@PostMapping("/runs/{id}/status")
	String advance(UnitScope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String status) {
		this.runs.advance(scope, id, In.enumValue("status", status, RunStatus.class));
		return "redirect:/welfare/runs/" + id;
	}

	@PostMapping("/runs/{id}/night-duties")
	String nightDuty(UnitScope scope, @PathVariable long id, @RequestParam(required = false) @Nullable Long memberId,
			@RequestParam(required = false) @Nullable Integer nights,
			@RequestParam(required = false) @Nullable Integer holidayDays,
			@RequestParam(required = false) @Nullable Integer hazardousDays,
			@RequestParam(required = false) @Nullable Integer workingDays) {
		RunView run = this.runs.get(scope, id);
		this.runs.recordNightDuty(scope, new AllowanceRuns.NightDuty(memberId, run.month().toString().substring(0, 7),
				nights, holidayDays, hazardousDays, workingDays));
		return "redirect:/welfare/runs/" + id;
	}

	static @Nullable RunStatus next(RunStatus status) {
		return switch (status) {
			case COMPUTED -> RunStatus.REVIEWED;
			case REVIEWED -> RunStatus.APPROVED;
			case APPROVED -> RunStatus.LOCKED;
			case LOCKED -> null;
		};
	}

	@GetMapping("/claims")
	String claims(UnitScope scope, @RequestParam(required = false) @Nullable String page, Model model) {
		model.addAttribute("claims", this.claims.list(scope, PageRequest.of(page, "50")));
		model.addAttribute("members", scope.canWrite() ? this.claims.members(scope) : java.util.List.of());
		return "welfare/claims";
	}

	@PostMapping("/claims")
	String receive(UnitScope scope, @ModelAttribute Claims.NewClaim form) {
		this.claims.receive(scope, form);
		return "redirect:/welfare/claims";
	}

	@PostMapping("/claims/{id}/{step}")
	String step(UnitScope scope, @PathVariable long id, @PathVariable String step, @ModelAttribute Claims.Step form) {
		switch (step) {
			case "appraisal" -> this.claims.appraise(scope, id, form);
			case "decision" -> this.claims.decide(scope, id, form);
			case "payment" -> this.claims.pay(scope, id, form);
			default -> throw vn.grassroots.shared.GrassrootsException.notFound("step " + step);
		}
		return "redirect:/welfare/claims";
	}

}

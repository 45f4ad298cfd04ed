package vn.grassroots.welfare.web;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.UnitScope;
import vn.grassroots.welfare.AllowanceRuns;
import vn.grassroots.welfare.Claims;

/**
 * Pages: the allowance runs in scope with the year's budget and forecast, one run with
 * its lines and changes, and the claims with their time limits.
 */
@Controller
@RequestMapping("/welfare")
class WelfarePageController {

	private final AllowanceRuns runs;

	private final Claims claims;

	WelfarePageController(AllowanceRuns runs, Claims claims) {
		this.runs = runs;
		this.claims = claims;
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
		return "welfare/run";
	}

	@GetMapping("/claims")
	String claims(UnitScope scope, @RequestParam(required = false) @Nullable String page, Model model) {
		model.addAttribute("claims", this.claims.list(scope, PageRequest.of(page, "50")));
		return "welfare/claims";
	}

}

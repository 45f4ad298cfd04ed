package vn.grassroots.organisation.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.grassroots.organisation.UnitFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.UnitScope;

/** Pages of the unit browser: search, lazily loaded tree, unit page. */
@Controller
@RequestMapping("/units")
class UnitController {

	private final UnitQueries units;

	UnitController(UnitQueries units) {
		this.units = units;
	}

	@GetMapping
	String list(UnitScope scope, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		PageRequest paging = PageRequest.of(page, "25");
		UnitType unitType = UnitApiController.parseType(type);
		PageResult<UnitView> result = this.units.list(scope, new UnitFilter(unitType, null, q), paging);
		model.addAttribute("result", result);
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("type", (unitType != null) ? unitType.name() : "");
		model.addAttribute("types", UnitType.values());
		model.addAttribute("page", paging.page());
		model.addAttribute("pages", Math.max(1, (result.total() + paging.size() - 1) / paging.size()));
		model.addAttribute("scope", scope);
		return "true".equals(htmx) ? "organisation/units/list :: results" : "organisation/units/list";
	}

	@GetMapping("/tree")
	String tree(UnitScope scope, Model model) {
		model.addAttribute("roots", this.units.roots(scope));
		model.addAttribute("scope", scope);
		return "organisation/units/tree";
	}

	@GetMapping("/tree/children")
	String children(UnitScope scope, @RequestParam long parent, @RequestParam(required = false) @Nullable String page,
			Model model) {
		UnitView unit = this.units.get(scope, parent);
		PageRequest paging = PageRequest.of(page, "200");
		PageResult<UnitView> children = this.units.list(scope, new UnitFilter(null, unit.id(), null), paging);
		model.addAttribute("children", children.items());
		model.addAttribute("more", children.total() > paging.offset() + children.items().size());
		model.addAttribute("parent", unit);
		model.addAttribute("nextPage", paging.page() + 1);
		return "organisation/units/tree :: children";
	}

	@GetMapping("/{id}")
	String detail(UnitScope scope, @PathVariable long id, Model model) {
		UnitView unit = this.units.get(scope, id);
		model.addAttribute("unit", unit);
		model.addAttribute("current", unit.validOn(scope.asOf()));
		model.addAttribute("ancestors", this.units.ancestors(unit));
		model.addAttribute("childCounts", this.units.childCounts(scope, unit));
		model.addAttribute("lineage", this.units.lineage(scope, id));
		model.addAttribute("history", this.units.history(unit));
		model.addAttribute("reorganisations", this.units.reorganisationsOf(id));
		model.addAttribute("scope", scope);
		List<UnitView> children = this.units
			.list(scope, new UnitFilter(null, unit.id(), null), PageRequest.of("0", "50"))
			.items();
		model.addAttribute("children", children);
		return "organisation/units/detail";
	}

}

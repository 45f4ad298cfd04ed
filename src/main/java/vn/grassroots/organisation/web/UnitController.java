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

	private final vn.grassroots.documents.Spreadsheets spreadsheets;

	private final org.springframework.context.MessageSource messages;

	UnitController(UnitQueries units, vn.grassroots.documents.Spreadsheets spreadsheets,
			org.springframework.context.MessageSource messages) {
		this.units = units;
		this.spreadsheets = spreadsheets;
		this.messages = messages;
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

	@GetMapping("/export.xlsx")
	void export(UnitScope scope, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String type, java.util.Locale locale,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		UnitType unitType = UnitApiController.parseType(type);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"units-" + scope.asOf() + ".xlsx\"");
		java.util.List<vn.grassroots.documents.Column<UnitView>> columns = java.util.List.of(
				new vn.grassroots.documents.Column<>(this.messages.getMessage("organisation.unit.code", null, locale),
						UnitView::code),
				new vn.grassroots.documents.Column<>(this.messages.getMessage("organisation.unit.name", null, locale),
						UnitView::fullName),
				new vn.grassroots.documents.Column<>(this.messages.getMessage("organisation.unit.type", null, locale),
						(u) -> this.messages.getMessage("organisation.unit.type." + u.type(), null, locale)),
				new vn.grassroots.documents.Column<>(this.messages.getMessage("organisation.unit.parent", null, locale),
						UnitView::parentName),
				new vn.grassroots.documents.Column<>(
						this.messages.getMessage("organisation.unit.valid-from", null, locale), UnitView::validFrom),
				new vn.grassroots.documents.Column<>(
						this.messages.getMessage("organisation.unit.valid-to", null, locale), UnitView::validTo));
		this.units.stream(scope, new UnitFilter(unitType, null, q),
				(rows) -> this.spreadsheets.write(outputStream(response),
						this.messages.getMessage("organisation.unit.list.title", null, locale), columns,
						rows::iterator));
	}

	private static java.io.OutputStream outputStream(jakarta.servlet.http.HttpServletResponse response) {
		try {
			return response.getOutputStream();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
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
		model.addAttribute("lineage", this.units.lineage(unit));
		model.addAttribute("history", this.units.history(scope, unit));
		model.addAttribute("reorganisations", this.units.reorganisationsOf(id));
		model.addAttribute("scope", scope);
		List<UnitView> children = this.units
			.list(scope, new UnitFilter(null, unit.id(), null), PageRequest.of("0", "50"))
			.items();
		model.addAttribute("children", children);
		return "organisation/units/detail";
	}

}

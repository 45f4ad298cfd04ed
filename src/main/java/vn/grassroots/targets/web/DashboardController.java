package vn.grassroots.targets.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.UnitScope;
import vn.grassroots.targets.GuidingDocuments;
import vn.grassroots.targets.IndicatorResult;
import vn.grassroots.targets.Indicators;
import vn.grassroots.targets.PeriodKind;

/**
 * Pages: the dashboard of a unit (indicators against targets, drill-down into children)
 * and the guiding documents.
 */
@Controller
@RequestMapping("/targets")
class DashboardController {

	private final Indicators indicators;

	private final GuidingDocuments documents;

	private final UnitQueries units;

	DashboardController(Indicators indicators, GuidingDocuments documents, UnitQueries units) {
		this.indicators = indicators;
		this.documents = documents;
		this.units = units;
	}

	@GetMapping
	String dashboard(UnitScope scope, @RequestParam(required = false) @Nullable Long unit,
			@RequestParam(required = false) @Nullable Long indicator,
			@RequestParam(required = false) @Nullable String periodKind,
			@RequestParam(required = false) @Nullable String periodStart, Model model) {
		PeriodKind kind = TargetsApiController.kind(periodKind);
		LocalDate start = TargetsApiController.start(scope, kind, periodStart);
		UnitView shown = this.units.get(scope, (unit != null) ? unit : scope.unitId());
		List<IndicatorResult> results = this.indicators.results(scope, shown.id(), kind, start);
		Long selected = (indicator != null) ? indicator : results.isEmpty() ? null : results.get(0).indicator().id();
		model.addAttribute("unit", shown);
		model.addAttribute("ancestors",
				this.units.ancestors(shown).stream().filter((a) -> scope.covers(a.path())).toList());
		model.addAttribute("results", results);
		model.addAttribute("selected", selected);
		model.addAttribute("children", (selected != null)
				? this.indicators.childResults(scope, selected, shown.id(), kind, start) : List.of());
		model.addAttribute("kinds", PeriodKind.values());
		model.addAttribute("kind", kind.name());
		model.addAttribute("periodStart", start.toString());
		model.addAttribute("periodEnd", kind.lastDay(start).toString());
		model.addAttribute("scope", scope);
		return "targets/dashboard";
	}

	@GetMapping("/documents")
	String documents(UnitScope scope, @RequestParam(required = false) @Nullable String page, Model model) {
		model.addAttribute("result", this.documents.list(scope, PageRequest.of(page, "50")));
		return "targets/documents";
	}

}

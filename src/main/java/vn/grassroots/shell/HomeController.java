package vn.grassroots.shell;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.shared.UnitScope;

/** The home page: the caller's units and their counts per level as of the chosen date. */
@Controller
class HomeController {

	private final UnitQueries units;

	HomeController(UnitQueries units) {
		this.units = units;
	}

	@GetMapping("/")
	String home(UnitScope scope, Model model) {
		model.addAttribute("roots", this.units.roots(scope));
		model.addAttribute("counts", this.units.countsInScope(scope));
		model.addAttribute("scope", scope);
		return "home";
	}

}

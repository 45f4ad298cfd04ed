package vn.grassroots.emulation.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.grassroots.emulation.Commendations;
import vn.grassroots.emulation.CommendationForm;

/**
 * The public honour page of a movement (no login): the names, units and titles of those
 * commended by a decision, nothing else.
 */
@Controller
class HonourController {

	private final Commendations commendations;

	HonourController(Commendations commendations) {
		this.commendations = commendations;
	}

	@GetMapping("/honour/movements/{id}")
	String honour(@PathVariable long id, Model model) {
		model.addAttribute("movementName", this.commendations.movementName(id));
		model.addAttribute("entries", this.commendations.honour(id));
		Map<String, CommendationForm> forms = this.commendations.forms()
			.stream()
			.collect(Collectors.toMap(CommendationForm::code, Function.identity()));
		model.addAttribute("forms", forms);
		return "emulation/honour";
	}

}

package vn.grassroots.emulation.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.grassroots.emulation.Commendations;
import vn.grassroots.emulation.CommendationForm;
import vn.grassroots.emulation.Mobilisation;
import vn.grassroots.emulation.Movements;
import vn.grassroots.emulation.Outputs;
import vn.grassroots.emulation.SubjectKind;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.UnitScope;

/**
 * Pages of emulation and commendation: movements with criteria, registrations, scores and
 * rankings; nominations with the council's vote and decisions; titles and forms with the
 * council's threshold; mass mobilisation.
 */
@Controller
@RequestMapping("/emulation")
class EmulationPageController {

	private final Movements movements;

	private final Commendations commendations;

	private final Mobilisation mobilisation;

	private final Outputs outputs;

	private final UnitQueries units;

	EmulationPageController(Movements movements, Commendations commendations, Mobilisation mobilisation,
			Outputs outputs, UnitQueries units) {
		this.units = units;
		this.movements = movements;
		this.commendations = commendations;
		this.mobilisation = mobilisation;
		this.outputs = outputs;
	}

	@GetMapping
	String index(UnitScope scope, Model model) {
		model.addAttribute("movements", this.movements.list(scope));
		return "emulation/index";
	}

	@PostMapping("/movements")
	String create(UnitScope scope, @ModelAttribute Movements.NewMovement form) {
		return "redirect:/emulation/movements/" + this.movements.create(scope, form).id();
	}

	@GetMapping("/movements/{id}")
	String movement(UnitScope scope, @PathVariable long id, Model model) {
		Movements.MovementView movement = this.movements.get(scope, id);
		model.addAttribute("movement", movement);
		model.addAttribute("own", scope.canWrite() && this.units.find(scope, movement.unitId()).isPresent());
		model.addAttribute("criteria", this.movements.criteria(scope, id));
		model.addAttribute("registrations", this.movements.registrations(scope, id));
		model.addAttribute("ranking", this.movements.ranking(scope, id));
		model.addAttribute("computations", this.movements.computations());
		model.addAttribute("members", scope.canWrite() ? this.movements.memberOptions(scope) : List.of());
		model.addAttribute("units", scope.canWrite() ? this.movements.unitOptions(scope) : List.of());
		return "emulation/movement";
	}

	@PostMapping("/movements/{id}/criteria")
	String addCriterion(UnitScope scope, @PathVariable long id, @ModelAttribute Movements.NewCriterion form) {
		this.movements.addCriterion(scope, id, form);
		return "redirect:/emulation/movements/" + id;
	}

	@PostMapping("/movements/{id}/registrations")
	String register(UnitScope scope, @PathVariable long id, @ModelAttribute Movements.NewRegistration form) {
		this.movements.register(scope, id, form);
		return "redirect:/emulation/movements/" + id;
	}

	@PostMapping("/movements/{id}/scores/computed")
	String compute(UnitScope scope, @PathVariable long id) {
		this.movements.computeScores(scope, id);
		return "redirect:/emulation/movements/" + id + "#ranking";
	}

	@PostMapping("/movements/{id}/scores")
	String enter(UnitScope scope, @PathVariable long id, @ModelAttribute Movements.EnteredScore form) {
		this.movements.enterScore(scope, id, form);
		return "redirect:/emulation/movements/" + id + "#ranking";
	}

	@GetMapping("/nominations")
	String nominations(UnitScope scope, @RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Model model) {
		List<CommendationForm> forms = this.commendations.forms();
		var nominations = this.commendations.list(scope, null, PageRequest.of(page, (size != null) ? size : "50"));
		model.addAttribute("nominations", nominations);
		// the vote form shows only where the caller's subtree holds the deciding council
		model.addAttribute("councils", this.units
			.findAll(scope,
					nominations.items().stream().map(Commendations.NominationView::decidingUnitId).distinct().toList())
			.keySet());
		model.addAttribute("forms", forms);
		model.addAttribute("formsByCode",
				forms.stream().collect(java.util.stream.Collectors.toMap(CommendationForm::code, (f) -> f)));
		model.addAttribute("memberForms", forms.stream().filter((f) -> f.subjectKind() == SubjectKind.MEMBER).toList());
		model.addAttribute("unitForms", forms.stream().filter((f) -> f.subjectKind() == SubjectKind.UNIT).toList());
		model.addAttribute("movements", this.movements.list(scope));
		model.addAttribute("members", scope.canWrite() ? this.movements.memberOptions(scope) : List.of());
		model.addAttribute("units", scope.canWrite() ? this.movements.unitOptions(scope) : List.of());
		model.addAttribute("year", Dates.today().getYear());
		model.addAttribute("today", Dates.today());
		model.addAttribute("from", Dates.parse("from", from, Dates.today().withDayOfYear(1)));
		model.addAttribute("to", Dates.parse("to", to, Dates.today()));
		return "emulation/nominations";
	}

	@PostMapping("/nominations")
	String nominate(UnitScope scope, @ModelAttribute Commendations.NewNomination form) {
		this.commendations.nominate(scope, form);
		return "redirect:/emulation/nominations";
	}

	@PostMapping("/nominations/{id}/vote")
	String vote(UnitScope scope, @PathVariable long id, @ModelAttribute Commendations.Vote form) {
		this.commendations.vote(scope, id, form);
		return "redirect:/emulation/nominations";
	}

	@PostMapping("/decisions")
	String decide(UnitScope scope, @ModelAttribute Commendations.NewDecision form) {
		this.commendations.decide(scope, form);
		return "redirect:/emulation/nominations";
	}

	@GetMapping("/decisions/{id}/annex.docx")
	ResponseEntity<byte[]> annex(UnitScope scope, @PathVariable long id) {
		return Downloads.annex(this.outputs, scope, id);
	}

	@GetMapping("/commended.xlsx")
	ResponseEntity<byte[]> commended(UnitScope scope, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Locale locale) {
		return Downloads.commended(this.outputs, scope, from, to, locale);
	}

	@GetMapping("/forms")
	String forms(UnitScope scope, Model model) {
		List<CommendationForm> forms = this.commendations.forms();
		model.addAttribute("forms", forms);
		model.addAttribute("formsByCode",
				forms.stream().collect(java.util.stream.Collectors.toMap(CommendationForm::code, (f) -> f)));
		model.addAttribute("council", this.commendations.council(scope, scope.unitId()));
		model.addAttribute("canDecide",
				scope.has(vn.grassroots.shared.Role.COMMUNE_CHIEF)
						|| scope.has(vn.grassroots.shared.Role.PROVINCIAL_OFFICER)
						|| scope.has(vn.grassroots.shared.Role.MINISTRY_ADMIN));
		return "emulation/forms";
	}

	@PostMapping("/councils")
	String configure(UnitScope scope, @ModelAttribute Commendations.CouncilSettings form) {
		this.commendations.configureCouncil(scope, scope.unitId(), form);
		return "redirect:/emulation/forms";
	}

	@GetMapping("/mobilisation")
	String mobilisation(UnitScope scope, @RequestParam(required = false) @Nullable Integer year, Model model) {
		int y = (year != null) ? year : Dates.today().getYear();
		model.addAttribute("models", this.mobilisation.models(scope));
		model.addAttribute("events", this.mobilisation.events(scope, y));
		model.addAttribute("securityDay", this.mobilisation.securityDay(scope, y));
		model.addAttribute("units", scope.canWrite() ? this.movements.unitOptions(scope) : List.of());
		model.addAttribute("year", y);
		return "emulation/mobilisation";
	}

	@PostMapping("/models")
	String addModel(UnitScope scope, @ModelAttribute Mobilisation.NewModel form) {
		this.mobilisation.addModel(scope, form);
		return "redirect:/emulation/mobilisation";
	}

	@PostMapping("/models/{id}/replications")
	String replicate(UnitScope scope, @PathVariable long id, @ModelAttribute Mobilisation.NewReplication form) {
		this.mobilisation.replicate(scope, id, form);
		return "redirect:/emulation/mobilisation";
	}

	@PostMapping("/events")
	String addEvent(UnitScope scope, @ModelAttribute Mobilisation.NewEvent form) {
		this.mobilisation.addEvent(scope, form);
		return "redirect:/emulation/mobilisation";
	}

}

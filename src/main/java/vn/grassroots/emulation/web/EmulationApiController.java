package vn.grassroots.emulation.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.grassroots.emulation.Commendations;
import vn.grassroots.emulation.CommendationForm;
import vn.grassroots.emulation.Mobilisation;
import vn.grassroots.emulation.Movements;
import vn.grassroots.emulation.Outputs;
import vn.grassroots.emulation.internal.Fields;
import vn.grassroots.shared.Dates;

import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.UnitScope;

/**
 * REST API of emulation and commendation: movements, criteria, registrations, scores and
 * rankings; titles and forms; councils, nominations, votes, decisions and the honour roll
 * with its exports; mass-mobilisation models and events. Everything is limited to the
 * caller's subtree (404 outside).
 */
@RestController
@RequestMapping("/api/v1/emulation")
@Tag(name = "Emulation and commendation",
		description = "Movements, scores and rankings, nominations and decisions, mass mobilisation")
class EmulationApiController {

	private final Movements movements;

	private final Commendations commendations;

	private final Mobilisation mobilisation;

	private final Outputs outputs;

	private final MessageSource messages;

	EmulationApiController(Movements movements, Commendations commendations, Mobilisation mobilisation, Outputs outputs,
			MessageSource messages) {
		this.messages = messages;
		this.movements = movements;
		this.commendations = commendations;
		this.mobilisation = mobilisation;
		this.outputs = outputs;
	}

	@GetMapping("/movements")
	@Operation(summary = "Movements launched in the caller's subtree or above it")
	PageResult<Movements.MovementView> movements(@Parameter(hidden = true) UnitScope scope) {
		return all(this.movements.list(scope));
	}

	@PostMapping("/movements")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Launch a movement (name, launching document, period, participating levels)")
	Movements.MovementView create(@Parameter(hidden = true) UnitScope scope, @RequestBody Movements.NewMovement body) {
		return this.movements.create(scope, body);
	}

	@GetMapping("/movements/{id}")
	@Operation(summary = "One movement")
	Movements.MovementView movement(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		return this.movements.get(scope, id);
	}

	@GetMapping("/computations")
	@Operation(summary = "Codes of the named computations that criteria may use")
	List<String> computations() {
		return List.copyOf(this.movements.computations());
	}

	@GetMapping("/movements/{id}/criteria")
	@Operation(summary = "Criteria of a movement with weights and scoring methods")
	PageResult<Movements.CriterionView> criteria(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		return all(this.movements.criteria(scope, id));
	}

	@PostMapping("/movements/{id}/criteria")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a criterion: COMPUTED by a named computation, or ENTERED by evaluators")
	Movements.CriterionView addCriterion(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestBody Movements.NewCriterion body) {
		return this.movements.addCriterion(scope, id, body);
	}

	@GetMapping("/movements/{id}/registrations")
	@Operation(summary = "Registrations and pledges in the caller's subtree")
	PageResult<Movements.RegistrationView> registrations(@Parameter(hidden = true) UnitScope scope,
			@PathVariable long id) {
		return all(this.movements.registrations(scope, id));
	}

	@PostMapping("/movements/{id}/registrations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a member (MEMBER) or a unit (UNIT) with its pledge")
	Movements.RegistrationView register(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestBody Movements.NewRegistration body) {
		return this.movements.register(scope, id, body);
	}

	@PostMapping("/movements/{id}/scores/computed")
	@Operation(summary = "Compute the scores of the COMPUTED criteria from the system's data")
	java.util.Map<String, Integer> compute(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		return java.util.Map.of("scores", this.movements.computeScores(scope, id));
	}

	@PostMapping("/movements/{id}/scores")
	@Operation(summary = "Enter an evaluator's score (0-100) of an ENTERED criterion")
	ResponseEntity<Void> enter(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestBody Movements.EnteredScore body) {
		this.movements.enterScore(scope, id, body);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/movements/{id}/ranking")
	@Operation(summary = "Rankings per level with each rank's score breakdown (deterministic tie-breaks)")
	List<Movements.LevelRanking> ranking(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		return this.movements.ranking(scope, id);
	}

	@GetMapping("/forms")
	@Operation(summary = "Emulation titles and forms of commendation with their conditions and deciding level")
	PageResult<CommendationForm> forms() {
		return all(this.commendations.forms());
	}

	@GetMapping("/forms/{code}/check")
	@Operation(summary = "The conditions a member or unit does not meet for a form in a year (empty: may be nominated)")
	List<FieldProblemView> check(@Parameter(hidden = true) UnitScope scope, @PathVariable String code,
			@RequestParam long subjectId, @RequestParam(required = false) @Nullable Integer year, Locale locale) {
		int y = (year != null) ? year : Dates.today().getYear();
		return this.commendations.check(scope, code, subjectId, y)
			.stream()
			.map((p) -> new FieldProblemView(p.field(), this.messages.getMessage(p.reasonKey(), p.args(), locale)))
			.toList();
	}

	/**
	 * An unmet condition.
	 *
	 * @param field the field
	 * @param reason the reason
	 */
	record FieldProblemView(String field, String reason) {
	}

	@GetMapping("/councils/{unitId}")
	@Operation(summary = "The emulation council of a unit: members and vote threshold")
	Commendations.EmulationCouncil council(@Parameter(hidden = true) UnitScope scope, @PathVariable long unitId) {
		return this.commendations.council(scope, unitId);
	}

	@PutMapping("/councils/{unitId}")
	@Operation(summary = "Configure a council's threshold, e.g. 1/2 strict (more than half) or 2/3 (at least)")
	Commendations.EmulationCouncil configure(@Parameter(hidden = true) UnitScope scope, @PathVariable long unitId,
			@RequestBody Commendations.CouncilSettings body) {
		return this.commendations.configureCouncil(scope, unitId, body);
	}

	@GetMapping("/nominations")
	@Operation(summary = "Nominations whose nominee or deciding council is in the caller's subtree")
	PageResult<Commendations.NominationView> nominations(@Parameter(hidden = true) UnitScope scope,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		Commendations.Status s = (status == null || status.isBlank()) ? null
				: Fields.choice("status", status, Commendations.Status.class);
		return this.commendations.list(scope, s, PageRequest.of(page, size));
	}

	@PostMapping("/nominations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Propose a member or unit; unmet conditions answer 422 with the reasons")
	Commendations.NominationView nominate(@Parameter(hidden = true) UnitScope scope,
			@RequestBody Commendations.NewNomination body) {
		return this.commendations.nominate(scope, body);
	}

	@GetMapping("/nominations/{id}")
	@Operation(summary = "One nomination")
	Commendations.NominationView nomination(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		return this.commendations.get(scope, id);
	}

	@PostMapping("/nominations/{id}/vote")
	@Operation(summary = "Record the council's vote; below the threshold the nomination is REJECTED")
	Commendations.NominationView vote(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestBody Commendations.Vote body) {
		return this.commendations.vote(scope, id, body);
	}

	@PostMapping("/decisions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a decision (number, date, signer) for approved nominations of one council")
	Commendations.DecisionView decide(@Parameter(hidden = true) UnitScope scope,
			@RequestBody Commendations.NewDecision body) {
		return this.commendations.decide(scope, body);
	}

	@GetMapping("/decisions/{id}")
	@Operation(summary = "One decision")
	Commendations.DecisionView decision(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		return this.commendations.decision(scope, id);
	}

	@GetMapping(value = "/decisions/{id}/annex.docx")
	@Operation(summary = "The decision's annex (list of the commended) as DOCX")
	ResponseEntity<byte[]> annex(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		return Downloads.annex(this.outputs, scope, id);
	}

	@GetMapping("/commended")
	@Operation(summary = "The honour roll of a period (decision dates from-to) in the caller's subtree")
	PageResult<Commendations.NominationView> commended(@Parameter(hidden = true) UnitScope scope,
			@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		return all(this.commendations.commended(scope, Fields.day("from", from), Fields.day("to", to)));
	}

	@GetMapping("/commended.xlsx")
	@Operation(summary = "The honour roll of a period as XLSX")
	ResponseEntity<byte[]> commendedXlsx(@Parameter(hidden = true) UnitScope scope,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Locale locale) {
		return Downloads.commended(this.outputs, scope, from, to, locale);
	}

	@GetMapping("/models")
	@Operation(summary = "Mass-mobilisation models and exemplars with the units that replicated them")
	PageResult<Mobilisation.ModelView> models(@Parameter(hidden = true) UnitScope scope) {
		return all(this.mobilisation.models(scope));
	}

	@PostMapping("/models")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a model (MODEL) or exemplar (EXEMPLAR)")
	Mobilisation.ModelView addModel(@Parameter(hidden = true) UnitScope scope,
			@RequestBody Mobilisation.NewModel body) {
		return this.mobilisation.addModel(scope, body);
	}

	@PostMapping("/models/{id}/replications")
	@Operation(summary = "Record a unit that replicated a model")
	Mobilisation.ModelView replicate(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestBody Mobilisation.NewReplication body) {
		return this.mobilisation.replicate(scope, id, body);
	}

	@GetMapping("/events")
	@Operation(summary = "Events of a year: propaganda meetings, charity activities, the 19 August day")
	PageResult<Mobilisation.EventView> events(@Parameter(hidden = true) UnitScope scope,
			@RequestParam(required = false) @Nullable Integer year) {
		return all(this.mobilisation.events(scope, (year != null) ? year : Dates.today().getYear()));
	}

	@PostMapping("/events")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record an event (PROPAGANDA, CHARITY or SECURITY_DAY)")
	Mobilisation.EventView addEvent(@Parameter(hidden = true) UnitScope scope,
			@RequestBody Mobilisation.NewEvent body) {
		return this.mobilisation.addEvent(scope, body);
	}

	@GetMapping("/security-day")
	@Operation(summary = "The year's \"All people protect national security\" day in the caller's subtree")
	Mobilisation.SecurityDaySummary securityDay(@Parameter(hidden = true) UnitScope scope,
			@RequestParam(required = false) @Nullable Integer year) {
		return this.mobilisation.securityDay(scope, (year != null) ? year : Dates.today().getYear());
	}

	private static <T> PageResult<T> all(List<T> items) {
		return new PageResult<>(items, items.size());
	}

}

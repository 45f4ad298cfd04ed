package vn.grassroots.operations.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.grassroots.operations.CitizenRequestService;
import vn.grassroots.operations.CitizenRequestStatus;
import vn.grassroots.operations.CitizenRequestView;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.UnitScope;

/** Staff API of citizen requests: list and triage, in the caller's scope. */
@RestController
@RequestMapping("/api/v1/citizen-requests")
@Tag(name = "Citizen requests", description = "Requests from the public page and Open311, and their triage")
class CitizenRequestApiController {

	private final CitizenRequestService requests;

	CitizenRequestApiController(CitizenRequestService requests) {
		this.requests = requests;
	}

	@GetMapping
	@Operation(summary = "List citizen requests in scope, newest first",
			description = "status: NEW, ACCEPTED, REJECTED")
	PageResult<CitizenRequestView> list(@Parameter(hidden = true) UnitScope scope,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		PageRequest paging = PageRequest.of(page, size);
		return this.requests.list(scope, Params.enumOf(CitizenRequestStatus.class, "status", status), paging);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One citizen request (404 outside scope)")
	CitizenRequestView get(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		return this.requests.get(scope, id);
	}

	@PostMapping("/{id}/triage")
	@Operation(summary = "Triage a new request",
			description = "decision ACCEPT (optional severity, default MEDIUM) creates an incident; REJECT needs a reason."
					+ " A request triaged already answers 422 naming 'decision'.")
	Object triage(@Parameter(hidden = true) UnitScope scope, @PathVariable long id, @RequestBody TriageRequest body) {
		String decision = (body.decision() != null) ? body.decision().trim().toUpperCase(Locale.ROOT) : "";
		return switch (decision) {
			case "ACCEPT" -> this.requests.accept(scope, id, body.severity());
			case "REJECT" -> this.requests.reject(scope, id, body.reason());
			default -> throw GrassrootsException.badField("decision", body.decision(), "validation.one-of",
					"[ACCEPT, REJECT]");
		};
	}

	/**
	 * A triage decision.
	 *
	 * @param decision ACCEPT or REJECT
	 * @param severity severity of the incident (ACCEPT)
	 * @param reason reason shown to the citizen (REJECT)
	 */
	record TriageRequest(@Nullable String decision, @Nullable String severity, @Nullable String reason) {
	}

}

package vn.grassroots.access.web;

import java.time.Duration;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.grassroots.access.ApiTokens;
import vn.grassroots.access.GrassrootsUser;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.UnitScope;

/** The caller's account and personal API tokens. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Access", description = "The caller and API tokens")
class AccessApiController {

	private final ApiTokens tokens;

	AccessApiController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/me")
	@Operation(summary = "The caller: user name, unit, roles and the subtree paths in scope today")
	Map<String, Object> me(@Parameter(hidden = true) UnitScope scope) {
		return Map.of("username", scope.username(), "unitId", scope.unitId(), "roles", scope.roles(), "asOf",
				scope.asOf(), "scopePaths", scope.paths());
	}

	record TokenRequest(@Nullable String name, @Nullable Integer days) {
	}

	@PostMapping("/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue a personal bearer token (shown once); needs password authentication")
	Map<String, Object> issue(@AuthenticationPrincipal GrassrootsUser user, @RequestBody TokenRequest body,
			jakarta.servlet.http.HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			// a stolen token must not be able to extend itself
			throw new GrassrootsException(vn.grassroots.shared.ProblemCode.FORBIDDEN_ACTION, java.util.List
				.of(new vn.grassroots.shared.FieldProblem("Authorization", "Bearer …", "token.bearer-cannot-issue")),
					"");
		}
		if (body.name() == null || body.name().isBlank()) {
			throw GrassrootsException.badField("name", body.name(), "validation.required");
		}
		if (body.name().length() > 100) {
			throw GrassrootsException.badField("name", body.name().substring(0, 20) + "…", "validation.max-length",
					100);
		}
		int days = (body.days() != null) ? body.days() : 90;
		if (days < 1 || days > 365) {
			throw GrassrootsException.badField("days", days, "validation.range", 1, 365);
		}
		return Map.of("token", this.tokens.issue(user, body.name().trim(), Duration.ofDays(days)), "days", days);
	}

	@org.springframework.web.bind.annotation.GetMapping("/tokens")
	@Operation(summary = "The caller's tokens (never their text)")
	java.util.List<ApiTokens.TokenView> tokens(@AuthenticationPrincipal GrassrootsUser user) {
		return this.tokens.list(user);
	}

	@org.springframework.web.bind.annotation.DeleteMapping("/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke one of the caller's tokens at once")
	void revoke(@AuthenticationPrincipal GrassrootsUser user,
			@org.springframework.web.bind.annotation.PathVariable long id) {
		this.tokens.revoke(user, id);
	}

}

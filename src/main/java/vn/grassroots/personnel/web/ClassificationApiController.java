package vn.grassroots.personnel.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.personnel.ClassificationService;
import vn.grassroots.personnel.ClassificationView;
import vn.grassroots.personnel.Grade;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.UnitScope;

/** REST API of the annual classification of teams and members. */
@RestController
@RequestMapping("/api/v1/classifications")
@Tag(name = "Annual classification", description = "Task records, grades by the guideline's rules, overrides")
class ClassificationApiController {

	private final ClassificationService classifications;

	private final UnitQueries units;

	ClassificationApiController(ClassificationService classifications, UnitQueries units) {
		this.classifications = classifications;
		this.units = units;
	}

	record TaskRecord(@Nullable String kind, @Nullable Long subjectId, @Nullable Integer assigned,
			@Nullable Integer completed, @Nullable Boolean openComplaint, @Nullable Boolean breach,
			@Nullable Boolean newcomer) {
	}

	@PutMapping("/{year}/tasks")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Record a member's or team's tasks for a review year (15 Nov - 14 Nov)")
	void tasks(@Parameter(hidden = true) UnitScope scope, @PathVariable int year, @RequestBody TaskRecord body) {
		if (body.subjectId() == null) {
			throw GrassrootsException.badField("subjectId", null, "validation.required");
		}
		if (body.assigned() == null || body.completed() == null) {
			throw GrassrootsException.badField((body.assigned() == null) ? "assigned" : "completed", null,
					"validation.required");
		}
		String kind = (body.kind() != null) ? body.kind().trim().toUpperCase(java.util.Locale.ROOT) : "MEMBER";
		this.classifications.recordTasks(scope, year, kind, body.subjectId(), body.assigned(), body.completed(),
				Boolean.TRUE.equals(body.openComplaint()), Boolean.TRUE.equals(body.breach()),
				Boolean.TRUE.equals(body.newcomer()));
	}

	record Run(@Nullable String commune) {
	}

	@PostMapping("/{year}/run")
	@Operation(summary = "Grade a commune's teams and members for the year by the guideline's rules")
	PageResult<ClassificationView> run(@Parameter(hidden = true) UnitScope scope, @PathVariable int year,
			@RequestBody Run body) {
		if (body.commune() == null || body.commune().isBlank()) {
			throw GrassrootsException.badField("commune", null, "validation.required");
		}
		List<ClassificationView> results = this.classifications.classify(scope,
				this.units.getByCode(scope, body.commune().trim()).id(), year);
		return new PageResult<>(results, results.size());
	}

	@GetMapping
	@Operation(summary = "Results of a year in the caller's subtree")
	PageResult<ClassificationView> list(@Parameter(hidden = true) UnitScope scope, @RequestParam int year,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		return this.classifications.list(scope, year, PageRequest.of(page, size));
	}

	record Override(@Nullable String grade, @Nullable String reason) {
	}

	@PostMapping("/{id}/override")
	@Operation(summary = "Change a grade by hand (a reason is required)")
	ClassificationView override(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestBody Override body) {
		Grade grade = Requests.enumOf(Grade.class, "grade", body.grade());
		return this.classifications.override(scope, id, grade, body.reason());
	}

}

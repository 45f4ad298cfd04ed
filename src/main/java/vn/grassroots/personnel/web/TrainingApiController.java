package vn.grassroots.personnel.web;

import java.util.List;
import java.util.Map;

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
import vn.grassroots.personnel.TrainingService;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.UnitScope;

/** REST API of training courses, attendance and refresher training due. */
@RestController
@RequestMapping("/api/v1/training")
@Tag(name = "Training", description = "Courses, attendance and results; who is due for refresher training")
class TrainingApiController {

	private final TrainingService training;

	private final UnitQueries units;

	TrainingApiController(TrainingService training, UnitQueries units) {
		this.training = training;
		this.units = units;
	}

	record NewCourse(@Nullable String unit, @Nullable String kind, @Nullable String title, @Nullable String startsOn,
			@Nullable String endsOn) {
	}

	@PostMapping("/courses")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a course (kind INITIAL or REFRESHER) run by a unit, by its code")
	Map<String, Object> create(@Parameter(hidden = true) UnitScope scope, @RequestBody NewCourse body) {
		if (body.unit() == null || body.unit().isBlank()) {
			throw GrassrootsException.badField("unit", null, "validation.required");
		}
		if (body.startsOn() == null || body.endsOn() == null) {
			throw GrassrootsException.badField((body.startsOn() == null) ? "startsOn" : "endsOn", null,
					"validation.required");
		}
		long id = this.training.create(scope, this.units.getByCode(scope, body.unit().trim()).id(),
				(body.kind() != null) ? body.kind().trim() : "", (body.title() != null) ? body.title() : "",
				Dates.parse("startsOn", body.startsOn(), Dates.today()),
				Dates.parse("endsOn", body.endsOn(), Dates.today()));
		return Map.of("id", id);
	}

	@GetMapping("/courses/{id}")
	@Operation(summary = "A course with its attendance")
	Map<String, Object> course(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		return Map.of("course", this.training.course(scope, id), "attendance", this.training.attendance(scope, id));
	}

	record AttendanceRecord(@Nullable Long memberId, @Nullable Boolean attended, @Nullable String result) {
	}

	@PutMapping("/courses/{id}/attendance")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Record a member's attendance and result (PASSED or FAILED)")
	void attend(@Parameter(hidden = true) UnitScope scope, @PathVariable long id, @RequestBody AttendanceRecord body) {
		if (body.memberId() == null) {
			throw GrassrootsException.badField("memberId", null, "validation.required");
		}
		this.training.attend(scope, id, body.memberId(), !Boolean.FALSE.equals(body.attended()), body.result());
	}

	@GetMapping("/due")
	@Operation(summary = "Active members due for refresher training as of a date")
	PageResult<TrainingService.Due> due(@Parameter(hidden = true) UnitScope scope,
			@RequestParam(required = false) @Nullable String asOf,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		return this.training.due(scope, PageRequest.of(page, size));
	}

	static List<String> kinds() {
		return List.of("INITIAL", "REFRESHER");
	}

}

package vn.grassroots.organisation.web;

import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.grassroots.organisation.ImportRun;
import vn.grassroots.organisation.Lineage;
import vn.grassroots.organisation.NewUnitSpec;
import vn.grassroots.organisation.ReorganisationCommand;
import vn.grassroots.organisation.ReorganisationKind;
import vn.grassroots.organisation.ReorganisationService;
import vn.grassroots.organisation.ReorganisationView;
import vn.grassroots.organisation.UnitFilter;
import vn.grassroots.organisation.UnitImportService;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.UnitScope;

/**
 * REST API of the organisation: units by statistics code, as of a date, in the caller's
 * scope.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisation", description = "Units, their lineage and reorganisations")
class UnitApiController {

	private final UnitQueries units;

	private final ReorganisationService reorganisations;

	private final UnitImportService imports;

	UnitApiController(UnitQueries units, ReorganisationService reorganisations, UnitImportService imports) {
		this.units = units;
		this.reorganisations = reorganisations;
		this.imports = imports;
	}

	@GetMapping("/units")
	@Operation(summary = "List units in scope as of a date",
			description = "Paged as {items, total}. Unknown type, malformed asOf or size over 200 answer 400.")
	PageResult<UnitView> list(@Parameter(hidden = true) UnitScope scope,
			@Parameter(description = "MINISTRY, PROVINCE, DISTRICT, COMMUNE, VILLAGE or TEAM") @RequestParam(
					required = false) @Nullable String type,
			@Parameter(description = "statistics code of the parent unit") @RequestParam(
					required = false) @Nullable String parent,
			@Parameter(description = "date, yyyy-MM-dd; default today") @RequestParam(
					required = false) @Nullable String asOf,
			@Parameter(description = "accent-insensitive text") @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		PageRequest paging = PageRequest.of(page, size);
		UnitType unitType = parseType(type);
		Long parentId = (parent != null && !parent.isBlank()) ? this.units.getByCode(scope, parent.trim()).id() : null;
		return this.units.list(scope, new UnitFilter(unitType, parentId, q), paging);
	}

	@GetMapping("/units/{code}")
	@Operation(summary = "A unit by statistics code, as of a date")
	Map<String, Object> detail(@Parameter(hidden = true) UnitScope scope, @PathVariable String code,
			@RequestParam(required = false) @Nullable String asOf) {
		UnitView unit = this.units.getByCode(scope, code);
		return Map.of("unit", unit, "children", this.units.childCounts(scope, unit), "ancestors",
				this.units.ancestors(unit));
	}

	@GetMapping("/units/{code}/children")
	@Operation(summary = "Children of a unit as of a date")
	PageResult<UnitView> children(@Parameter(hidden = true) UnitScope scope, @PathVariable String code,
			@RequestParam(required = false) @Nullable String asOf,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		PageRequest paging = PageRequest.of(page, size);
		UnitView unit = this.units.getByCode(scope, code);
		return this.units.list(scope, new UnitFilter(parseType(type), unit.id(), null), paging);
	}

	@GetMapping("/units/{code}/lineage")
	@Operation(summary = "Predecessors and successors of the unit with the code valid at asOf")
	Lineage lineage(@Parameter(hidden = true) UnitScope scope, @PathVariable String code,
			@RequestParam(required = false) @Nullable String asOf) {
		return this.units.lineage(this.units.getByCode(scope, code));
	}

	@GetMapping("/units/{code}/history")
	@Operation(summary = "Every period of the unit: parents, codes and names over time")
	List<UnitView> history(@Parameter(hidden = true) UnitScope scope, @PathVariable String code,
			@RequestParam(required = false) @Nullable String asOf) {
		return this.units.history(scope, this.units.getByCode(scope, code));
	}

	@GetMapping("/reorganisations")
	@Operation(summary = "Reorganisations effective in [from, to)")
	PageResult<ReorganisationView> reorganisations(@Parameter(hidden = true) UnitScope scope,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		PageRequest paging = PageRequest.of(page, size);
		LocalDate start = Dates.parse("from", from, LocalDate.of(1900, 1, 1));
		LocalDate end = Dates.parse("to", to, LocalDate.of(9999, 12, 31));
		return this.units.reorganisations(scope, start, end, paging);
	}

	/**
	 * A reorganisation request: units by statistics code (valid on the effective date).
	 */
	record ReorganisationRequest(@Nullable String kind, @Nullable String effectiveOn, @Nullable String legalBasis,
			@Nullable String note, @Nullable List<String> units, @Nullable String parent, @Nullable String name,
			@Nullable String fullName, @Nullable String code, @Nullable List<NewUnitRequest> newUnits) {
	}

	record NewUnitRequest(@Nullable String type, @Nullable String parent, @Nullable String code, @Nullable String name,
			@Nullable String fullName, @Nullable String kind) {
	}

	@PostMapping("/reorganisations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a reorganisation (ministry administrators)",
			description = "The tree changes on effectiveOn, which may lie in the future.")
	Map<String, Object> record(@Parameter(hidden = true) UnitScope scope, @RequestBody ReorganisationRequest body) {
		ReorganisationKind kind = parseEnum(ReorganisationKind.class, "kind", body.kind());
		if (body.effectiveOn() == null || body.effectiveOn().isBlank()) {
			throw GrassrootsException.badField("effectiveOn", null, "validation.required");
		}
		LocalDate day = Dates.parse("effectiveOn", body.effectiveOn(), Dates.today());
		UnitScope then = scope.at(day, this.units.scopePaths(scope.unitId(), day));
		List<Long> ids = new java.util.ArrayList<>();
		if (body.units() != null) {
			for (String code : body.units()) {
				ids.add(idOf(then, "units", code));
			}
		}
		Long parentId = (body.parent() != null) ? idOf(then, "parent", body.parent()) : null;
		List<NewUnitSpec> specs = new java.util.ArrayList<>();
		if (body.newUnits() != null) {
			for (NewUnitRequest n : body.newUnits()) {
				if (n == null) {
					throw GrassrootsException.badField("newUnits", null, "validation.required");
				}
				specs.add(new NewUnitSpec(parseEnum(UnitType.class, "newUnits.type", n.type()),
						idOf(then, "newUnits.parent", n.parent()), n.code(), (n.name() != null) ? n.name() : "",
						(n.fullName() != null) ? n.fullName() : "", n.kind()));
			}
		}
		long id = this.reorganisations.record(scope,
				new ReorganisationCommand(kind, day, (body.legalBasis() != null) ? body.legalBasis() : "", body.note(),
						ids, parentId, body.name(), body.fullName(), body.code(), specs));
		return Map.of("id", id);
	}

	record ImportRequest(@Nullable String directory) {
	}

	@PostMapping("/imports")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Import the national administrative-unit files from a server directory (administrators)")
	Map<String, Object> startImport(@Parameter(hidden = true) UnitScope scope, @RequestBody ImportRequest body) {
		if (body.directory() == null || body.directory().isBlank()) {
			throw GrassrootsException.badField("directory", body.directory(), "validation.required");
		}
		return Map.of("id", this.imports.start(scope, body.directory()));
	}

	@GetMapping("/imports/{id}")
	@Operation(summary = "An import's progress and report")
	ImportRun importRun(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		return this.imports.get(scope, id);
	}

	private long idOf(UnitScope scope, String field, @Nullable String code) {
		if (code == null || code.isBlank()) {
			throw GrassrootsException.badField(field, code, "validation.required");
		}
		return this.units.getByCode(scope, code.trim()).id();
	}

	static @Nullable UnitType parseType(@Nullable String type) {
		if (type == null || type.isBlank()) {
			return null;
		}
		UnitType parsed = UnitType.parse(type);
		if (parsed == null) {
			throw GrassrootsException.badField("type", type, "validation.one-of",
					java.util.Arrays.toString(UnitType.values()));
		}
		return parsed;
	}

	static <E extends Enum<E>> E parseEnum(Class<E> type, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw GrassrootsException.badField(field, value, "validation.required");
		}
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw GrassrootsException.badField(field, value, "validation.one-of",
					java.util.Arrays.toString(type.getEnumConstants()));
		}
	}

}

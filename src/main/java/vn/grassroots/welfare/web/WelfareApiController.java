package vn.grassroots.welfare.web;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.UnitScope;
import vn.grassroots.welfare.AllowanceRuns;
import vn.grassroots.welfare.BudgetView;
import vn.grassroots.welfare.ClaimView;
import vn.grassroots.welfare.Claims;
import vn.grassroots.welfare.HardshipAreaView;
import vn.grassroots.welfare.Policies;
import vn.grassroots.welfare.PolicyView;
import vn.grassroots.welfare.RunChange;
import vn.grassroots.welfare.RunLine;
import vn.grassroots.welfare.RunStatus;
import vn.grassroots.welfare.RunView;
import vn.grassroots.welfare.internal.In;

/**
 * REST API of regimes and policies: provincial policy versions, village types, night
 * duties, monthly allowance runs with their life cycle and payroll export, and the
 * budget. Units and runs outside the caller's subtree answer 404.
 */
@RestController
@RequestMapping("/api/v1/welfare")
@Tag(name = "Regimes and policies", description = "Policies, allowance runs, night duties, budget, claims")
class WelfareApiController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Policies policies;

	private final AllowanceRuns runs;

	private final Claims claims;

	private final MessageSource messages;

	WelfareApiController(Policies policies, AllowanceRuns runs, Claims claims, MessageSource messages) {
		this.policies = policies;
		this.runs = runs;
		this.claims = claims;
		this.messages = messages;
	}

	@GetMapping("/claims")
	@Operation(summary = "Claims in scope, latest first, with their time limit and overdue flag")
	PageResult<ClaimView> claims(@Parameter(hidden = true) UnitScope scope,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		return this.claims.list(scope, PageRequest.of(page, size));
	}

	@PostMapping("/claims")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Receive a claim for illness, accident or death on duty (Decree 40/2024/ND-CP)")
	ClaimView receive(@Parameter(hidden = true) UnitScope scope, @RequestBody Claims.NewClaim body) {
		return this.claims.receive(scope, body);
	}

	@GetMapping("/claims/{id}")
	@Operation(summary = "One claim")
	ClaimView claim(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		return this.claims.get(scope, id);
	}

	@PostMapping("/claims/{id}/appraisal")
	@Operation(summary = "Appraise a claim: complete dossier required; an ineligible claim is refused with its reason")
	ClaimView appraise(@Parameter(hidden = true) UnitScope scope, @PathVariable long id,
			@RequestBody Claims.Step body) {
		return this.claims.appraise(scope, id, body);
	}

	@PostMapping("/claims/{id}/decision")
	@Operation(summary = "Record the payment decision (commune chief or above)")
	ClaimView decide(@Parameter(hidden = true) UnitScope scope, @PathVariable long id, @RequestBody Claims.Step body) {
		return this.claims.decide(scope, id, body);
	}

	@PostMapping("/claims/{id}/payment")
	@Operation(summary = "Record the payment (BANK, POST or CASH)")
	ClaimView pay(@Parameter(hidden = true) UnitScope scope, @PathVariable long id, @RequestBody Claims.Step body) {
		return this.claims.pay(scope, id, body);
	}

	@GetMapping("/provinces/{provinceId}/policies")
	@Operation(summary = "Every policy version of a province, oldest first")
	PageResult<PolicyView> policies(@Parameter(hidden = true) UnitScope scope, @PathVariable long provinceId) {
		List<PolicyView> items = this.policies.versions(scope, provinceId);
		return new PageResult<>(items, items.size());
	}

	@PostMapping("/provinces/{provinceId}/policies")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a policy version from the first day of a month",
			description = "Refused (422 on validFrom) when a locked month would fall under it.")
	PolicyView addPolicy(@Parameter(hidden = true) UnitScope scope, @PathVariable long provinceId,
			@RequestBody Policies.NewPolicy body) {
		return this.policies.create(scope, provinceId, body);
	}

	@PutMapping("/villages/{villageId}/type")
	@Operation(summary = "Set the type (1, 2, 3) of a village; default 3")
	Map<String, Object> villageType(@Parameter(hidden = true) UnitScope scope, @PathVariable long villageId,
			@RequestBody VillageTypeBody body) {
		return Map.of("villageId", villageId, "villageType",
				this.policies.setVillageType(scope, villageId, body.villageType()));
	}

	record VillageTypeBody(@Nullable Integer villageType) {
	}

	@GetMapping("/hardship-areas")
	@Operation(summary = "Communes in scope designated as hardship areas (border, island, mountain, ...)")
	PageResult<HardshipAreaView> hardshipAreas(@Parameter(hidden = true) UnitScope scope) {
		List<HardshipAreaView> items = this.policies.hardshipAreas(scope);
		return new PageResult<>(items, items.size());
	}

	@PostMapping("/hardship-areas")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Designate a commune as a hardship area from a day (provincial staff)",
			description = "Its members get the province's hardship rate per working day. Refused (422 on validFrom)"
					+ " when a locked month of the commune would change.")
	HardshipAreaView designate(@Parameter(hidden = true) UnitScope scope, @RequestBody Policies.HardshipArea body) {
		return this.policies.designate(scope, body);
	}

	@PostMapping("/night-duties")
	@Operation(summary = "Record the duty of a member in a month: nights, holiday days, hazardous days, working days"
			+ " (replaces the previous figures)")
	AllowanceRuns.NightDuty nightDuty(@Parameter(hidden = true) UnitScope scope,
			@RequestBody AllowanceRuns.NightDuty body) {
		return this.runs.recordNightDuty(scope, body);
	}

	@GetMapping("/runs")
	@Operation(summary = "Allowance runs in scope, latest month first")
	PageResult<RunView> runs(@Parameter(hidden = true) UnitScope scope,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		return this.runs.list(scope, PageRequest.of(page, size));
	}

	@PostMapping("/communes/{communeId}/runs")
	@Operation(summary = "Compute or re-compute the allowance run of a commune for a month (yyyy-MM)",
			description = "A re-run before locking records what changed per member; a locked month answers 422.")
	RunView compute(@Parameter(hidden = true) UnitScope scope, @PathVariable long communeId,
			@RequestBody MonthBody body) {
		return this.runs.compute(scope, communeId, body.month());
	}

	record MonthBody(@Nullable String month) {
	}

	@GetMapping("/runs/{id}")
	@Operation(summary = "One run")
	RunView run(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		return this.runs.get(scope, id);
	}

	@GetMapping("/runs/{id}/lines")
	@Operation(summary = "The lines of a run")
	PageResult<RunLine> lines(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		List<RunLine> items = this.runs.lines(scope, id);
		return new PageResult<>(items, items.size());
	}

	@GetMapping("/runs/{id}/changes")
	@Operation(summary = "What the latest re-run changed, per member (old and new total)")
	PageResult<RunChange> changes(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		List<RunChange> items = this.runs.changes(scope, id);
		return new PageResult<>(items, items.size());
	}

	@PostMapping("/runs/{id}/status")
	@Operation(summary = "Move a run on: REVIEWED, APPROVED (commune chief), LOCKED (commune chief)")
	RunView advance(@Parameter(hidden = true) UnitScope scope, @PathVariable long id, @RequestBody StatusBody body) {
		return this.runs.advance(scope, id, In.enumValue("status", body.status(), RunStatus.class));
	}

	record StatusBody(@Nullable String status) {
	}

	@GetMapping("/runs/{id}/payroll.xlsx")
	@Operation(summary = "The payroll of a run as XLSX for the finance office")
	ResponseEntity<byte[]> payroll(@Parameter(hidden = true) UnitScope scope, @PathVariable long id) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.runs.export(scope, id, headers(this.messages, LocaleContextHolder.getLocale()), out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bang-luong-" + id + ".xlsx\"")
			.body(out.toByteArray());
	}

	@GetMapping("/budget")
	@Operation(summary = "Cost per commune and month of a year in scope, with the forecast per province")
	BudgetView budget(@Parameter(hidden = true) UnitScope scope,
			@RequestParam(required = false) @Nullable String year) {
		return this.runs.budget(scope, year(year, scope));
	}

	static int year(@Nullable String raw, UnitScope scope) {
		if (raw == null || raw.isBlank()) {
			return scope.asOf().getYear();
		}
		try {
			int year = Integer.parseInt(raw.trim());
			if (year < 2000 || year > 2100) {
				throw GrassrootsException.badField("year", raw, "validation.range", 2000, 2100);
			}
			return year;
		}
		catch (NumberFormatException ex) {
			throw GrassrootsException.badField("year", raw, "validation.integer");
		}
	}

	static Map<String, String> headers(MessageSource messages, Locale locale) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String key : new String[] { "name", "position", "villageType", "days", "support", "nights", "night",
				"duty", "hardship", "bhyt", "bhxh", "total" }) {
			headers.put(key, messages.getMessage("welfare.payroll." + key, null, key, locale));
		}
		return headers;
	}

}

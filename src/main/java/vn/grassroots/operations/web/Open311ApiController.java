package vn.grassroots.operations.web;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.grassroots.operations.CitizenRequestForm;
import vn.grassroots.operations.CitizenRequestService;
import vn.grassroots.operations.CitizenRequestView;
import vn.grassroots.operations.Subtype;
import vn.grassroots.operations.internal.Catalogue;
import vn.grassroots.operations.internal.PublicUnits;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.ProblemCode;
import vn.grassroots.shared.web.ProblemFactory;

/**
 * Open311 GeoReport v2 compatible API (JSON only), without login: the services are the
 * public subtypes; {@code jurisdiction_id} is the statistics code of the commune the
 * request goes to; {@code service_request_id} is the tracking code. Personal data of the
 * reporter is stored for staff and never answered.
 */
@RestController
@RequestMapping(path = "/api/v1/public/open311", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Open311", description = "GeoReport v2: services, create request, request status")
class Open311ApiController {

	private static final Logger log = LoggerFactory.getLogger(Open311ApiController.class);

	private final Catalogue catalogue;

	private final CitizenRequestService requests;

	private final PublicUnits units;

	private final MessageSource messages;

	private final ProblemFactory problems;

	Open311ApiController(Catalogue catalogue, CitizenRequestService requests, PublicUnits units, MessageSource messages,
			ProblemFactory problems) {
		this.problems = problems;
		this.catalogue = catalogue;
		this.requests = requests;
		this.units = units;
		this.messages = messages;
	}

	@GetMapping("/services.json")
	@Operation(summary = "GeoReport v2 service list")
	List<Map<String, Object>> services(Locale locale) {
		return this.catalogue.subtypes().stream().filter(Subtype::publicService).map((s) -> {
			Map<String, Object> service = new LinkedHashMap<>();
			service.put("service_code", s.code());
			service.put("service_name", s.name(locale));
			service.put("description", s.name(locale));
			service.put("metadata", false);
			service.put("type", "realtime");
			service.put("keywords", s.taskGroup().name().toLowerCase(Locale.ROOT));
			service.put("group", this.messages.getMessage("operations.task-group." + s.taskGroup(), null, locale));
			return service;
		}).toList();
	}

	@PostMapping("/requests.json")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "GeoReport v2 create request",
			description = "Form or query parameters: jurisdiction_id (commune code), service_code, description,"
					+ " lat/long or address_string, optional first_name, last_name, phone, email. Rate-limited per"
					+ " client IP (429) and size-limited (413).")
	List<Map<String, Object>> create(
			@RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction,
			@RequestParam(name = "service_code", required = false) @Nullable String serviceCode,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable String lat,
			@RequestParam(name = "long", required = false) @Nullable String lon,
			@RequestParam(name = "address_string", required = false) @Nullable String address,
			@RequestParam(name = "first_name", required = false) @Nullable String firstName,
			@RequestParam(name = "last_name", required = false) @Nullable String lastName,
			@RequestParam(required = false) @Nullable String phone,
			@RequestParam(required = false) @Nullable String email, HttpServletRequest request, Locale locale) {
		this.requests.admit(request.getRemoteAddr(), request.getContentLengthLong());
		if (jurisdiction == null || jurisdiction.isBlank()) {
			throw GrassrootsException.badField("jurisdiction_id", jurisdiction, "validation.required");
		}
		long communeId = this.units.communeByCode(jurisdiction.trim(), Dates.today())
			.orElseThrow(
					() -> GrassrootsException.badField("jurisdiction_id", jurisdiction, "operations.request.commune"))
			.id();
		if ((lat == null || lat.isBlank()) && (address == null || address.isBlank())) {
			throw GrassrootsException.badField("address_string", null, "operations.request.location");
		}
		String name = ((firstName != null ? firstName : "") + " " + (lastName != null ? lastName : "")).trim();
		String code = this.requests.submit(new CitizenRequestForm(Long.toString(communeId), serviceCode, description,
				address, lat, lon, name.isEmpty() ? null : name, phone, email));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("service_request_id", code);
		answer.put("service_notice", this.messages.getMessage("operations.request.notice", null, locale));
		answer.put("account_id", null);
		return List.of(answer);
	}

	@GetMapping("/requests/{id}.json")
	@Operation(summary = "GeoReport v2 request status (404 for an unknown id)")
	List<Map<String, Object>> status(@PathVariable String id, Locale locale) {
		CitizenRequestView r = this.requests.byCode(id)
			.orElseThrow(() -> GrassrootsException.notFound("service request " + id));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("service_request_id", r.trackingCode());
		answer.put("status", r.closed() ? "closed" : "open");
		answer.put("status_notes", notes(r, locale));
		answer.put("service_name",
				this.catalogue.subtype(r.serviceCode()).map((s) -> s.name(locale)).orElse(r.serviceCode()));
		answer.put("service_code", r.serviceCode());
		answer.put("description", r.description());
		answer.put("agency_responsible", r.unitName());
		answer.put("service_notice", null);
		answer.put("requested_datetime", iso(r.createdAt()));
		answer.put("updated_datetime", iso(r.updatedAt()));
		answer.put("expected_datetime", null);
		answer.put("address", r.address());
		answer.put("address_string", r.address());
		answer.put("address_id", null);
		answer.put("zipcode", null);
		answer.put("lat", r.lat());
		answer.put("long", r.lon());
		answer.put("media_url", null);
		return List.of(answer);
	}

	private String notes(CitizenRequestView r, Locale locale) {
		String stage = this.messages.getMessage("operations.request.stage." + r.publicStage(), null, locale);
		return (r.statusNote() != null) ? stage + ": " + r.statusNote() : stage;
	}

	/**
	 * GeoReport v2 errors: a JSON array of {@code {code, description}} with the HTTP
	 * status, instead of the problem+json of the rest of the API, so Open311 clients can
	 * read them.
	 */
	@ExceptionHandler
	ResponseEntity<List<Map<String, Object>>> on(GrassrootsException ex, Locale locale) {
		ProblemDetail problem = this.problems.from(ex, locale);
		StringBuilder description = new StringBuilder((problem.getDetail() != null) ? problem.getDetail() : "");
		for (Map<String, Object> error : this.problems.errors(ex.fieldProblems(), locale)) {
			description.append(description.isEmpty() ? "" : " ")
				.append(error.get("field"))
				.append(": ")
				.append(error.get("reason"));
		}
		return open311Error(problem.getStatus(), description.toString());
	}

	@ExceptionHandler
	ResponseEntity<List<Map<String, Object>>> on(Exception ex, Locale locale) {
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			return on(GrassrootsException.badField(mismatch.getName(), mismatch.getValue(), "validation.type"), locale);
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return on(GrassrootsException.badField(missing.getParameterName(), null, "validation.required"), locale);
		}
		if (ex instanceof ErrorResponse framework && framework.getStatusCode().is4xxClientError()) {
			return open311Error(framework.getStatusCode().value(), this.problems
				.message(ProblemCode.BAD_REQUEST.detailKey(), locale, framework.getStatusCode().value()));
		}
		log.error("Unexpected failure on the Open311 API", ex);
		return open311Error(500, this.problems.message(ProblemCode.INTERNAL.detailKey(), locale));
	}

	private static ResponseEntity<List<Map<String, Object>>> open311Error(int status, String description) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", status);
		error.put("description", description);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(List.of(error));
	}

	static String iso(LocalDateTime time) {
		return time.atZone(Dates.ZONE).toOffsetDateTime().toString();
	}

}

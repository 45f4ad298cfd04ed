package vn.grassroots.operations;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.operations.internal.Catalogue;
import vn.grassroots.operations.internal.IncidentSql;
import vn.grassroots.operations.internal.PublicUnits;
import vn.grassroots.operations.internal.RateLimiter;
import vn.grassroots.organisation.SubtreeFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.FieldProblem;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.ProblemCode;
import vn.grassroots.shared.UnitScope;

/**
 * Citizen requests: submitted without a login (rate-limited per client IP and
 * size-limited), looked up by an unguessable tracking code, triaged by staff of the
 * commune into an incident or rejected with a reason.
 */
@Service
public class CitizenRequestService {

	static final int MAX_DESCRIPTION = 2000;

	private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

	private static final String SELECT = "select r.*, up.full_name as unit_name, i.status as incident_status"
			+ " from ops_citizen_request r left join ops_incident i on i.id = r.incident_id"
			+ " left join org_unit_period up on up.unit_id = r.unit_id and " + IncidentSql.validAt("up", "ud");

	private final JdbcClient jdbc;

	private final PublicUnits publicUnits;

	private final UnitQueries units;

	private final Catalogue catalogue;

	private final IncidentService incidents;

	private final AuditTrail audit;

	private final RateLimiter limiter;

	private final long maxBodyBytes;

	private final SecureRandom random = new SecureRandom();

	CitizenRequestService(JdbcClient jdbc, PublicUnits publicUnits, UnitQueries units, Catalogue catalogue,
			IncidentService incidents, AuditTrail audit,
			@Value("${grassroots.operations.public.requests-per-hour:20}") int perHour,
			@Value("${grassroots.operations.public.max-body-bytes:16384}") long maxBodyBytes) {
		this.jdbc = jdbc;
		this.publicUnits = publicUnits;
		this.units = units;
		this.catalogue = catalogue;
		this.incidents = incidents;
		this.audit = audit;
		this.limiter = new RateLimiter(perHour, Duration.ofHours(1), Clock.systemUTC());
		this.maxBodyBytes = maxBodyBytes;
	}

	/**
	 * Refuses a public request before reading it: 413 when its declared size is over the
	 * limit, 429 when the client IP used up its requests of the hour.
	 */
	public void admit(String clientIp, long contentLength) {
		if (contentLength > this.maxBodyBytes) {
			throw new GrassrootsException(ProblemCode.CONTENT_TOO_LARGE,
					List.of(new FieldProblem("body", contentLength, "operations.request.too-large", this.maxBodyBytes)),
					"body");
		}
		if (!this.limiter.tryAcquire(clientIp)) {
			throw new GrassrootsException(ProblemCode.TOO_MANY_REQUESTS, this.limiter.limit());
		}
	}

	/** Stores a checked request as NEW and answers its tracking code. */
	@Transactional
	public String submit(CitizenRequestForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		Long communeId = null;
		if (IncidentService.blank(form.communeId())) {
			problems.add(new FieldProblem("communeId", form.communeId(), "validation.required"));
		}
		else {
			try {
				communeId = Long.parseLong(form.communeId().trim());
				if (this.publicUnits.commune(communeId, Dates.today()).isEmpty()) {
					problems.add(new FieldProblem("communeId", form.communeId(), "operations.request.commune"));
				}
			}
			catch (NumberFormatException ex) {
				problems.add(new FieldProblem("communeId", form.communeId(), "validation.integer"));
			}
		}
		String service = null;
		if (IncidentService.blank(form.serviceCode())) {
			problems.add(new FieldProblem("service_code", form.serviceCode(), "validation.required"));
		}
		else {
			service = form.serviceCode().trim();
			Optional<Subtype> subtype = this.catalogue.subtype(service);
			if (subtype.isEmpty() || !subtype.get().publicService()) {
				problems
					.add(new FieldProblem("service_code", form.serviceCode(), "operations.request.service-unknown"));
			}
		}
		String description = IncidentService.text("description", form.description(), MAX_DESCRIPTION, true, problems);
		String address = IncidentService.text("address", form.address(), IncidentService.MAX_ADDRESS, false, problems);
		GeoPoint point = GeoPoint.parse("lat", form.lat(), "long", form.lon(), problems);
		String name = IncidentService.text("name", form.name(), 120, false, problems);
		String phone = IncidentService.text("phone", form.phone(), 20, false, problems);
		if (phone != null && !phone.matches("\\+?[0-9 .\\-]{6,20}")) {
			problems.add(new FieldProblem("phone", "***", "operations.request.phone"));
		}
		String email = IncidentService.text("email", form.email(), 120, false, problems);
		if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			problems.add(new FieldProblem("email", "***", "operations.request.email"));
		}
		GeoPoint.throwIfAny(problems);
		String code = newCode();
		LocalDateTime now = IncidentService.now();
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into ops_citizen_request (tracking_code, unit_id, service_code, description, address, lat, lon,"
					+ " reporter_name, reporter_phone, reporter_email, status, created_at, updated_at) values (:code,"
					+ " :unit, :service, :description, :address, :lat, :lon, :name, :phone, :email, 'NEW', :now, :now)")
			.param("code", code)
			.param("unit", communeId)
			.param("service", service)
			.param("description", description)
			.param("address", address, java.sql.Types.VARCHAR)
			.param("lat", (point != null) ? point.lat() : null, java.sql.Types.NUMERIC)
			.param("lon", (point != null) ? point.lon() : null, java.sql.Types.NUMERIC)
			.param("name", name, java.sql.Types.VARCHAR)
			.param("phone", phone, java.sql.Types.VARCHAR)
			.param("email", email, java.sql.Types.VARCHAR)
			.param("now", IncidentSql.ts(now))
			.update(keys, "id");
		this.audit.record("public", "operations.request.submit", "citizen-request",
				Long.toString(keys.getKeyAs(Number.class).longValue()), null, service + " unit " + communeId);
		return code;
	}

	/** A fresh tracking code: 16 characters, 80 random bits, grouped by four. */
	String newCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(CODE_ALPHABET[this.random.nextInt(CODE_ALPHABET.length)]);
		}
		return code.toString();
	}

	/** The request with the tracking code, without the reporter's data. */
	@Transactional(readOnly = true)
	public Optional<CitizenRequestView> byCode(String code) {
		String normalised = code.trim().toUpperCase(Locale.ROOT);
		if (!normalised.matches("[0-9A-Z-]{4,32}")) {
			return Optional.empty();
		}
		return this.jdbc.sql(SELECT + " where r.tracking_code = :code")
			.param("code", normalised)
			.param("ud", Dates.today())
			.query(VIEW)
			.optional()
			.map(CitizenRequestView::withoutReporter);
	}

	/** One page of the requests of the caller's subtree, newest first. */
	@Transactional(readOnly = true)
	public PageResult<CitizenRequestView> list(UnitScope scope, @Nullable CitizenRequestStatus status,
			PageRequest page) {
		SubtreeFilter in = this.units.subtree(scope);
		Map<String, Object> params = new LinkedHashMap<>(in.parameters());
		String where = " where " + in.condition("r.unit_id");
		if (status != null) {
			where += " and r.status = :status";
			params.put("status", status.name());
		}
		long total = this.jdbc.sql("select count(*) from ops_citizen_request r" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("ud", scope.asOf());
		params.put("limit", page.size());
		params.put("offset", page.offset());
		List<CitizenRequestView> items = this.jdbc
			.sql(SELECT + where + " order by r.created_at desc, r.id desc limit :limit offset :offset")
			.params(params)
			.query(VIEW)
			.list();
		return new PageResult<>(items, total);
	}

	/** The request in the caller's subtree; 404 otherwise. */
	@Transactional(readOnly = true)
	public CitizenRequestView get(UnitScope scope, long id) {
		SubtreeFilter in = this.units.subtree(scope);
		return in
			.bind(this.jdbc.sql(SELECT + " where r.id = :id and " + in.condition("r.unit_id"))
				.param("id", id)
				.param("ud", scope.asOf()))
			.query(VIEW)
			.optional()
			.orElseThrow(() -> GrassrootsException.notFound("citizen request " + id));
	}

	/**
	 * Turns a NEW request into a REPORTED incident of the request's commune with the
	 * severity given; 422 naming {@code decision} when the request was triaged already.
	 */
	@Transactional
	public IncidentView accept(UnitScope scope, long id, @Nullable String severity) {
		IncidentService.requireWrite(scope);
		CitizenRequestView request = requireNew(scope, id);
		List<FieldProblem> problems = new ArrayList<>();
		Severity sev = IncidentService.enumValue(Severity.class, "severity",
				IncidentService.blank(severity) ? "MEDIUM" : severity, problems);
		GeoPoint.throwIfAny(problems);
		Subtype subtype = this.catalogue.subtype(request.serviceCode())
			.orElseThrow(() -> GrassrootsException.badField("serviceCode", request.serviceCode(),
					"operations.request.service-unknown"));
		GeoPoint point = (request.lat() != null && request.lon() != null) ? new GeoPoint(request.lat(), request.lon())
				: null;
		String address = (request.address() != null) ? request.address() : String.valueOf(request.unitName());
		long incidentId = this.incidents.insert(scope.username(),
				new IncidentService.NewIncident(null, request.unitId(), subtype.taskGroup(), subtype.code(), sev,
						request.createdAt(), address, point, request.description()),
				request.id());
		decide(scope, request, CitizenRequestStatus.ACCEPTED, null, incidentId);
		return this.incidents.queriesGet(scope, incidentId);
	}

	/** Rejects a NEW request with a reason (required, shown to the citizen). */
	@Transactional
	public CitizenRequestView reject(UnitScope scope, long id, @Nullable String reason) {
		IncidentService.requireWrite(scope);
		CitizenRequestView request = requireNew(scope, id);
		if (IncidentService.blank(reason)) {
			throw GrassrootsException.ruleOnField("reason", reason, "validation.required");
		}
		if (reason.length() > IncidentService.MAX_NOTE) {
			throw GrassrootsException.badField("reason", reason.length(), "operations.validation.max-length",
					IncidentService.MAX_NOTE);
		}
		decide(scope, request, CitizenRequestStatus.REJECTED, reason.trim(), null);
		return get(scope, id);
	}

	private CitizenRequestView requireNew(UnitScope scope, long id) {
		CitizenRequestView request = get(scope, id);
		if (request.status() != CitizenRequestStatus.NEW) {
			throw new GrassrootsException(ProblemCode.INCIDENT_TRANSITION,
					List.of(new FieldProblem("decision", request.status().name(), "operations.request.triaged")),
					"decision", request.status().name());
		}
		return request;
	}

	private void decide(UnitScope scope, CitizenRequestView request, CitizenRequestStatus status, @Nullable String note,
			@Nullable Long incidentId) {
		int updated = this.jdbc
			.sql("update ops_citizen_request set status = :status, status_note = :note, incident_id = :incident,"
					+ " triaged_by = :by, updated_at = :now where id = :id and status = 'NEW'")
			.param("status", status.name())
			.param("note", note, java.sql.Types.VARCHAR)
			.param("incident", incidentId, java.sql.Types.BIGINT)
			.param("by", scope.username())
			.param("now", IncidentSql.ts(IncidentService.now()))
			.param("id", request.id())
			.update();
		if (updated != 1) {
			throw new GrassrootsException(ProblemCode.CONFLICT, "citizen request " + request.id());
		}
		this.audit.record(scope.username(), "operations.request." + status.name().toLowerCase(Locale.ROOT),
				"citizen-request", Long.toString(request.id()), "NEW", status.name());
	}

	private static final RowMapper<CitizenRequestView> VIEW = (rs, n) -> {
		long incident = rs.getLong("incident_id");
		Long incidentId = rs.wasNull() ? null : incident;
		String incidentStatus = rs.getString("incident_status");
		return new CitizenRequestView(rs.getLong("id"), rs.getString("tracking_code"), rs.getLong("unit_id"),
				rs.getString("unit_name"), rs.getString("service_code"), rs.getString("description"),
				rs.getString("address"), rs.getBigDecimal("lat"), rs.getBigDecimal("lon"),
				rs.getString("reporter_name"), rs.getString("reporter_phone"),
				CitizenRequestStatus.valueOf(rs.getString("status")), rs.getString("status_note"), incidentId,
				(incidentStatus != null) ? IncidentStatus.valueOf(incidentStatus) : null,
				rs.getTimestamp("created_at").toLocalDateTime(), rs.getTimestamp("updated_at").toLocalDateTime());
	};

}

package vn.grassroots.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.operations.internal.Catalogue;
import vn.grassroots.operations.internal.IncidentSql;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.FieldProblem;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.ProblemCode;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;

/**
 * Writes of incidents: reports (single and bulk), workflow steps and attachments. Every
 * write is checked against the caller's scope and recorded in the audit trail.
 */
@Service
public class IncidentService {

	/** Largest number of items in one bulk batch. */
	public static final int MAX_BULK = 500;

	static final int MAX_DESCRIPTION = 4000;

	static final int MAX_ADDRESS = 300;

	static final int MAX_NOTE = 1000;

	private static final Set<Role> REVIEWERS = EnumSet.of(Role.MINISTRY_ADMIN, Role.PROVINCIAL_OFFICER,
			Role.COMMUNE_CHIEF);

	private final JdbcClient jdbc;

	private final UnitQueries units;

	private final Catalogue catalogue;

	private final AuditTrail audit;

	private final IncidentQueries queries;

	private final MessageSource messages;

	private final TransactionTemplate tx;

	private final org.springframework.jdbc.core.JdbcTemplate template;

	private final long maxAttachmentBytes;

	/** Whether a bulk batch is written with one statement (PostgreSQL arrays). */
	private final boolean postgres;

	IncidentService(JdbcClient jdbc, UnitQueries units, Catalogue catalogue, AuditTrail audit, IncidentQueries queries,
			MessageSource messages, PlatformTransactionManager transactions,
			org.springframework.jdbc.core.JdbcTemplate template,
			@Value("${grassroots.operations.attachments.max-bytes:5242880}") long maxAttachmentBytes) {
		this.jdbc = jdbc;
		this.template = template;
		this.units = units;
		this.catalogue = catalogue;
		this.audit = audit;
		this.queries = queries;
		this.messages = messages;
		this.tx = new TransactionTemplate(transactions);
		this.maxAttachmentBytes = maxAttachmentBytes;
		this.postgres = Boolean.TRUE.equals(template.execute((java.sql.Connection c) -> c.getMetaData()
			.getDatabaseProductName()
			.toLowerCase(Locale.ROOT)
			.contains("postgres")));
	}

	/**
	 * Reports an incident; 400/422 naming the field, 404 for a unit outside the scope.
	 */
	@Transactional
	public IncidentView report(UnitScope scope, IncidentForm form) {
		requireWrite(scope);
		NewIncident incident = parse(scope, form);
		long id = insert(scope.username(), incident, null);
		return this.queries.get(scope, id);
	}

	/**
	 * Reports a batch: each item is {@code created}, or {@code duplicate} when an
	 * incident with the client id exists already (or comes earlier in the batch), or
	 * {@code rejected} with the field problems. Items need a client id. The valid items
	 * are written together in one transaction with batched inserts (one query finds the
	 * existing client ids, one the units); when a concurrent request inserted one of the
	 * client ids meanwhile, the batch is written again item by item.
	 */
	public List<BulkItemResult> bulk(UnitScope scope, List<IncidentForm> items, Locale locale) {
		requireWrite(scope);
		if (items.size() > MAX_BULK) {
			throw GrassrootsException.badField("items", items.size(), "validation.range", 1, MAX_BULK);
		}
		java.util.Map<String, Long> existing = existing(items.stream()
			.map(IncidentForm::clientId)
			.filter((c) -> c != null && !c.isBlank())
			.map((c) -> c.trim().toLowerCase(Locale.ROOT))
			.distinct()
			.toList());
		java.util.Map<Long, UnitView> found = this.units.findAll(scope,
				items.stream()
					.map(IncidentForm::unitId)
					.filter((u) -> u != null && u.trim().matches("\\d{1,18}"))
					.map((u) -> Long.parseLong(u.trim()))
					.distinct()
					.toList());
		// the catalogue once per batch (it is read on every use so that changes apply at
		// once; a batch is one use)
		java.util.Map<String, Subtype> subtypes = new java.util.HashMap<>();
		this.catalogue.subtypes().forEach((t) -> subtypes.put(t.code(), t));
		BulkItemResult[] results = new BulkItemResult[items.size()];
		List<Integer> toInsert = new ArrayList<>();
		List<NewIncident> incidents = new ArrayList<>();
		java.util.Map<String, Integer> firstInBatch = new java.util.HashMap<>();
		for (int i = 0; i < items.size(); i++) {
			IncidentForm form = items.get(i);
			String clientId = form.clientId();
			try {
				if (clientId == null || clientId.isBlank()) {
					throw GrassrootsException.badField("clientId", clientId, "validation.required");
				}
				String key = clientId.trim().toLowerCase(Locale.ROOT);
				Long id = existing.get(key);
				if (id != null) {
					results[i] = new BulkItemResult(i, clientId, "duplicate", id, List.of());
					continue;
				}
				NewIncident incident = parse(scope, form,
						(unitId) -> (found.get(unitId) != null) ? found.get(unitId) : this.units.get(scope, unitId),
						(code) -> java.util.Optional.ofNullable(subtypes.get(code)));
				if (firstInBatch.putIfAbsent(key, i) != null) {
					// resolved to the id of the first once it is inserted
					results[i] = new BulkItemResult(i, clientId, "duplicate", null, List.of());
					continue;
				}
				toInsert.add(i);
				incidents.add(incident);
			}
			catch (GrassrootsException ex) {
				results[i] = rejected(i, form, ex, locale);
			}
		}
		try {
			List<Long> ids = this.tx.execute((status) -> insertAll(scope.username(), incidents));
			for (int k = 0; k < toInsert.size(); k++) {
				int i = toInsert.get(k);
				results[i] = new BulkItemResult(i, items.get(i).clientId(), "created", ids.get(k), List.of());
			}
			for (int i = 0; i < results.length; i++) {
				if (results[i].id() == null && "duplicate".equals(results[i].result())) {
					String key = items.get(i).clientId().trim().toLowerCase(Locale.ROOT);
					results[i] = new BulkItemResult(i, items.get(i).clientId(), "duplicate",
							results[firstInBatch.get(key)].id(), List.of());
				}
			}
			return List.of(results);
		}
		catch (DuplicateKeyException ex) {
			return bulkOneByOne(scope, items, locale);
		}
	}

	private BulkItemResult rejected(int i, IncidentForm form, GrassrootsException ex, Locale locale) {
		List<FieldProblem> problems = ex.fieldProblems().isEmpty()
				? List.of(new FieldProblem("unitId", form.unitId(), ex.code().detailKey(), ex.getArguments()))
				: ex.fieldProblems();
		return new BulkItemResult(i, form.clientId(), "rejected", null, BulkItemResult.errors(problems,
				(p) -> this.messages.getMessage(p.reasonKey(), p.args(), p.reasonKey(), locale)));
	}

	/** Each item in its own transaction (after a concurrent insert of a client id). */
	private List<BulkItemResult> bulkOneByOne(UnitScope scope, List<IncidentForm> items, Locale locale) {
		List<BulkItemResult> results = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			IncidentForm form = items.get(i);
			String clientId = form.clientId();
			try {
				if (clientId == null || clientId.isBlank()) {
					throw GrassrootsException.badField("clientId", clientId, "validation.required");
				}
				Long existing = existing(clientId.trim().toLowerCase(Locale.ROOT));
				if (existing != null) {
					results.add(new BulkItemResult(i, clientId, "duplicate", existing, List.of()));
					continue;
				}
				Long created = this.tx.execute((status) -> {
					NewIncident incident = parse(scope, form);
					return insert(scope.username(), incident, null);
				});
				results.add(new BulkItemResult(i, clientId, "created", created, List.of()));
			}
			catch (DuplicateKeyException ex) {
				results.add(new BulkItemResult(i, clientId, "duplicate",
						existing(clientId.trim().toLowerCase(Locale.ROOT)), List.of()));
			}
			catch (GrassrootsException ex) {
				results.add(rejected(i, form, ex, locale));
			}
		}
		return results;
	}

	/** The ids of the incidents with these (normalised) client ids, in one query. */
	private java.util.Map<String, Long> existing(List<String> clientIds) {
		java.util.Map<String, Long> found = new java.util.HashMap<>();
		if (!clientIds.isEmpty()) {
			this.jdbc.sql("select client_id, id from ops_incident where client_id = any(:c)")
				.param("c", clientIds.toArray(new String[0]))
				.query((rs, n) -> found.put(rs.getString(1), rs.getLong(2)))
				.list();
		}
		return found;
	}

	/**
	 * Inserts checked incidents as REPORTED with their first event and audit entries, in
	 * JDBC batches; answers the ids in order.
	 */
	private List<Long> insertAll(String actor, List<NewIncident> incidents) {
		if (incidents.isEmpty()) {
			return List.of();
		}
		LocalDateTime now = now();
		java.sql.Timestamp at = IncidentSql.ts(now);
		java.util.Map<Severity, java.time.Duration> limits = this.catalogue.limits();
		List<Long> ids = this.postgres ? insertAllAtOnce(actor, incidents, now, limits)
				: insertAllInBatches(actor, incidents, now, limits);
		List<AuditTrail.Entry> entries = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			NewIncident n = incidents.get(i);
			entries.add(new AuditTrail.Entry(Long.toString(ids.get(i)),
					n.taskGroup() + "/" + n.subtype() + "/" + n.severity() + " unit " + n.unitId()));
		}
		this.audit.recordAll(actor, "operations.incident.report", "incident", entries);
		return ids;
	}

	/**
	 * PostgreSQL: the incidents and their first events in one statement, the values as
	 * one array per column; answers the ids in the order of the incidents.
	 */
	private List<Long> insertAllAtOnce(String actor, List<NewIncident> incidents, LocalDateTime now,
			java.util.Map<Severity, java.time.Duration> limits) {
		int size = incidents.size();
		String[] clientIds = new String[size];
		Long[] unitIds = new Long[size];
		String[] groups = new String[size];
		String[] subtypes = new String[size];
		String[] severities = new String[size];
		java.sql.Timestamp[] occurred = new java.sql.Timestamp[size];
		java.sql.Timestamp[] due = new java.sql.Timestamp[size];
		String[] addresses = new String[size];
		java.math.BigDecimal[] lats = new java.math.BigDecimal[size];
		java.math.BigDecimal[] lons = new java.math.BigDecimal[size];
		String[] descriptions = new String[size];
		for (int i = 0; i < size; i++) {
			NewIncident n = incidents.get(i);
			clientIds[i] = n.clientId();
			unitIds[i] = n.unitId();
			groups[i] = n.taskGroup().name();
			subtypes[i] = n.subtype();
			severities[i] = n.severity().name();
			occurred[i] = IncidentSql.ts(n.occurredAt());
			due[i] = IncidentSql.ts(IncidentWorkflow.dueAt(now, limits.get(n.severity())));
			addresses[i] = n.address();
			lats[i] = (n.point() != null) ? n.point().lat() : null;
			lons[i] = (n.point() != null) ? n.point().lon() : null;
			descriptions[i] = n.description();
		}
		java.sql.Timestamp at = IncidentSql.ts(now);
		Long[] ids = new Long[size];
		this.template.query("with ins as (insert into ops_incident (client_id, unit_id, task_group, subtype, severity,"
				+ " status, occurred_at, reported_at, due_at, address, lat, lon, description, reported_by, updated_at)"
				+ " select c, u, g, t, s, 'REPORTED', o, ?, d, a, la, lo, de, ?, ? from unnest(?, ?, ?, ?, ?, ?, ?, ?,"
				+ " ?, ?, ?) with ordinality as x(c, u, g, t, s, o, d, a, la, lo, de, k) order by k"
				+ " returning id, client_id), events as (insert into ops_incident_event (incident_id, occurred_at,"
				+ " actor, action, to_status) select id, ?, ?, 'REPORT', 'REPORTED' from ins) select id, client_id"
				+ " from ins", (ps) -> {
					java.sql.Connection c = ps.getConnection();
					ps.setTimestamp(1, at);
					ps.setString(2, actor);
					ps.setTimestamp(3, at);
					ps.setArray(4, c.createArrayOf("varchar", clientIds));
					ps.setArray(5, c.createArrayOf("bigint", unitIds));
					ps.setArray(6, c.createArrayOf("varchar", groups));
					ps.setArray(7, c.createArrayOf("varchar", subtypes));
					ps.setArray(8, c.createArrayOf("varchar", severities));
					ps.setArray(9, c.createArrayOf("timestamp", occurred));
					ps.setArray(10, c.createArrayOf("timestamp", due));
					ps.setArray(11, c.createArrayOf("varchar", addresses));
					ps.setArray(12, c.createArrayOf("numeric", lats));
					ps.setArray(13, c.createArrayOf("numeric", lons));
					ps.setArray(14, c.createArrayOf("varchar", descriptions));
					ps.setTimestamp(15, at);
					ps.setString(16, actor);
				}, (rs) -> {
					java.util.Map<String, Integer> index = new java.util.HashMap<>();
					for (int i = 0; i < size; i++) {
						index.put(clientIds[i], i);
					}
					while (rs.next()) {
						ids[index.get(rs.getString(2))] = rs.getLong(1);
					}
					return null;
				});
		return java.util.Arrays.asList(ids);
	}

	/** H2: JDBC batches; answers the ids in the order of the incidents. */
	private List<Long> insertAllInBatches(String actor, List<NewIncident> incidents, LocalDateTime now,
			java.util.Map<Severity, java.time.Duration> limits) {
		java.sql.Timestamp at = IncidentSql.ts(now);
		KeyHolder keys = new GeneratedKeyHolder();
		this.template.batchUpdate((connection) -> connection.prepareStatement("insert into ops_incident (client_id,"
				+ " unit_id, task_group, subtype, severity, status, occurred_at, reported_at, due_at, address, lat, lon,"
				+ " description, reported_by, updated_at) values (?, ?, ?, ?, ?, 'REPORTED', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				new String[] { "id" }), new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
					@Override
					public void setValues(java.sql.PreparedStatement ps, int i) throws java.sql.SQLException {
						NewIncident n = incidents.get(i);
						ps.setString(1, n.clientId());
						ps.setLong(2, n.unitId());
						ps.setString(3, n.taskGroup().name());
						ps.setString(4, n.subtype());
						ps.setString(5, n.severity().name());
						ps.setTimestamp(6, IncidentSql.ts(n.occurredAt()));
						ps.setTimestamp(7, at);
						ps.setTimestamp(8, IncidentSql.ts(IncidentWorkflow.dueAt(now, limits.get(n.severity()))));
						ps.setString(9, n.address());
						ps.setObject(10, (n.point() != null) ? n.point().lat() : null, java.sql.Types.NUMERIC);
						ps.setObject(11, (n.point() != null) ? n.point().lon() : null, java.sql.Types.NUMERIC);
						ps.setString(12, n.description());
						ps.setString(13, actor);
						ps.setTimestamp(14, at);
					}

					@Override
					public int getBatchSize() {
						return incidents.size();
					}
				}, keys);
		List<Long> ids = keys.getKeyList().stream().map((k) -> ((Number) k.get("id")).longValue()).toList();
		this.template.batchUpdate("insert into ops_incident_event (incident_id, occurred_at, actor, action, to_status)"
				+ " values (?, ?, ?, 'REPORT', 'REPORTED')", ids, 500, (ps, id) -> {
					ps.setLong(1, id);
					ps.setTimestamp(2, at);
					ps.setString(3, actor);
				});
		return ids;
	}

	private @Nullable Long existing(String clientId) {
		return this.jdbc.sql("select id from ops_incident where client_id = :c")
			.param("c", clientId)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Takes a workflow step; 422 naming {@code action} when not allowed from the current
	 * status, 404 outside the scope, 403 for a return by someone who is not a reviewer.
	 */
	@Transactional
	public IncidentView transition(UnitScope scope, long id, IncidentAction action, @Nullable String note) {
		requireWrite(scope);
		IncidentView before = this.queries.get(scope, id);
		if (action == IncidentAction.RETURN && REVIEWERS.stream().noneMatch(scope::has)) {
			throw new GrassrootsException(ProblemCode.FORBIDDEN_ACTION, action.name());
		}
		String cleanNote = (note != null && !note.isBlank()) ? note.trim() : null;
		if (cleanNote != null && cleanNote.length() > MAX_NOTE) {
			throw GrassrootsException.badField("note", cleanNote.length(), "operations.validation.max-length",
					MAX_NOTE);
		}
		IncidentStatus next = IncidentWorkflow.next(before.status(), action, cleanNote);
		LocalDateTime now = now();
		String column = switch (action) {
			case ACKNOWLEDGE -> "acknowledged_at";
			case START -> "started_at";
			case RESOLVE -> "resolved_at";
			case TRANSFER -> "transferred_at";
			case RETURN -> "returned_at";
			case RESUBMIT -> "returned_at";
		};
		String responsible = (action == IncidentAction.ACKNOWLEDGE || action == IncidentAction.START)
				&& before.responsible() == null ? scope.username() : before.responsible();
		int updated = this.jdbc
			.sql("update ops_incident set status = :next, " + column
					+ ((action == IncidentAction.RESUBMIT) ? " = " + column : " = :now") + ", updated_at = :now,"
					+ " responsible = :resp, status_note = :note where id = :id and status = :current")
			.param("next", next.name())
			.param("now", IncidentSql.ts(now))
			.param("resp", responsible)
			.param("note", (cleanNote != null) ? cleanNote : before.statusNote())
			.param("id", id)
			.param("current", before.status().name())
			.update();
		if (updated != 1) {
			throw new GrassrootsException(ProblemCode.CONFLICT, "incident " + id);
		}
		this.jdbc.sql(
				"insert into ops_incident_event (incident_id, occurred_at, actor, action, from_status, to_status, note)"
						+ " values (:id, :now, :actor, :action, :from, :to, :note)")
			.param("id", id)
			.param("now", IncidentSql.ts(now))
			.param("actor", scope.username())
			.param("action", action.name())
			.param("from", before.status().name())
			.param("to", next.name())
			.param("note", cleanNote)
			.update();
		this.audit.record(scope.username(), "operations.incident." + action.name().toLowerCase(Locale.ROOT), "incident",
				Long.toString(id), before.status().name(), next.name());
		return this.queries.get(scope, id);
	}

	/**
	 * Corrects a report that a reviewer returned (status RETURNED) with the same checks
	 * as a new report; the reporter then resubmits it. 422 naming {@code status} in any
	 * other status. The due time stays as it was.
	 */
	@Transactional
	public IncidentView correct(UnitScope scope, long id, IncidentForm form) {
		requireWrite(scope);
		IncidentView before = this.queries.get(scope, id);
		if (before.status() != IncidentStatus.RETURNED) {
			throw new GrassrootsException(ProblemCode.INCIDENT_TRANSITION,
					List.of(new FieldProblem("status", before.status().name(), "operations.incident.correct-returned")),
					"CORRECT", before.status().name());
		}
		NewIncident n = parse(scope, form);
		LocalDateTime now = now();
		int updated = this.jdbc
			.sql("update ops_incident set unit_id = :unit, task_group = :group, subtype = :subtype, severity = :severity,"
					+ " occurred_at = :occurred, address = :address, lat = :lat, lon = :lon, description = :description,"
					+ " updated_at = :now where id = :id and status = 'RETURNED'")
			.param("unit", n.unitId())
			.param("group", n.taskGroup().name())
			.param("subtype", n.subtype())
			.param("severity", n.severity().name())
			.param("occurred", IncidentSql.ts(n.occurredAt()))
			.param("address", n.address())
			.param("lat", (n.point() != null) ? n.point().lat() : null, java.sql.Types.NUMERIC)
			.param("lon", (n.point() != null) ? n.point().lon() : null, java.sql.Types.NUMERIC)
			.param("description", n.description())
			.param("now", IncidentSql.ts(now))
			.param("id", id)
			.update();
		if (updated != 1) {
			throw new GrassrootsException(ProblemCode.CONFLICT, "incident " + id);
		}
		this.jdbc
			.sql("insert into ops_incident_event (incident_id, occurred_at, actor, action, from_status, to_status)"
					+ " values (:id, :now, :actor, 'CORRECT', 'RETURNED', 'RETURNED')")
			.param("id", id)
			.param("now", IncidentSql.ts(now))
			.param("actor", scope.username())
			.update();
		this.audit.record(scope.username(), "operations.incident.correct", "incident", Long.toString(id),
				before.taskGroup() + "/" + before.subtype() + "/" + before.severity() + " unit " + before.unitId(),
				n.taskGroup() + "/" + n.subtype() + "/" + n.severity() + " unit " + n.unitId());
		return this.queries.get(scope, id);
	}

	/**
	 * Stores an attachment (JPEG, PNG or PDF, checked by content) in the database; 413
	 * above the size limit, 415 for another type.
	 */
	@Transactional
	public AttachmentView attach(UnitScope scope, long incidentId, String fileName, @Nullable String contentType,
			InputStream content) {
		requireWrite(scope);
		this.queries.get(scope, incidentId);
		String name = fileName.isBlank() ? "file" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_");
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		byte[] bytes = readLimited(content);
		String type = sniff(bytes);
		if (type == null || (contentType != null && !contentType.isBlank()
				&& !contentType.toLowerCase(Locale.ROOT).startsWith(type))) {
			throw new GrassrootsException(ProblemCode.UNSUPPORTED_TYPE,
					List.of(new FieldProblem("file", contentType, "operations.attachment.type")), "file");
		}
		LocalDateTime now = now();
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into ops_attachment (incident_id, file_name, content_type, size_bytes, content, uploaded_by,"
					+ " uploaded_at) values (:incident, :name, :type, :size, :content, :by, :at)")
			.param("incident", incidentId)
			.param("name", name)
			.param("type", type)
			.param("size", bytes.length)
			.param("content", bytes)
			.param("by", scope.username())
			.param("at", IncidentSql.ts(now))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		this.audit.record(scope.username(), "operations.incident.attach", "incident", Long.toString(incidentId), null,
				name + " (" + type + ", " + bytes.length + " B)");
		return new AttachmentView(id, incidentId, name, type, bytes.length, scope.username(), now);
	}

	IncidentView queriesGet(UnitScope scope, long id) {
		return this.queries.get(scope, id);
	}

	/** The largest attachment accepted, in bytes. */
	public long maxAttachmentBytes() {
		return this.maxAttachmentBytes;
	}

	private byte[] readLimited(InputStream in) {
		try {
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxAttachmentBytes + 1));
			if (bytes.length > this.maxAttachmentBytes) {
				throw new GrassrootsException(ProblemCode.CONTENT_TOO_LARGE, List.of(new FieldProblem("file", null,
						"operations.attachment.too-large", this.maxAttachmentBytes / (1024 * 1024))), "file");
			}
			if (bytes.length == 0) {
				throw GrassrootsException.badField("file", null, "validation.required");
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The type by the first bytes: JPEG, PNG or PDF, else null. */
	static @Nullable String sniff(byte[] b) {
		if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
			return "image/jpeg";
		}
		if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
			return "image/png";
		}
		if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
			return "application/pdf";
		}
		return null;
	}

	/** Checks a form against the rules and the scope. */
	NewIncident parse(UnitScope scope, IncidentForm form) {
		return parse(scope, form, (unitId) -> this.units.get(scope, unitId), this.catalogue::subtype);
	}

	private NewIncident parse(UnitScope scope, IncidentForm form, java.util.function.LongFunction<UnitView> unitById,
			java.util.function.Function<String, java.util.Optional<Subtype>> subtypes) {
		List<FieldProblem> problems = new ArrayList<>();
		String clientId = null;
		if (form.clientId() != null && !form.clientId().isBlank()) {
			try {
				clientId = UUID.fromString(form.clientId().trim()).toString();
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("clientId", form.clientId(), "operations.validation.uuid"));
			}
		}
		Long unitId = null;
		if (blank(form.unitId())) {
			problems.add(new FieldProblem("unitId", form.unitId(), "validation.required"));
		}
		else {
			try {
				unitId = Long.parseLong(form.unitId().trim());
			}
			catch (NumberFormatException ex) {
				problems.add(new FieldProblem("unitId", form.unitId(), "validation.integer"));
			}
		}
		TaskGroup group = enumValue(TaskGroup.class, "taskGroup", form.taskGroup(), problems);
		Severity severity = enumValue(Severity.class, "severity", form.severity(), problems);
		Subtype subtype = null;
		if (blank(form.subtype())) {
			problems.add(new FieldProblem("subtype", form.subtype(), "validation.required"));
		}
		else {
			subtype = subtypes.apply(form.subtype().trim()).orElse(null);
			if (subtype == null) {
				problems.add(new FieldProblem("subtype", form.subtype(), "operations.incident.subtype-unknown"));
			}
		}
		LocalDateTime occurredAt = null;
		if (blank(form.occurredAt())) {
			problems.add(new FieldProblem("occurredAt", form.occurredAt(), "validation.required"));
		}
		else {
			try {
				occurredAt = LocalDateTime.parse(form.occurredAt().trim()).truncatedTo(ChronoUnit.SECONDS);
			}
			catch (DateTimeParseException ex) {
				problems.add(new FieldProblem("occurredAt", form.occurredAt(), "operations.validation.datetime"));
			}
		}
		String address = text("address", form.address(), MAX_ADDRESS, true, problems);
		String description = text("description", form.description(), MAX_DESCRIPTION, true, problems);
		GeoPoint point = GeoPoint.parse("lat", form.lat(), "lon", form.lon(), problems);
		GeoPoint.throwIfAny(problems);
		UnitView unit = unitById.apply(unitId);
		if (!unit.validOn(scope.asOf()) || (unit.type() != UnitType.VILLAGE && !unit.communeLevel())) {
			throw GrassrootsException.ruleOnField("unitId", unitId, "operations.incident.unit-level");
		}
		if (subtype.taskGroup() != group) {
			throw GrassrootsException.ruleOnField("subtype", subtype.code(), "operations.incident.subtype-group",
					group.name());
		}
		if (occurredAt.isAfter(now().plusMinutes(5))) {
			throw GrassrootsException.ruleOnField("occurredAt", form.occurredAt(), "operations.incident.future");
		}
		return new NewIncident(clientId, unit.id(), group, subtype.code(), severity, occurredAt, address, point,
				description);
	}

	/** Inserts a checked incident as REPORTED and audits it; returns the id. */
	long insert(String actor, NewIncident n, @Nullable Long citizenRequestId) {
		LocalDateTime now = now();
		LocalDateTime due = IncidentWorkflow.dueAt(now, this.catalogue.limits().get(n.severity()));
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into ops_incident (client_id, unit_id, task_group, subtype, severity, status,"
				+ " occurred_at, reported_at, due_at, address, lat, lon, description, reported_by, citizen_request_id,"
				+ " updated_at) values (:client, :unit, :group, :subtype, :severity, 'REPORTED', :occurred, :now, :due,"
				+ " :address, :lat, :lon, :description, :by, :request, :now)")
			.param("client", n.clientId())
			.param("unit", n.unitId())
			.param("group", n.taskGroup().name())
			.param("subtype", n.subtype())
			.param("severity", n.severity().name())
			.param("occurred", IncidentSql.ts(n.occurredAt()))
			.param("now", IncidentSql.ts(now))
			.param("due", IncidentSql.ts(due))
			.param("address", n.address())
			.param("lat", (n.point() != null) ? n.point().lat() : null, java.sql.Types.NUMERIC)
			.param("lon", (n.point() != null) ? n.point().lon() : null, java.sql.Types.NUMERIC)
			.param("description", n.description())
			.param("by", actor)
			.param("request", citizenRequestId, java.sql.Types.BIGINT)
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		this.jdbc
			.sql("insert into ops_incident_event (incident_id, occurred_at, actor, action, to_status)"
					+ " values (:id, :now, :actor, 'REPORT', 'REPORTED')")
			.param("id", id)
			.param("now", IncidentSql.ts(now))
			.param("actor", actor)
			.update();
		this.audit.record(actor, "operations.incident.report", "incident", Long.toString(id), null,
				n.taskGroup() + "/" + n.subtype() + "/" + n.severity() + " unit " + n.unitId());
		return id;
	}

	static LocalDateTime now() {
		return LocalDateTime.now(Dates.ZONE).truncatedTo(ChronoUnit.SECONDS);
	}

	static void requireWrite(UnitScope scope) {
		if (!scope.canWrite()) {
			throw new GrassrootsException(ProblemCode.FORBIDDEN_ACTION, "write");
		}
	}

	static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

	static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, String field, @Nullable String raw,
			List<FieldProblem> problems) {
		if (blank(raw)) {
			problems.add(new FieldProblem(field, raw, "validation.required"));
			return null;
		}
		try {
			return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem(field, raw, "validation.one-of",
					java.util.Arrays.toString(type.getEnumConstants())));
			return null;
		}
	}

	static @Nullable String text(String field, @Nullable String raw, int max, boolean required,
			List<FieldProblem> problems) {
		if (blank(raw)) {
			if (required) {
				problems.add(new FieldProblem(field, raw, "validation.required"));
			}
			return null;
		}
		String value = raw.strip();
		if (value.length() > max) {
			problems.add(new FieldProblem(field, value.length(), "operations.validation.max-length", max));
			return null;
		}
		return value;
	}

	/**
	 * A checked incident.
	 *
	 * @param clientId normalised client id, if any
	 * @param unitId unit
	 * @param taskGroup task group
	 * @param subtype subtype code
	 * @param severity severity
	 * @param occurredAt when
	 * @param address address
	 * @param point coordinates, if any
	 * @param description description
	 */
	record NewIncident(@Nullable String clientId, long unitId, TaskGroup taskGroup, String subtype, Severity severity,
			LocalDateTime occurredAt, String address, @Nullable GeoPoint point, String description) {
	}

}

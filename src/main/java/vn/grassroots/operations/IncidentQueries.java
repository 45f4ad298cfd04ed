package vn.grassroots.operations;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.operations.internal.IncidentSql;
import vn.grassroots.organisation.SubtreeFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.Cursor;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.SeekPage;
import vn.grassroots.shared.SeekRequest;
import vn.grassroots.shared.UnitScope;

/**
 * Reads of incidents, always limited to the caller's subtree (incidents of other units
 * are reported as absent). Lists are read by keyset paging, served by the indexes on
 * {@code (unit_id, occurred_at)} in a commune, {@code (occurred_at, id)} and
 * {@code (status, occurred_at, id)} in a province or the country, and
 * {@code (status, due_at)} for the overdue list.
 */
@Service
@Transactional(readOnly = true)
public class IncidentQueries {

	/**
	 * Scopes with at most this many units (a commune with its villages and teams) read
	 * their incidents unit by unit; larger ones walk the time index.
	 */
	static final int SMALL_SCOPE = 1000;

	/** Most points the map shows at once (the newest). */
	public static final int MAP_LIMIT = 2000;

	private final JdbcClient jdbc;

	private final UnitQueries units;

	IncidentQueries(JdbcClient jdbc, UnitQueries units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/** The incident if in scope. */
	public Optional<IncidentView> find(UnitScope scope, long id) {
		SubtreeFilter in = this.units.subtree(scope);
		return in
			.bind(this.jdbc.sql(IncidentSql.SELECT + " where i.id = :id and " + in.condition("i.unit_id"))
				.param("id", id)
				.param("ud", scope.asOf()))
			.query(IncidentSql.view(IncidentService.now()))
			.optional();
	}

	/** The incident; 404 when absent or outside the scope. */
	public IncidentView get(UnitScope scope, long id) {
		return find(scope, id).orElseThrow(() -> GrassrootsException.notFound("incident " + id));
	}

	/**
	 * One page of incidents in scope matching the filter, newest first (the overdue list:
	 * most overdue first), ties by id, read by keyset paging, with a count that stops
	 * after {@link SeekPage#COUNT_LIMIT}.
	 */
	public SeekPage<IncidentView> list(UnitScope scope, IncidentFilter filter, SeekRequest page) {
		return list(scope, filter, page, SMALL_SCOPE);
	}

	/**
	 * {@link #list} reading scopes of at most {@code smallScope} units unit by unit
	 * (tests compare both ways of reading).
	 */
	SeekPage<IncidentView> list(UnitScope scope, IncidentFilter filter, SeekRequest page, int smallScope) {
		UnitScope within = within(scope, filter.unitId());
		SubtreeFilter in = this.units.subtree(within);
		Map<String, Object> params = new LinkedHashMap<>(in.parameters());
		List<String> filters = filters(filter, params);
		// a commune's incidents come through the unit index and are sorted; a
		// province's or the country's by walking the time index and checking each
		// incident's unit; open overdue incidents are few: read and sorted in any scope
		Optional<List<Long>> few = this.units.unitIdsInScope(within, smallScope);
		boolean small = filter.overdueOnly() || few.isPresent();
		String inScope;
		if (few.isPresent()) {
			inScope = few.get().isEmpty() ? "1 = 0" : "i.unit_id in (:units)";
			if (!few.get().isEmpty()) {
				params.put("units", few.get());
			}
		}
		else {
			inScope = in.probe("i.unit_id");
		}
		String conditions = inScope + filters.stream().map((f) -> " and " + f).collect(Collectors.joining());
		String key = filter.overdueOnly() ? "due_at" : "occurred_at";
		boolean descending = !filter.overdueOnly() != page.backward();
		String direction = descending ? " desc" : "";
		Cursor at = page.position();
		if (at != null) {
			params.put("ck", IncidentSql.ts(cursorTime(page, at)));
			params.put("ci", at.id());
		}
		String comparison = descending ? "<" : ">";
		String ids;
		if (small) {
			// "offset 0 rows" keeps the sub-select apart: its rows are read through the
			// unit (or status) index and sorted, whatever plan a prepared statement gets
			ids = "select x.id, x." + key + " from (select i.id, i." + key + " from ops_incident i where " + conditions
					+ " offset 0 rows) x"
					+ ((at != null) ? " where (x." + key + ", x.id) " + comparison + " (:ck, :ci)" : "")
					+ " order by x." + key + direction + ", x.id" + direction;
		}
		else {
			ids = "select i.id, i." + key + " from ops_incident i where " + conditions
					+ ((at != null) ? " and (i." + key + ", i.id) " + comparison + " (:ck, :ci)" : "") + " order by i."
					+ key + direction + ", i.id" + direction;
		}
		// limits are literals: PostgreSQL plans a prepared statement's unknown limit as a
		// tenth of the rows, for which sorting them all looks cheaper than the walk
		ids += " limit " + page.fetch() + ((page.offset() > 0) ? " offset " + page.offset() : "");
		params.put("ud", scope.asOf());
		List<IncidentView> rows = this.jdbc
			.sql("select i.*, up.full_name as unit_name from (" + ids + ") pg join ops_incident i on i.id = pg.id"
					+ IncidentSql.UNIT_NAME + " order by i." + key + direction + ", i.id" + direction)
			.params(params)
			.query(IncidentSql.view(IncidentService.now()))
			.list();
		String counted = small ? "select 1 from ops_incident i where " + conditions
				: "select 1 from " + in.units() + " u join ops_incident i on i.unit_id = u.unit_id"
						+ filters.stream().map((f) -> " and " + f).collect(Collectors.joining());
		long total = this.jdbc.sql("select count(*) from (" + counted + " limit " + (SeekPage.COUNT_LIMIT + 1) + ") c")
			.params(params)
			.query(Long.class)
			.single();
		return SeekPage.of(page, rows, total,
				(i) -> new Cursor(String.valueOf(filter.overdueOnly() ? i.dueAt() : i.occurredAt()), i.id()));
	}

	private static LocalDateTime cursorTime(SeekRequest page, Cursor at) {
		try {
			return LocalDateTime.parse(at.key());
		}
		catch (java.time.format.DateTimeParseException ex) {
			String field = page.backward() ? "before" : "after";
			throw GrassrootsException.badField(field, at.token(), "validation.cursor");
		}
	}

	/**
	 * The scope cut down to the subtree of the filter's unit (404 outside the scope):
	 * path prefixes either nest or do not meet, so that is the unit's own path when the
	 * scope covers it, else the scope's paths that lie under it.
	 */
	private UnitScope within(UnitScope scope, @Nullable Long unitId) {
		if (unitId == null) {
			return scope;
		}
		UnitView unit = this.units.get(scope, unitId);
		List<String> paths = scope.covers(unit.path()) ? List.of(unit.path())
				: scope.paths().stream().filter((p) -> p.startsWith(unit.path())).toList();
		return scope.at(scope.asOf(), paths);
	}

	/**
	 * Hands every incident in scope matching the filter, newest first, to the consumer as
	 * a stream read from the database as it goes (for exports of any size).
	 */
	public void stream(UnitScope scope, IncidentFilter filter,
			java.util.function.Consumer<java.util.stream.Stream<IncidentView>> consumer) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(scope, filter, params);
		params.put("ud", scope.asOf());
		try (java.util.stream.Stream<IncidentView> rows = this.jdbc
			.sql(IncidentSql.SELECT + where + " order by i.occurred_at desc, i.id desc")
			.params(params)
			.query(IncidentSql.view(IncidentService.now()))
			.stream()) {
			consumer.accept(rows);
		}
	}

	/** The open incidents in scope past their due time, most overdue first. */
	public SeekPage<IncidentView> overdue(UnitScope scope, SeekRequest page) {
		return list(scope, IncidentFilter.overdue(), page);
	}

	/** The newest {@link #MAP_LIMIT} incidents with coordinates matching the filter. */
	public List<MapPoint> mapPoints(UnitScope scope, IncidentFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(scope, filter, params) + " and i.lat is not null";
		params.put("ud", scope.asOf());
		params.put("limit", MAP_LIMIT);
		return this.jdbc.sql("select i.id, i.lat, i.lon, i.severity, i.status, i.subtype, up.full_name as unit_name,"
				+ " case when up.type = 'VILLAGE' then cp.full_name else up.full_name end as commune_name"
				+ " from ops_incident i left join org_unit_period up on up.unit_id = i.unit_id and "
				+ IncidentSql.validAt("up", "ud") + " left join org_unit_period cp on cp.unit_id = up.parent_id and "
				+ IncidentSql.validAt("cp", "ud") + where + " order by i.occurred_at desc, i.id desc limit :limit")
			.params(params)
			.query((rs, n) -> new MapPoint(rs.getLong("id"), rs.getBigDecimal("lat"), rs.getBigDecimal("lon"),
					Severity.valueOf(rs.getString("severity")), IncidentStatus.valueOf(rs.getString("status")),
					rs.getString("subtype"), String.valueOf(rs.getString("unit_name")),
					String.valueOf(rs.getString("commune_name"))))
			.list();
	}

	/** Counts per task group and subtype of the incidents that occurred in the month. */
	public List<MonthlyCount> monthly(UnitScope scope, YearMonth month, IncidentFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		IncidentFilter inMonth = new IncidentFilter(null, filter.taskGroup(), filter.severity(), month.atDay(1),
				month.atEndOfMonth(), filter.unitId(), false);
		String where = where(scope, inMonth, params);
		params.put("now", IncidentSql.ts(IncidentService.now()));
		return this.jdbc.sql("select i.task_group, i.subtype, count(*) as total,"
				+ " sum(case when i.status = 'RESOLVED' then 1 else 0 end) as resolved," + " sum(case when i.status in "
				+ IncidentSql.OPEN_STATUSES + " and i.due_at < :now then 1 else 0 end) as overdue from ops_incident i"
				+ where + " group by i.task_group, i.subtype order by i.task_group, i.subtype")
			.params(params)
			.query((rs, n) -> new MonthlyCount(TaskGroup.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3),
					rs.getLong(4), rs.getLong(5)))
			.list();
	}

	/** The attachments of an incident in scope. */
	public List<AttachmentView> attachments(UnitScope scope, long incidentId) {
		get(scope, incidentId);
		return this.jdbc
			.sql("select id, incident_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at"
					+ " from ops_attachment where incident_id = :id order by id")
			.param("id", incidentId)
			.query((rs, n) -> new AttachmentView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toLocalDateTime()))
			.list();
	}

	/** The content of an attachment of an incident in scope; 404 otherwise. */
	public byte[] attachmentContent(UnitScope scope, long incidentId, long attachmentId) {
		get(scope, incidentId);
		return this.jdbc.sql("select content from ops_attachment where id = :a and incident_id = :i")
			.param("a", attachmentId)
			.param("i", incidentId)
			.query((rs, n) -> rs.getBytes(1))
			.optional()
			.orElseThrow(() -> GrassrootsException.notFound("attachment " + attachmentId));
	}

	/** The workflow history of an incident in scope, oldest first. */
	public List<Map<String, Object>> history(UnitScope scope, long incidentId) {
		get(scope, incidentId);
		List<Map<String, Object>> events = new ArrayList<>();
		this.jdbc
			.sql("select occurred_at, actor, action, from_status, to_status, note from ops_incident_event"
					+ " where incident_id = :id order by id")
			.param("id", incidentId)
			.query((rs, n) -> {
				Map<String, Object> e = new LinkedHashMap<>();
				e.put("at", rs.getTimestamp(1).toLocalDateTime());
				e.put("actor", rs.getString(2));
				e.put("action", rs.getString(3));
				e.put("from", rs.getString(4));
				e.put("to", rs.getString(5));
				e.put("note", rs.getString(6));
				return e;
			})
			.list()
			.forEach(events::add);
		return events;
	}

	private String where(UnitScope scope, IncidentFilter filter, Map<String, Object> params) {
		SubtreeFilter in = this.units.subtree(within(scope, filter.unitId()));
		params.putAll(in.parameters());
		return " where " + in.condition("i.unit_id")
				+ filters(filter, params).stream().map((f) -> " and " + f).collect(Collectors.joining());
	}

	/** The filter's conditions on incident {@code i} besides the scope. */
	private static List<String> filters(IncidentFilter filter, Map<String, Object> params) {
		List<String> where = new ArrayList<>();
		if (filter.status() != null) {
			where.add("i.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.taskGroup() != null) {
			where.add("i.task_group = :group");
			params.put("group", filter.taskGroup().name());
		}
		if (filter.severity() != null) {
			where.add("i.severity = :severity");
			params.put("severity", filter.severity().name());
		}
		if (filter.from() != null) {
			where.add("i.occurred_at >= :from");
			params.put("from", IncidentSql.ts(filter.from().atStartOfDay()));
		}
		if (filter.to() != null) {
			where.add("i.occurred_at < :to");
			params.put("to", IncidentSql.ts(filter.to().plusDays(1).atStartOfDay()));
		}
		if (filter.overdueOnly()) {
			where.add("i.status in " + IncidentSql.OPEN_STATUSES + " and i.due_at < :now");
			params.put("now", IncidentSql.ts(IncidentService.now()));
		}
		return where;
	}

	static LocalDate today() {
		return Dates.today();
	}

	static LocalDateTime nowLocal() {
		return IncidentService.now();
	}

}

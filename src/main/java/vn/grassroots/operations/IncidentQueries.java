package vn.grassroots.operations;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.operations.internal.IncidentSql;
import vn.grassroots.organisation.SubtreeFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.UnitScope;

/**
 * Reads of incidents, always limited to the caller's subtree (incidents of other units
 * are reported as absent). Every list is paged and served by the indexes on
 * {@code (unit_id, occurred_at)} and {@code (status, due_at)}.
 */
@Service
@Transactional(readOnly = true)
public class IncidentQueries {

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

	/** One page of incidents in scope matching the filter, newest first. */
	public PageResult<IncidentView> list(UnitScope scope, IncidentFilter filter, PageRequest page) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(scope, filter, params);
		long total = this.jdbc.sql("select count(*) from ops_incident i" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("ud", scope.asOf());
		params.put("limit", page.size());
		params.put("offset", page.offset());
		String order = filter.overdueOnly() ? " order by i.due_at, i.id" : " order by i.occurred_at desc, i.id desc";
		List<IncidentView> items = this.jdbc.sql(IncidentSql.SELECT + where + order + " limit :limit offset :offset")
			.params(params)
			.query(IncidentSql.view(IncidentService.now()))
			.list();
		return new PageResult<>(items, total);
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
	public PageResult<IncidentView> overdue(UnitScope scope, PageRequest page) {
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
		SubtreeFilter in = this.units.subtree(scope);
		StringBuilder where = new StringBuilder(" where ").append(in.condition("i.unit_id"));
		params.putAll(in.parameters());
		if (filter.status() != null) {
			where.append(" and i.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.taskGroup() != null) {
			where.append(" and i.task_group = :group");
			params.put("group", filter.taskGroup().name());
		}
		if (filter.severity() != null) {
			where.append(" and i.severity = :severity");
			params.put("severity", filter.severity().name());
		}
		if (filter.from() != null) {
			where.append(" and i.occurred_at >= :from");
			params.put("from", IncidentSql.ts(filter.from().atStartOfDay()));
		}
		if (filter.to() != null) {
			where.append(" and i.occurred_at < :to");
			params.put("to", IncidentSql.ts(filter.to().plusDays(1).atStartOfDay()));
		}
		if (filter.unitId() != null) {
			UnitView unit = this.units.get(scope, filter.unitId());
			where.append(" and i.unit_id in (select fp.unit_id from org_unit_period fp where fp.path >= :fs"
					+ " and fp.path < :fe and " + IncidentSql.validAt("fp", "fd") + ")");
			params.put("fs", UnitScope.rangeStart(unit.path()));
			params.put("fe", UnitScope.rangeEnd(unit.path()));
			params.put("fd", scope.asOf());
		}
		if (filter.overdueOnly()) {
			where.append(" and i.status in " + IncidentSql.OPEN_STATUSES + " and i.due_at < :now");
			params.put("now", IncidentSql.ts(IncidentService.now()));
		}
		return where.toString();
	}

	static LocalDate today() {
		return Dates.today();
	}

	static LocalDateTime nowLocal() {
		return IncidentService.now();
	}

}

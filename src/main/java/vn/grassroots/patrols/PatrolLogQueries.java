package vn.grassroots.patrols;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.organisation.SubtreeFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.patrols.internal.PatrolSql;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.UnitScope;

/**
 * Reads of patrol logs in the caller's scope; a page costs a constant number of queries.
 */
@Service
@Transactional(readOnly = true)
public class PatrolLogQueries {

	private static final String SELECT = "select x.id, x.client_id, x.commune_id, x.team_id, x.shift_id, x.started_at,"
			+ " x.ended_at, x.night, x.area, x.route, x.findings, x.participant_count, x.recorded_by, x.recorded_at"
			+ " from pat_patrol_log x";

	private final JdbcClient jdbc;

	private final UnitQueries units;

	PatrolLogQueries(JdbcClient jdbc, UnitQueries units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/** One log in scope; 404 otherwise. */
	public PatrolLogView get(UnitScope scope, long id) {
		List<PatrolLogView> found = read(scope, " and x.id = :id", Map.of("id", id), "");
		if (found.isEmpty()) {
			throw GrassrootsException.notFound("patrol log " + id);
		}
		return found.get(0);
	}

	/** One page of the logs in scope matching the filter, newest first. */
	public PageResult<PatrolLogView> list(UnitScope scope, PatrolLogFilter filter, PageRequest page) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder();
		if (filter.unitId() != null) {
			UnitView unit = this.units.get(scope, filter.unitId());
			where.append(" and (x.team_id = :u or x.commune_id = :u or ")
				.append(RosterQueries.underUnit(unit, "x"))
				.append(")");
			params.put("u", filter.unitId());
		}
		if (filter.from() != null) {
			where.append(" and x.started_at >= :from");
			params.put("from", PatrolSql.ts(filter.from().atStartOfDay()));
		}
		if (filter.to() != null) {
			where.append(" and x.started_at < :to");
			params.put("to", PatrolSql.ts(filter.to().plusDays(1).atStartOfDay()));
		}
		if (filter.night() != null) {
			where.append(" and x.night = :night");
			params.put("night", filter.night());
		}
		SubtreeFilter in = this.units.subtree(scope);
		var count = in
			.bind(this.jdbc.sql("select count(*) from pat_patrol_log x where " + PatrolSql.inScope(in, "x") + where));
		for (var p : params.entrySet()) {
			count = count.param(p.getKey(), p.getValue());
		}
		long total = count.query(Long.class).single();
		List<PatrolLogView> items = read(scope, where.toString(), params,
				" order by x.started_at desc, x.id desc limit " + page.size() + " offset " + page.offset());
		return new PageResult<>(items, total);
	}

	private List<PatrolLogView> read(UnitScope scope, String where, Map<String, Object> params, String tail) {
		SubtreeFilter in = this.units.subtree(scope);
		var spec = in.bind(this.jdbc.sql(SELECT + " where " + PatrolSql.inScope(in, "x") + where + tail));
		for (var p : params.entrySet()) {
			spec = spec.param(p.getKey(), p.getValue());
		}
		List<Object[]> rows = spec
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getObject(4),
							rs.getObject(5), PatrolSql.time(rs, "started_at"), PatrolSql.time(rs, "ended_at"),
							rs.getBoolean(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getInt(12),
							rs.getString(13), PatrolSql.time(rs, "recorded_at") })
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map((r) -> (Long) r[0]).toList();
		Map<Long, List<MemberRef>> participants = new HashMap<>();
		this.jdbc
			.sql("select pp.patrol_id, m.id, m.full_name from pat_patrol_participant pp join per_member m on"
					+ " m.id = pp.member_id where pp.patrol_id in (:ids) order by m.full_name, m.id")
			.param("ids", ids)
			.query((rs, n) -> participants.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
				.add(new MemberRef(rs.getLong(2), rs.getString(3))))
			.list();
		Map<Long, List<Long>> incidents = new HashMap<>();
		this.jdbc
			.sql("select patrol_id, incident_id from pat_patrol_incident where patrol_id in (:ids)"
					+ " order by incident_id")
			.param("ids", ids)
			.query((rs, n) -> incidents.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getLong(2)))
			.list();
		var unitIds = new HashSet<Long>();
		rows.forEach((r) -> unitIds.add((r[3] != null) ? ((Number) r[3]).longValue() : (Long) r[2]));
		Map<Long, UnitView> names = this.units.findAll(scope, unitIds);
		return rows.stream().map((r) -> {
			Long team = (r[3] != null) ? ((Number) r[3]).longValue() : null;
			long unit = (team != null) ? team : (Long) r[2];
			UnitView view = names.get(unit);
			return new PatrolLogView((Long) r[0], (String) r[1], (Long) r[2], team,
					(view != null) ? view.fullName() : "", (r[4] != null) ? ((Number) r[4]).longValue() : null,
					(LocalDateTime) r[5], (LocalDateTime) r[6], (Boolean) r[7], (String) r[8], (String) r[9],
					(String) r[10], (Integer) r[11], participants.getOrDefault((Long) r[0], List.of()),
					incidents.getOrDefault((Long) r[0], List.of()), (String) r[12], (LocalDateTime) r[13]);
		}).toList();
	}

}

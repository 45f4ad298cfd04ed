package vn.grassroots.patrols;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.organisation.SubtreeFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.patrols.internal.PatrolSql;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.UnitScope;

/**
 * Reads of plans and roster shifts in the caller's scope; a constant number of queries
 * per page whatever the number of shifts.
 */
@Service
@Transactional(readOnly = true)
public class RosterQueries {

	private static final String PLAN = "select x.id, x.commune_id, x.team_id, x.title, x.area, x.route, x.schedule,"
			+ " x.created_by, x.created_at from pat_plan x";

	private static final String SHIFT = "select x.id, x.plan_id, p.title, p.area, p.route, x.commune_id, x.team_id,"
			+ " x.shift_date, x.starts_at, x.ends_at, x.night, (select min(l.id) from pat_patrol_log l where"
			+ " l.shift_id = x.id) as log_id from pat_shift x join pat_plan p on p.id = x.plan_id";

	private final JdbcClient jdbc;

	private final UnitQueries units;

	private final PatrolSql sql;

	RosterQueries(JdbcClient jdbc, UnitQueries units, PatrolSql sql) {
		this.jdbc = jdbc;
		this.units = units;
		this.sql = sql;
	}

	/** One plan in scope; 404 otherwise. */
	public PlanView plan(UnitScope scope, long id) {
		List<PlanView> found = plans(scope, " and x.id = :id", Map.of("id", id));
		if (found.isEmpty()) {
			throw GrassrootsException.notFound("patrol plan " + id);
		}
		return found.get(0);
	}

	/** The plans in scope, of one unit's subtree when {@code unitId} is given. */
	public List<PlanView> plans(UnitScope scope, @Nullable Long unitId) {
		if (unitId != null) {
			UnitView unit = this.units.get(scope, unitId);
			return plans(scope, " and (x.team_id = :u or x.commune_id = :u or " + underUnit(unit, "x") + ")",
					Map.of("u", unitId));
		}
		return plans(scope, "", Map.of());
	}

	private List<PlanView> plans(UnitScope scope, String where, Map<String, Object> params) {
		SubtreeFilter in = this.units.subtree(scope);
		var spec = in
			.bind(this.jdbc.sql(PLAN + " where " + PatrolSql.inScope(in, "x") + where + " order by x.id desc"));
		for (var p : params.entrySet()) {
			spec = spec.param(p.getKey(), p.getValue());
		}
		List<Object[]> rows = spec
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getObject(3), rs.getString(4),
							rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
							PatrolSql.time(rs, "created_at") })
			.list();
		Map<Long, String> names = unitNames(scope, rows.stream().map((r) -> unitOf(r[1], r[2])).toList());
		return rows.stream()
			.map((r) -> new PlanView((Long) r[0], (Long) r[1], (r[2] != null) ? ((Number) r[2]).longValue() : null,
					names.getOrDefault(unitOf(r[1], r[2]), ""), (String) r[3], (String) r[4], (String) r[5],
					(String) r[6], (String) r[7], (java.time.LocalDateTime) r[8]))
			.toList();
	}

	/** One shift in scope with its members; 404 otherwise. */
	public ShiftView shift(UnitScope scope, long id) {
		List<ShiftView> found = shifts(scope, " and x.id = :id", Map.of("id", id));
		if (found.isEmpty()) {
			throw GrassrootsException.notFound("shift " + id);
		}
		return found.get(0);
	}

	/**
	 * The shifts in scope starting on days {@code from} to {@code to} (inclusive), of a
	 * unit (team, commune or any unit above) when given, by start.
	 */
	public List<ShiftView> shifts(UnitScope scope, @Nullable Long unitId, LocalDate from, LocalDate to) {
		Map<String, Object> params = new HashMap<>();
		params.put("from", from);
		params.put("to", to);
		String where = " and x.shift_date >= :from and x.shift_date <= :to";
		if (unitId != null) {
			UnitView unit = this.units.get(scope, unitId);
			where += " and (x.team_id = :u or x.commune_id = :u or " + underUnit(unit, "x") + ")";
			params.put("u", unitId);
		}
		return shifts(scope, where, params);
	}

	/** The shifts of a member in scope from {@code from} to {@code to}, for calendars. */
	public List<ShiftView> memberShifts(UnitScope scope, long memberId, LocalDate from, LocalDate to) {
		return shifts(scope,
				" and x.shift_date >= :from and x.shift_date <= :to and exists (select 1 from"
						+ " pat_shift_member q where q.shift_id = x.id and q.member_id = :m)",
				Map.of("from", from, "to", to, "m", memberId));
	}

	private List<ShiftView> shifts(UnitScope scope, String where, Map<String, Object> params) {
		SubtreeFilter in = this.units.subtree(scope);
		var spec = in.bind(
				this.jdbc.sql(SHIFT + " where " + PatrolSql.inScope(in, "x") + where + " order by x.starts_at, x.id"));
		for (var p : params.entrySet()) {
			spec = spec.param(p.getKey(), p.getValue());
		}
		List<Object[]> rows = spec.query((rs,
				n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getLong(6), rs.getObject(7), rs.getDate(8).toLocalDate(), PatrolSql.time(rs, "starts_at"),
						PatrolSql.time(rs, "ends_at"), rs.getBoolean(11), rs.getObject(12) })
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<MemberRef>> members = new HashMap<>();
		List<Long> ids = rows.stream().map((r) -> (Long) r[0]).toList();
		for (int i = 0; i < ids.size(); i += 1000) {
			this.jdbc
				.sql("select sm.shift_id, m.id, m.full_name from pat_shift_member sm join per_member m on"
						+ " m.id = sm.member_id where sm.shift_id in (:ids) order by m.full_name, m.id")
				.param("ids", ids.subList(i, Math.min(ids.size(), i + 1000)))
				.query((rs, n) -> members.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
					.add(new MemberRef(rs.getLong(2), rs.getString(3))))
				.list();
		}
		Map<Long, String> names = unitNames(scope, rows.stream().map((r) -> unitOf(r[5], r[6])).toList());
		return rows.stream()
			.map((r) -> new ShiftView((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4],
					(Long) r[5], (r[6] != null) ? ((Number) r[6]).longValue() : null,
					names.getOrDefault(unitOf(r[5], r[6]), ""), (LocalDate) r[7], (java.time.LocalDateTime) r[8],
					(java.time.LocalDateTime) r[9], (Boolean) r[10], members.getOrDefault((Long) r[0], List.of()),
					(r[11] != null) ? ((Number) r[11]).longValue() : null))
			.toList();
	}

	/**
	 * The members who may be put on a plan's shifts on a date: the team's members on that
	 * date for a team plan, the commune police's members for a commune plan, in scope, by
	 * name.
	 */
	public List<MemberRef> candidates(UnitScope scope, long unitId, LocalDate date) {
		UnitView unit = this.units.get(scope, unitId);
		String condition = (unit.type() == vn.grassroots.organisation.UnitType.TEAM)
				? "exists (select 1 from per_membership ms where ms.member_id = m.id and ms.team_id = :u and"
						+ " ms.valid_from <= :d and (ms.valid_to is null or ms.valid_to > :d))"
				: "m.commune_id = :u";
		List<MemberRef> all = this.jdbc
			.sql("select m.id, m.full_name from per_member m where " + condition + " order by m.full_name, m.id")
			.param("u", unitId)
			.param("d", date)
			.query((rs, n) -> new MemberRef(rs.getLong(1), rs.getString(2)))
			.list();
		Map<Long, PatrolSql.Member> found = this.sql.members(scope, all.stream().map(MemberRef::id).toList());
		return all.stream().filter((m) -> found.containsKey(m.id()) && found.get(m.id()).activeOn(date)).toList();
	}

	private static long unitOf(Object commune, @Nullable Object team) {
		return (team != null) ? ((Number) team).longValue() : (Long) commune;
	}

	private Map<Long, String> unitNames(UnitScope scope, List<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		this.units.findAll(scope, new java.util.HashSet<>(ids)).forEach((id, u) -> names.put(id, u.fullName()));
		return names;
	}

	/**
	 * A condition keeping rows whose team or commune lies under the unit (for a unit
	 * above the communes): a path range on the unit's path as of the scope's date.
	 */
	static String underUnit(UnitView unit, String alias) {
		String start = unit.path().replace("'", "");
		String end = UnitScope.rangeEnd(start);
		return "coalesce(" + alias + ".team_id, " + alias + ".commune_id) in (select up.unit_id from org_unit_period"
				+ " up where up.path >= '" + start + "' and up.path < '" + end + "' and (up.valid_from is null or"
				+ " up.valid_from <= :sf_d) and (up.valid_to is null or up.valid_to > :sf_d))";
	}

}

package vn.grassroots.patrols;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.organisation.SubtreeFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.patrols.internal.PatrolSql;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.UnitScope;

/**
 * Patrols per month in the caller's scope. Communes and provinces are read from the
 * roll-up {@code pat_patrol_month} (one row per commune and month, so the cost grows with
 * the units, not with the patrols); teams from the logs of one month.
 */
@Service
@Transactional(readOnly = true)
public class PatrolStatistics {

	private final JdbcClient jdbc;

	private final UnitQueries units;

	PatrolStatistics(JdbcClient jdbc, UnitQueries units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/**
	 * Patrols per commune police unit or per province (by {@code level}) in scope for the
	 * months {@code from} to {@code to}, by unit and month. 400 naming {@code level} for
	 * another level.
	 */
	public List<PatrolMonth> monthly(UnitScope scope, UnitType level, YearMonth from, YearMonth to) {
		if (level != UnitType.COMMUNE && level != UnitType.PROVINCE) {
			throw GrassrootsException.badField("level", level.name(), "patrols.validation.level");
		}
		if (scope.paths().isEmpty()) {
			return List.of();
		}
		SubtreeFilter in = this.units.subtree(scope);
		Map<Key, long[]> sums = new LinkedHashMap<>();
		Map<Long, String> names = new HashMap<>();
		in.bind(this.jdbc.sql("select m.commune_id, m.month_start, m.patrols, m.night_patrols, m.participations,"
				+ " p.path, p.full_name from pat_patrol_month m join org_unit_period p on p.unit_id = m.commune_id"
				+ " and (p.valid_from is null or p.valid_from <= :sf_d) and (p.valid_to is null or p.valid_to > :sf_d)"
				+ " where m.month_start >= :from and m.month_start <= :to and " + in.condition("m.commune_id")
				+ " order by m.month_start, m.commune_id"))
			.param("from", from.atDay(1))
			.param("to", to.atDay(1))
			.query((rs, n) -> {
				long commune = rs.getLong(1);
				Long province = PatrolSql.provinceOf(rs.getString(6));
				long unit = (level == UnitType.PROVINCE && province != null) ? province : commune;
				if (unit == commune) {
					names.put(commune, rs.getString(7));
				}
				long[] s = sums.computeIfAbsent(new Key(unit, YearMonth.from(rs.getDate(2).toLocalDate())),
						(k) -> new long[3]);
				s[0] += rs.getLong(3);
				s[1] += rs.getLong(4);
				s[2] += rs.getLong(5);
				return null;
			})
			.list();
		if (level == UnitType.PROVINCE && !sums.isEmpty()) {
			// a commune officer sees the province's name though not the province itself
			this.jdbc
				.sql("select unit_id, full_name from org_unit_period where unit_id in (:ids) and (valid_from is null"
						+ " or valid_from <= :d) and (valid_to is null or valid_to > :d)")
				.param("ids", sums.keySet().stream().map(Key::unitId).distinct().toList())
				.param("d", scope.asOf())
				.query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
				.list();
		}
		List<PatrolMonth> result = new ArrayList<>();
		sums.forEach((k, s) -> result.add(new PatrolMonth(k.unitId(), names.getOrDefault(k.unitId(), "#" + k.unitId()),
				k.month(), s[0], s[1], s[2])));
		result.sort(Comparator.comparing(PatrolMonth::month).thenComparing(PatrolMonth::unitName));
		return result;
	}

	/**
	 * Patrols per team (and commune police patrols without a team) in scope in a month,
	 * of a unit's subtree when given, by name.
	 */
	public List<PatrolMonth> perTeam(UnitScope scope, YearMonth month, @org.jspecify.annotations.Nullable Long unitId) {
		SubtreeFilter in = this.units.subtree(scope);
		String where = "";
		if (unitId != null) {
			UnitView unit = this.units.get(scope, unitId);
			where = " and (x.team_id = :u or x.commune_id = :u or " + RosterQueries.underUnit(unit, "x") + ")";
		}
		var spec = in
			.bind(this.jdbc.sql("select coalesce(x.team_id, x.commune_id), count(*),"
					+ " sum(case when x.night then 1 else 0 end), sum(x.participant_count) from pat_patrol_log x where"
					+ " x.started_at >= :from and x.started_at < :to and " + PatrolSql.inScope(in, "x") + where
					+ " group by coalesce(x.team_id, x.commune_id)"))
			.param("from", Timestamp.valueOf(month.atDay(1).atStartOfDay()))
			.param("to", Timestamp.valueOf(month.plusMonths(1).atDay(1).atStartOfDay()));
		if (unitId != null) {
			spec = spec.param("u", unitId);
		}
		List<long[]> rows = spec
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) })
			.list();
		Map<Long, UnitView> names = this.units.findAll(scope, rows.stream().map((r) -> r[0]).toList());
		return rows.stream()
			.map((r) -> new PatrolMonth(r[0], names.containsKey(r[0]) ? names.get(r[0]).fullName() : "#" + r[0], month,
					r[1], r[2], r[3]))
			.sorted(Comparator.comparing(PatrolMonth::unitName))
			.toList();
	}

	/** The months with patrols in scope up to today, newest first, at most 24. */
	public List<YearMonth> months(LocalDate today) {
		return this.jdbc
			.sql("select distinct month_start from pat_patrol_month where month_start <= :d"
					+ " order by month_start desc limit 24")
			.param("d", today)
			.query((rs, n) -> YearMonth.from(rs.getDate(1).toLocalDate()))
			.list();
	}

	private record Key(long unitId, YearMonth month) {
	}

}

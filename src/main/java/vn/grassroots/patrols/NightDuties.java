package vn.grassroots.patrols;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.patrols.internal.PatrolSql;
import vn.grassroots.shared.UnitScope;

/**
 * Night duties of members per month, for the night-duty pay of the allowance runs and the
 * roster's night-duty cap: the night shifts a member is rostered on (by the day the shift
 * starts) plus the night patrols the member took part in that were logged without a
 * shift. A night duty is any shift or patrol with a part between 22:00 and 06:00.
 */
@Service
@Transactional(readOnly = true)
public class NightDuties {

	private final JdbcClient jdbc;

	private final PatrolSql sql;

	NightDuties(JdbcClient jdbc, PatrolSql sql) {
		this.jdbc = jdbc;
		this.sql = sql;
	}

	/**
	 * The number of night duties in the month of each member in the caller's scope;
	 * members outside the scope are left out, members in scope without night duties map
	 * to 0. Three queries whatever the number of members. Never returns null.
	 */
	public Map<Long, Integer> count(UnitScope scope, Collection<Long> memberIds, YearMonth month) {
		List<Long> visible = List.copyOf(this.sql.members(scope, memberIds).keySet());
		return countUnchecked(visible, month);
	}

	/**
	 * Like {@link #count} for members the caller has checked already (no scope).
	 */
	public Map<Long, Integer> countUnchecked(Collection<Long> memberIds, YearMonth month) {
		Map<Long, Integer> counts = new HashMap<>();
		memberIds.forEach((id) -> counts.put(id, 0));
		if (memberIds.isEmpty()) {
			return counts;
		}
		List<Long> ids = List.copyOf(memberIds);
		for (int from = 0; from < ids.size(); from += 1000) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
			this.jdbc
				.sql("select sm.member_id, count(*) from pat_shift s join pat_shift_member sm on sm.shift_id = s.id"
						+ " where sm.member_id in (:ids) and s.night = true and s.shift_date >= :from"
						+ " and s.shift_date < :to group by sm.member_id")
				.param("ids", chunk)
				.param("from", month.atDay(1))
				.param("to", month.plusMonths(1).atDay(1))
				.query((rs, n) -> counts.merge(rs.getLong(1), rs.getInt(2), Integer::sum))
				.list();
			this.jdbc
				.sql("select pp.member_id, count(*) from pat_patrol_log l join pat_patrol_participant pp on"
						+ " pp.patrol_id = l.id where pp.member_id in (:ids) and l.night = true and l.shift_id is null"
						+ " and l.started_at >= :from and l.started_at < :to group by pp.member_id")
				.param("ids", chunk)
				.param("from", Timestamp.valueOf(month.atDay(1).atStartOfDay()))
				.param("to", Timestamp.valueOf(month.plusMonths(1).atDay(1).atStartOfDay()))
				.query((rs, n) -> counts.merge(rs.getLong(1), rs.getInt(2), Integer::sum))
				.list();
		}
		return counts;
	}

}

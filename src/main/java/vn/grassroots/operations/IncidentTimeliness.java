package vn.grassroots.operations;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.organisation.SubtreeFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.UnitScope;

/**
 * How many incidents of a unit's subtree were resolved within their time limit, for other
 * modules (emulation scores). One counting query per call.
 */
@Service
@Transactional(readOnly = true)
public class IncidentTimeliness {

	private final JdbcClient jdbc;

	private final UnitQueries units;

	IncidentTimeliness(JdbcClient jdbc, UnitQueries units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/**
	 * Counts of incidents that occurred in a period.
	 *
	 * @param due incidents that were resolved or whose time limit has passed
	 * @param resolvedInTime incidents resolved no later than their time limit
	 */
	public record Resolution(long due, long resolvedInTime) {
	}

	/**
	 * Counts for the incidents that occurred from {@code from} to {@code to} (inclusive)
	 * in the subtree of the unit (404 outside the caller's scope).
	 */
	public Resolution resolution(UnitScope scope, long unitId, LocalDate from, LocalDate to) {
		UnitView unit = this.units.get(scope, unitId);
		SubtreeFilter in = this.units.subtree(scope.at(scope.asOf(), List.of(unit.path())));
		return in.bind(this.jdbc.sql("select count(*),"
				+ " coalesce(sum(case when i.resolved_at is not null and i.resolved_at <= i.due_at then 1 else 0 end), 0)"
				+ " from ops_incident i where i.occurred_at >= :f and i.occurred_at < :t"
				+ " and (i.resolved_at is not null or i.due_at < :now) and " + in.condition("i.unit_id")))
			.param("f", Timestamp.valueOf(from.atStartOfDay()))
			.param("t", Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
			.param("now", new Timestamp(System.currentTimeMillis()))
			.query((rs, n) -> new Resolution(rs.getLong(1), rs.getLong(2)))
			.single();
	}

}

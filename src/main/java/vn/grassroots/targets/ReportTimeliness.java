package vn.grassroots.targets;

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
 * How many periodic reports of a unit's subtree were first submitted on time, for other
 * modules (emulation scores). One counting query per call.
 */
@Service
@Transactional(readOnly = true)
public class ReportTimeliness {

	private final JdbcClient jdbc;

	private final UnitQueries units;

	ReportTimeliness(JdbcClient jdbc, UnitQueries units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/**
	 * Counts of submitted reports.
	 *
	 * @param submitted reports submitted at least once
	 * @param onTime of those, first submitted by their due date
	 */
	public record Timeliness(long submitted, long onTime) {
	}

	/**
	 * Counts for the reports whose period starts from {@code from} to {@code to}
	 * (inclusive) in the subtree of the unit (404 outside the caller's scope).
	 */
	public Timeliness timeliness(UnitScope scope, long unitId, LocalDate from, LocalDate to) {
		UnitView unit = this.units.get(scope, unitId);
		SubtreeFilter in = this.units.subtree(scope.at(scope.asOf(), List.of(unit.path())));
		return in
			.bind(this.jdbc.sql("select count(*), coalesce(sum(case when r.on_time then 1 else 0 end), 0)"
					+ " from tgt_report r where r.on_time is not null and r.period_start between :f and :t and "
					+ in.condition("r.unit_id")))
			.param("f", from)
			.param("t", to)
			.query((rs, n) -> new Timeliness(rs.getLong(1), rs.getLong(2)))
			.single();
	}

}

package vn.grassroots.operations.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.grassroots.targets.IndicatorComputation;
import vn.grassroots.targets.StationValue;

/**
 * {@code INCIDENTS_RESOLVED_ON_TIME} for the indicators of the targets module: per unit
 * of the incidents (village or commune level), of the incidents reported in the twelve
 * months up to the date and decided by the end of the date (resolved, or past their due
 * time), those resolved by their due time ({@code due_at}, fixed from the severity's time
 * limit when reported). Transferred incidents are left out (another unit answers for
 * them).
 */
@Component
class IncidentsOnTimeComputation implements IndicatorComputation {

	private final JdbcClient jdbc;

	IncidentsOnTimeComputation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "INCIDENTS_RESOLVED_ON_TIME";
	}

	@Override
	public List<StationValue> values(LocalDate date) {
		return this.jdbc.sql("select i.unit_id, sum(case when i.resolved_at is not null and i.resolved_at < :end"
				+ " and i.resolved_at <= i.due_at then 1 else 0 end), count(*) from ops_incident i"
				+ " where i.reported_at >= :from and i.reported_at < :end and i.status <> 'TRANSFERRED'"
				+ " and ((i.resolved_at is not null and i.resolved_at < :end) or i.due_at < :end) group by i.unit_id")
			.param("from", date.minusYears(1).plusDays(1).atStartOfDay())
			.param("end", date.plusDays(1).atStartOfDay())
			.query((rs, n) -> StationValue.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.list();
	}

}

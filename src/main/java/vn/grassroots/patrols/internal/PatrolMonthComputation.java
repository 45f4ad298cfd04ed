package vn.grassroots.patrols.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.grassroots.targets.IndicatorComputation;
import vn.grassroots.targets.StationValue;

/**
 * {@code PATROLS_PER_TEAM_MONTH}: patrols per protection team in the month of the date,
 * per commune police station: the patrols of the monthly roll-up of the patrol log
 * ({@code pat_patrol_month}, kept by the patrols module) over the TEAM units under the
 * station on the date. Rolled up as a ratio of sums, the national figure is all patrols
 * over all teams. Patrols of the commune police without a team count too (the roll-up has
 * no split by team); a station without teams contributes its patrols and no team.
 * Contributed to the indicator catalogue of the targets module through its
 * {@link IndicatorComputation} interface.
 */
@Component
class PatrolMonthComputation implements IndicatorComputation {

	static final String NAME = "PATROLS_PER_TEAM_MONTH";

	private static final String VALID_T = "(t.valid_from is null or t.valid_from <= :d)"
			+ " and (t.valid_to is null or t.valid_to > :d)";

	private static final String VALID_C = "(c.valid_from is null or c.valid_from <= :d)"
			+ " and (c.valid_to is null or c.valid_to > :d)";

	private final JdbcClient jdbc;

	PatrolMonthComputation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<StationValue> values(LocalDate date) {
		return this.jdbc
			.sql("select c.unit_id, coalesce((select m.patrols from pat_patrol_month m"
					+ " where m.commune_id = c.unit_id and m.month_start = :month), 0),"
					+ " (select count(*) from org_unit_period t where t.type = 'TEAM' and " + VALID_T
					+ " and t.path >= c.path and t.path < concat(substring(c.path, 1, length(c.path) - 1), '0'))"
					+ " from org_unit_period c where c.type = 'COMMUNE' and " + VALID_C)
			.param("d", date)
			.param("month", date.withDayOfMonth(1))
			.query((rs, n) -> StationValue.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.list()
			.stream()
			.filter((v) -> v.numerator().signum() > 0 || v.denominator().signum() > 0)
			.toList();
	}

}

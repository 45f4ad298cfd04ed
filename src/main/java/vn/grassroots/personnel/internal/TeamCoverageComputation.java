package vn.grassroots.personnel.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.grassroots.targets.IndicatorComputation;
import vn.grassroots.targets.StationValue;

/**
 * {@code TEAMS_VS_REQUIRED} for the indicators of the targets module: teams established
 * against teams required, measured per commune police unit as the villages and
 * residential groups (VILLAGE units valid on the date, children of the commune) covered
 * on the date by a team in force, over all of them: the law organises the force as one
 * team per village or residential group (one team may cover several), so every village
 * needs a covering team. Reads the dated tree ({@code org_unit_period}) for the villages.
 */
@Component
class TeamCoverageComputation implements IndicatorComputation {

	private final JdbcClient jdbc;

	TeamCoverageComputation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "TEAMS_VS_REQUIRED";
	}

	@Override
	public List<StationValue> values(LocalDate date) {
		return this.jdbc.sql("select v.parent_id, sum(case when exists (select 1 from per_team_village tv"
				+ " join per_team t on t.team_id = tv.team_id where tv.village_id = v.unit_id and tv.valid_from <= :d"
				+ " and (tv.valid_to is null or tv.valid_to > :d) and t.established_on <= :d"
				+ " and (t.ended_on is null or t.ended_on > :d)) then 1 else 0 end), count(*) from org_unit_period v"
				+ " where v.type = 'VILLAGE' and v.parent_id is not null and (v.valid_from is null or v.valid_from <= :d)"
				+ " and (v.valid_to is null or v.valid_to > :d) group by v.parent_id")
			.param("d", date)
			.query((rs, n) -> StationValue.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.list();
	}

}

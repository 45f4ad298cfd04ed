package vn.grassroots.personnel.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.grassroots.targets.IndicatorComputation;
import vn.grassroots.targets.StationValue;

/**
 * {@code MEMBERS_TRAINED_12M} for the indicators of the targets module: per commune
 * police unit, the members ACTIVE on the date (their latest status from on or before the
 * date) who attended a training course that ended in the twelve months up to the date,
 * over all members ACTIVE on the date.
 */
@Component
class TrainedMembersComputation implements IndicatorComputation {

	private final JdbcClient jdbc;

	TrainedMembersComputation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "MEMBERS_TRAINED_12M";
	}

	@Override
	public List<StationValue> values(LocalDate date) {
		return this.jdbc
			.sql("select m.commune_id, sum(case when exists (select 1 from per_training_attendance a"
					+ " join per_training_course t on t.id = a.course_id where a.member_id = m.id and a.attended = true"
					+ " and t.ends_on > :from and t.ends_on <= :d) then 1 else 0 end), count(*) from per_member m"
					+ " where (select s.status from per_member_status s where s.member_id = m.id and s.valid_from <= :d"
					+ " order by s.valid_from desc, s.id desc limit 1) = 'ACTIVE' group by m.commune_id")
			.param("d", date)
			.param("from", date.minusYears(1))
			.query((rs, n) -> StationValue.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.list();
	}

}

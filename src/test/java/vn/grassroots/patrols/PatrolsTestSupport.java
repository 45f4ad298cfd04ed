package vn.grassroots.patrols;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.grassroots.personnel.MemberStatusFixture;
import vn.grassroots.shared.Dates;

/** Teams and members the patrol tests work with. */
final class PatrolsTestSupport {

	private PatrolsTestSupport() {
	}

	/** A demo team of the commune with at least three memberships. */
	static long teamOf(JdbcClient jdbc, long commune) {
		return jdbc
			.sql("select team_id from per_team where commune_id = :c and ended_on is null and demo = true"
					+ " and (select count(*) from per_membership m where m.team_id = per_team.team_id) >= 3"
					+ " order by team_id limit 1")
			.param("c", commune)
			.query(Long.class)
			.single();
	}

	/** The team's current members whose latest status is active, by id. */
	static List<Long> activeMembers(JdbcClient jdbc, long team) {
		return jdbc
			.sql("select m.member_id from per_membership m where m.team_id = :t and m.valid_to is null"
					+ " and (select s.status from per_member_status s where s.member_id = m.member_id"
					+ " order by s.valid_from desc, s.id desc limit 1) = 'ACTIVE' order by m.member_id")
			.param("t", team)
			.query(Long.class)
			.list();
	}

	/**
	 * A member of the commune, active from 1 July 2025 and of the given status since
	 * yesterday; the citizen id starts with the prefix (four digits).
	 */
	static long newMember(JdbcClient jdbc, long commune, String status, String citizenPrefix) {
		String citizenId = citizenPrefix + (90000000L + ThreadLocalRandom.current().nextLong(9_000_000L));
		jdbc.sql("insert into per_member (commune_id, full_name, search_name, birth_date, sex, citizen_id,"
				+ " education, created_by, created_at) values (:c, 'Thành viên Tạm Dừng', 'thanh vien tam dung',"
				+ " :b, 'MALE', :cid, 'UPPER_SECONDARY', 'test', :at)")
			.param("c", commune)
			.param("b", LocalDate.of(1990, 1, 1))
			.param("cid", citizenId)
			.param("at", LocalDateTime.now())
			.update();
		long id = jdbc.sql("select id from per_member where citizen_id = :c")
			.param("c", citizenId)
			.query(Long.class)
			.single();
		for (String s : List.of("ACTIVE", status)) {
			MemberStatusFixture.record(jdbc, id, s,
					s.equals("ACTIVE") ? LocalDate.of(2025, 7, 1) : Dates.today().minusDays(1));
		}
		return id;
	}

}

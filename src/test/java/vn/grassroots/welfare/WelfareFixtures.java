package vn.grassroots.welfare;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of the personnel module the welfare tests pay: teams (a TEAM unit without periods,
 * not demo, so demo teams keep their composition) and members, written in SQL.
 */
final class WelfareFixtures {

	private WelfareFixtures() {
	}

	/** A team with the id in the commune, established on the day. */
	static long team(JdbcClient jdbc, long id, long commune, LocalDate established) {
		jdbc.sql("insert into org_unit (id, type, demo, created_at) values (:id, 'TEAM', false, :at)")
			.param("id", id)
			.param("at", Timestamp.from(Instant.now()))
			.update();
		jdbc.sql("insert into per_team (team_id, commune_id, decision_number, decision_date, decision_signer,"
				+ " established_on, demo, created_by, created_at) values (:id, :c, 'T/QĐ', :f, 'test', :f, false,"
				+ " 'test', :at)")
			.param("id", id)
			.param("c", commune)
			.param("f", established)
			.param("at", Timestamp.from(Instant.now()))
			.update();
		return id;
	}

	/** A person of the commune (no status, no team). */
	static long person(JdbcClient jdbc, long commune, String citizenId, String name, LocalDate born) {
		jdbc.sql("insert into per_member (commune_id, full_name, search_name, birth_date, sex, citizen_id, phone,"
				+ " education, created_by, created_at) values (:c, :name, :search, :born, 'MALE', :cid, '0912345678',"
				+ " 'UPPER_SECONDARY', 'test', :at)")
			.param("c", commune)
			.param("name", name)
			.param("search", name.toLowerCase(java.util.Locale.ROOT))
			.param("born", born)
			.param("cid", citizenId)
			.param("at", Timestamp.from(Instant.now()))
			.update();
		return jdbc.sql("select id from per_member where citizen_id = :cid")
			.param("cid", citizenId)
			.query(Long.class)
			.single();
	}

	/** A member of the team with the position, ACTIVE from the day on. */
	static long member(JdbcClient jdbc, long commune, long team, String citizenId, String name, String position,
			LocalDate activeFrom) {
		long id = person(jdbc, commune, citizenId, name, LocalDate.of(1990, 1, 1));
		vn.grassroots.personnel.MemberStatusFixture.record(jdbc, id, "ACTIVE", activeFrom);
		jdbc.sql("insert into per_membership (member_id, team_id, position, valid_from, recorded_by, recorded_at)"
				+ " values (:m, :t, :p, :f, 'test', :at)")
			.param("m", id)
			.param("t", team)
			.param("p", position)
			.param("f", activeFrom)
			.param("at", Timestamp.from(Instant.now()))
			.update();
		return id;
	}

}

package vn.grassroots.personnel;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test fixture for other modules' tests that create members in SQL: records a status row
 * and keeps the member's latest status on the member row, as {@link MemberService} does.
 */
public final class MemberStatusFixture {

	private MemberStatusFixture() {
	}

	/** Records the member's status from the date and keeps the latest on the member. */
	public static void record(JdbcClient jdbc, long member, String status, LocalDate from) {
		jdbc.sql("insert into per_member_status (member_id, status, valid_from, recorded_by, recorded_at)"
				+ " values (:m, :s, :f, 'test', :at)")
			.param("m", member)
			.param("s", status)
			.param("f", from)
			.param("at", Timestamp.from(Instant.now()))
			.update();
		jdbc.sql("update per_member set status = (select s.status from per_member_status s where s.member_id = :m"
				+ " order by s.valid_from desc, s.id desc limit 1), status_since = (select max(s.valid_from)"
				+ " from per_member_status s where s.member_id = :m) where id = :m")
			.param("m", member)
			.update();
	}

}

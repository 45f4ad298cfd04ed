package vn.grassroots.personnel;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.organisation.SubtreeFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.UnitScope;

/**
 * Training of the grassroots force: courses (initial or refresher) run by a police unit,
 * who attended with what result, and who is due for refresher training (no passed course
 * within the configured number of months; the Circular's own frequency was not found, so
 * it is a setting).
 */
@Service
@Transactional
public class TrainingService {

	/** A course. */
	public record Course(long id, long unitId, String kind, String title, LocalDate startsOn, LocalDate endsOn) {
	}

	/** One member's attendance of a course. */
	public record Attendance(long courseId, long memberId, String fullName, boolean attended, @Nullable String result) {
	}

	/**
	 * A member due for refresher training, with the end of the last passed course if any.
	 */
	public record Due(long memberId, String fullName, long communeId, @Nullable LocalDate lastPassed) {
	}

	private final JdbcClient jdbc;

	private final UnitQueries units;

	private final MemberService members;

	private final AuditTrail audit;

	private final int refresherMonths;

	TrainingService(JdbcClient jdbc, UnitQueries units, MemberService members, AuditTrail audit,
			@Value("${grassroots.personnel.refresher-months:12}") int refresherMonths) {
		this.jdbc = jdbc;
		this.units = units;
		this.members = members;
		this.audit = audit;
		this.refresherMonths = refresherMonths;
	}

	/** Creates a course run by a unit of the caller's subtree; answers its id. */
	public long create(UnitScope scope, long unitId, String kind, String title, LocalDate startsOn, LocalDate endsOn) {
		PersonnelAccess.requireWrite(scope);
		UnitView unit = this.units.get(scope, unitId);
		if (!kind.equals("INITIAL") && !kind.equals("REFRESHER")) {
			throw GrassrootsException.ruleOnField("kind", kind, "validation.one-of", "[INITIAL, REFRESHER]");
		}
		if (title.isBlank() || title.length() > 200) {
			throw GrassrootsException.ruleOnField("title", title.isBlank() ? title : title.substring(0, 20) + "…",
					title.isBlank() ? "validation.required" : "validation.max-length", 200);
		}
		if (endsOn.isBefore(startsOn)) {
			throw GrassrootsException.ruleOnField("endsOn", endsOn, "personnel.training.ends-before-start");
		}
		this.jdbc
			.sql("insert into per_training_course (unit_id, kind, title, starts_on, ends_on, created_by, created_at)"
					+ " values (:u, :k, :t, :s, :e, :by, :at)")
			.param("u", unit.id())
			.param("k", kind)
			.param("t", title.trim())
			.param("s", startsOn)
			.param("e", endsOn)
			.param("by", scope.username())
			.param("at", Timestamp.from(Instant.now()))
			.update();
		long id = this.jdbc.sql("select max(id) from per_training_course where unit_id = :u and created_by = :by")
			.param("u", unit.id())
			.param("by", scope.username())
			.query(Long.class)
			.single();
		this.audit.record(scope.username(), "personnel.training.course", "course", String.valueOf(id), null,
				kind + " " + title.trim());
		return id;
	}

	/**
	 * Records a member's attendance and result (PASSED, FAILED or none); replaces an
	 * earlier record.
	 */
	public void attend(UnitScope scope, long courseId, long memberId, boolean attended, @Nullable String result) {
		PersonnelAccess.requireWrite(scope);
		course(scope, courseId);
		this.members.get(scope, memberId, false);
		if (result != null && !result.equals("PASSED") && !result.equals("FAILED")) {
			throw GrassrootsException.ruleOnField("result", result, "validation.one-of", "[PASSED, FAILED]");
		}
		if (!attended && "PASSED".equals(result)) {
			throw GrassrootsException.ruleOnField("result", result, "personnel.training.passed-absent");
		}
		this.jdbc.sql("delete from per_training_attendance where course_id = :c and member_id = :m")
			.param("c", courseId)
			.param("m", memberId)
			.update();
		this.jdbc
			.sql("insert into per_training_attendance (course_id, member_id, attended, result, recorded_by,"
					+ " recorded_at) values (:c, :m, :a, :r, :by, :at)")
			.param("c", courseId)
			.param("m", memberId)
			.param("a", attended)
			.param("r", result)
			.param("by", scope.username())
			.param("at", Timestamp.from(Instant.now()))
			.update();
		this.audit.record(scope.username(), "personnel.training.attendance", "member", String.valueOf(memberId), null,
				"course " + courseId + ": " + (attended ? "attended" : "absent") + " " + result);
	}

	/** A course of the caller's subtree; 404 otherwise. */
	@Transactional(readOnly = true)
	public Course course(UnitScope scope, long id) {
		SubtreeFilter in = this.units.subtree(scope);
		return in
			.bind(this.jdbc
				.sql("select * from per_training_course c where c.id = :id and " + in.condition("c.unit_id")))
			.param("id", id)
			.query((rs, n) -> new Course(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("kind"),
					rs.getString("title"), rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate()))
			.optional()
			.orElseThrow(() -> GrassrootsException.notFound("course " + id));
	}

	/** Who attended a course of the caller's subtree. */
	@Transactional(readOnly = true)
	public List<Attendance> attendance(UnitScope scope, long courseId) {
		course(scope, courseId);
		return this.jdbc
			.sql("select a.*, m.full_name from per_training_attendance a join per_member m on m.id ="
					+ " a.member_id where a.course_id = :c order by m.full_name")
			.param("c", courseId)
			.query((rs, n) -> new Attendance(courseId, rs.getLong("member_id"), rs.getString("full_name"),
					rs.getBoolean("attended"), rs.getString("result")))
			.list();
	}

	/**
	 * Active members of the caller's subtree due for refresher training on the scope's
	 * date: no passed course ended within the last
	 * {@code grassroots.personnel.refresher-months}.
	 */
	@Transactional(readOnly = true)
	public PageResult<Due> due(UnitScope scope, PageRequest page) {
		SubtreeFilter in = this.units.subtree(scope);
		LocalDate since = scope.asOf().minusMonths(this.refresherMonths);
		String from = " from per_member m where " + in.condition("m.commune_id")
				+ " and (select s.status from per_member_status s where s.member_id = m.id and s.valid_from <= :d"
				+ " order by s.valid_from desc, s.id desc limit 1) = 'ACTIVE'"
				+ " and not exists (select 1 from per_training_attendance a join per_training_course c on c.id ="
				+ " a.course_id where a.member_id = m.id and a.result = 'PASSED' and c.ends_on > :since"
				+ " and c.ends_on <= :d)";
		long total = in.bind(this.jdbc.sql("select count(*)" + from))
			.param("d", scope.asOf())
			.param("since", since)
			.query(Long.class)
			.single();
		List<Due> items = in
			.bind(this.jdbc.sql("select m.id, m.full_name, m.commune_id, (select max(c.ends_on) from"
					+ " per_training_attendance a join per_training_course c on c.id = a.course_id where a.member_id ="
					+ " m.id and a.result = 'PASSED') as last_passed" + from
					+ " order by m.commune_id, m.full_name, m.id limit :l offset :o"))
			.param("d", scope.asOf())
			.param("since", since)
			.param("l", page.size())
			.param("o", page.offset())
			.query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getLong(3),
					(rs.getDate(4) != null) ? rs.getDate(4).toLocalDate() : null))
			.list();
		return new PageResult<>(items, total);
	}

}

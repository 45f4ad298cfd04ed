package vn.grassroots.personnel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.organisation.SubtreeFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.personnel.ClassificationRules.Outcome;
import vn.grassroots.personnel.ClassificationRules.Subject;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.UnitScope;

/**
 * Annual classification: task records per member and team, the computation of a commune's
 * grades by {@link ClassificationRules}, and manual overrides that need a reason. Results
 * are kept per year for emulation and commendation.
 */
@Service
@Transactional
public class ClassificationService {

	private static final RowMapper<ClassificationView> VIEW = (rs, n) -> new ClassificationView(rs.getLong("id"),
			rs.getInt("review_year"), rs.getString("subject_kind"), rs.getLong("subject_id"), rs.getString("name"),
			rs.getLong("commune_id"), rs.getInt("months"), rs.getBigDecimal("share"),
			grade(rs.getString("computed_grade")), grade(rs.getString("final_grade")), rs.getString("reasons"),
			rs.getString("override_reason"));

	private static final String SELECT = "select c.*, case when c.subject_kind = 'MEMBER' then (select m.full_name"
			+ " from per_member m where m.id = c.subject_id) else (select max(p.full_name) from org_unit_period p"
			+ " where p.unit_id = c.subject_id) end as name from per_classification c";

	private final JdbcClient jdbc;

	private final MemberService members;

	private final UnitQueries units;

	private final AuditTrail audit;

	private final ClassificationRules rules = ClassificationRules.DEFAULT;

	ClassificationService(JdbcClient jdbc, MemberService members, UnitQueries units, AuditTrail audit) {
		this.jdbc = jdbc;
		this.members = members;
		this.units = units;
		this.audit = audit;
	}

	/**
	 * Records (or replaces) the tasks of a member ({@code kind} MEMBER) or team (TEAM)
	 * for a review year. 404 outside the scope; 422 naming the field for impossible
	 * numbers.
	 */
	public void recordTasks(UnitScope scope, int year, String kind, long subjectId, int assigned, int completed,
			boolean openComplaint, boolean breach, boolean newcomer) {
		PersonnelAccess.requireWrite(scope);
		long commune = communeOf(scope, kind, subjectId);
		if (assigned < 0) {
			throw GrassrootsException.ruleOnField("assigned", assigned, "validation.min", 0);
		}
		if (completed < 0 || completed > assigned) {
			throw GrassrootsException.ruleOnField("completed", completed, "validation.range", 0, assigned);
		}
		this.jdbc.sql("delete from per_task_record where review_year = :y and subject_kind = :k and subject_id = :s")
			.param("y", year)
			.param("k", kind)
			.param("s", subjectId)
			.update();
		this.jdbc.sql("insert into per_task_record (review_year, subject_kind, subject_id, commune_id, tasks_assigned,"
				+ " tasks_completed, open_complaint, breach, newcomer, recorded_by, recorded_at) values (:y, :k, :s, :c,"
				+ " :a, :d, :o, :b, :n, :by, :at)")
			.param("y", year)
			.param("k", kind)
			.param("s", subjectId)
			.param("c", commune)
			.param("a", assigned)
			.param("d", completed)
			.param("o", openComplaint)
			.param("b", breach)
			.param("n", newcomer)
			.param("by", scope.username())
			.param("at", Timestamp.from(Instant.now()))
			.update();
		this.audit.record(scope.username(), "personnel.classification.tasks", kind, String.valueOf(subjectId), null,
				year + ": " + completed + "/" + assigned);
	}

	/**
	 * Computes the grades of every member and team of the commune with task records for
	 * the year and stores them; manual overrides are kept. Answers the results.
	 */
	public List<ClassificationView> classify(UnitScope scope, long communeId, int year) {
		PersonnelAccess.requireWrite(scope);
		UnitView commune = this.units.get(scope, communeId);
		if (commune.type() != UnitType.COMMUNE) {
			throw GrassrootsException.ruleOnField("commune", commune.code(), "personnel.classification.commune");
		}
		LocalDate start = ClassificationRules.yearStart(year);
		LocalDate end = ClassificationRules.yearEnd(year);
		List<Subject> subjects = new ArrayList<>();
		this.jdbc.sql("select * from per_task_record where commune_id = :c and review_year = :y order by id")
			.param("c", communeId)
			.param("y", year)
			.query((rs, n) -> {
				boolean team = "TEAM".equals(rs.getString("subject_kind"));
				long id = rs.getLong("subject_id");
				Object[] membership = team ? new Object[] { null, false } : membership(id, end);
				return new Subject(id, team, (Long) membership[0], (Boolean) membership[1], rs.getBoolean("newcomer"),
						team ? teamMonths(id, start, end) : memberMonths(id, start, end), rs.getInt("tasks_assigned"),
						rs.getInt("tasks_completed"), rs.getBoolean("open_complaint"), rs.getBoolean("breach"));
			})
			.list()
			.forEach(subjects::add);
		List<Outcome> outcomes = this.rules.grade(subjects);
		Map<String, String> overrides = new java.util.HashMap<>();
		this.jdbc
			.sql("select subject_kind, subject_id, final_grade, override_reason from per_classification"
					+ " where commune_id = :c and review_year = :y and override_reason is not null")
			.param("c", communeId)
			.param("y", year)
			.query((rs, n) -> Map.entry(rs.getString(1) + ":" + rs.getLong(2), rs.getString(3) + "|" + rs.getString(4)))
			.list()
			.forEach((e) -> overrides.put(e.getKey(), e.getValue()));
		this.jdbc.sql("delete from per_classification where commune_id = :c and review_year = :y")
			.param("c", communeId)
			.param("y", year)
			.update();
		for (Outcome o : outcomes) {
			Subject s = o.subject();
			String kind = s.team() ? "TEAM" : "MEMBER";
			String override = overrides.get(kind + ":" + s.id());
			this.jdbc.sql("insert into per_classification (review_year, subject_kind, subject_id, commune_id, months,"
					+ " share, computed_grade, final_grade, reasons, override_reason, decided_by, decided_at) values (:y,"
					+ " :k, :s, :c, :m, :share, :g, :f, :r, :o, :by, :at)")
				.param("y", year)
				.param("k", kind)
				.param("s", s.id())
				.param("c", communeId)
				.param("m", s.months())
				.param("share", share(s))
				.param("g", (o.grade() != null) ? o.grade().name() : null)
				.param("f",
						(override != null) ? override.substring(0, override.indexOf('|'))
								: ((o.grade() != null) ? o.grade().name() : null))
				.param("r", String.join(",", o.reasons()))
				.param("o", (override != null) ? override.substring(override.indexOf('|') + 1) : null)
				.param("by", scope.username())
				.param("at", Timestamp.from(Instant.now()))
				.update();
		}
		this.audit.record(scope.username(), "personnel.classification.run", "commune", String.valueOf(communeId), null,
				year + ": " + outcomes.size() + " graded");
		return list(scope, year, PageRequest.of("0", "200")).items()
			.stream()
			.filter((c) -> c.communeId() == communeId)
			.toList();
	}

	/** Changes a grade by hand; the reason is required (422 naming {@code reason}). */
	public ClassificationView override(UnitScope scope, long id, Grade grade, @Nullable String reason) {
		PersonnelAccess.requireWrite(scope);
		ClassificationView current = get(scope, id);
		if (reason == null || reason.isBlank()) {
			throw GrassrootsException.ruleOnField("reason", reason, "validation.required");
		}
		if (reason.length() > 500) {
			throw GrassrootsException.ruleOnField("reason", reason.substring(0, 20) + "…", "validation.max-length",
					500);
		}
		this.jdbc
			.sql("update per_classification set final_grade = :g, override_reason = :r, decided_by = :by,"
					+ " decided_at = :at where id = :id")
			.param("g", grade.name())
			.param("r", reason.trim())
			.param("by", scope.username())
			.param("at", Timestamp.from(Instant.now()))
			.param("id", id)
			.update();
		this.audit.record(scope.username(), "personnel.classification.override", current.kind(),
				String.valueOf(current.subjectId()), String.valueOf(current.finalGrade()),
				grade + ": " + reason.trim());
		return get(scope, id);
	}

	/** A result in the caller's subtree; 404 otherwise. */
	@Transactional(readOnly = true)
	public ClassificationView get(UnitScope scope, long id) {
		SubtreeFilter in = this.units.subtree(scope);
		return in.bind(this.jdbc.sql(SELECT + " where c.id = :id and " + in.condition("c.commune_id")))
			.param("id", id)
			.query(VIEW)
			.optional()
			.orElseThrow(() -> GrassrootsException.notFound("classification " + id));
	}

	/** Results of a year in the caller's subtree. */
	@Transactional(readOnly = true)
	public PageResult<ClassificationView> list(UnitScope scope, int year, PageRequest page) {
		SubtreeFilter in = this.units.subtree(scope);
		String where = " where c.review_year = :y and " + in.condition("c.commune_id");
		long total = in.bind(this.jdbc.sql("select count(*) from per_classification c" + where))
			.param("y", year)
			.query(Long.class)
			.single();
		List<ClassificationView> items = in
			.bind(this.jdbc.sql(SELECT + where + " order by c.subject_kind desc, c.subject_id limit :l offset :o"))
			.param("y", year)
			.param("l", page.size())
			.param("o", page.offset())
			.query(VIEW)
			.list();
		return new PageResult<>(items, total);
	}

	private long communeOf(UnitScope scope, String kind, long subjectId) {
		if ("MEMBER".equals(kind)) {
			return this.members.get(scope, subjectId, false).communeId();
		}
		if ("TEAM".equals(kind)) {
			UnitView team = this.units.get(scope, subjectId);
			if (team.type() != UnitType.TEAM) {
				throw GrassrootsException.notFound("team " + subjectId);
			}
			return this.jdbc.sql("select commune_id from per_team where team_id = :t")
				.param("t", subjectId)
				.query(Long.class)
				.optional()
				.orElseThrow(() -> GrassrootsException.notFound("team " + subjectId));
		}
		throw GrassrootsException.badField("kind", kind, "validation.one-of", "[MEMBER, TEAM]");
	}

	/** The member's team and whether they lead it at the end of the review year. */
	private Object[] membership(long memberId, LocalDate end) {
		return this.jdbc
			.sql("select team_id, position from per_membership where member_id = :m and valid_from <= :d"
					+ " and (valid_to is null or valid_to > :d) order by valid_from desc limit 1")
			.param("m", memberId)
			.param("d", end)
			.query((rs, n) -> new Object[] { rs.getLong(1), "LEADER".equals(rs.getString(2)) })
			.optional()
			.orElse(new Object[] { null, false });
	}

	/**
	 * Months (days x 12 / 365, rounded down) the member was ACTIVE within the review
	 * year.
	 */
	private int memberMonths(long memberId, LocalDate start, LocalDate end) {
		List<Object[]> statuses = this.jdbc
			.sql("select status, valid_from from per_member_status where member_id = :m order by valid_from, id")
			.param("m", memberId)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getDate(2).toLocalDate() })
			.list();
		long days = 0;
		for (int i = 0; i < statuses.size(); i++) {
			if (!"ACTIVE".equals(statuses.get(i)[0])) {
				continue;
			}
			LocalDate from = max((LocalDate) statuses.get(i)[1], start);
			LocalDate to = (i + 1 < statuses.size()) ? min(((LocalDate) statuses.get(i + 1)[1]).minusDays(1), end)
					: end;
			if (!to.isBefore(from)) {
				days += ChronoUnit.DAYS.between(from, to) + 1;
			}
		}
		return (int) (days * 12 / 365);
	}

	private int teamMonths(long teamId, LocalDate start, LocalDate end) {
		return this.jdbc.sql("select established_on, ended_on from per_team where team_id = :t")
			.param("t", teamId)
			.query((rs, n) -> {
				LocalDate from = max(rs.getDate(1).toLocalDate(), start);
				LocalDate to = (rs.getDate(2) != null) ? min(rs.getDate(2).toLocalDate().minusDays(1), end) : end;
				return to.isBefore(from) ? 0 : (int) ((ChronoUnit.DAYS.between(from, to) + 1) * 12 / 365);
			})
			.optional()
			.orElse(0);
	}

	private static BigDecimal share(Subject s) {
		return (s.assigned() <= 0) ? BigDecimal.ZERO : BigDecimal.valueOf(s.completed() * 100L)
			.divide(BigDecimal.valueOf(s.assigned()), 3, RoundingMode.HALF_UP);
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static @Nullable Grade grade(@Nullable String value) {
		return (value != null) ? Grade.valueOf(value) : null;
	}

}

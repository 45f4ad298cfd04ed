package vn.grassroots.patrols;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.patrols.internal.PatrolSql;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.FieldProblem;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.ProblemCode;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;

/**
 * Writes of patrol plans, roster shifts and the provinces' night-duty caps. A shift is
 * refused, naming the member and the shift, when a member is not ACTIVE on its date
 * ({@link ProblemCode#PATROL_MEMBER_NOT_ACTIVE}), is already on a shift at an overlapping
 * time ({@link ProblemCode#PATROL_DOUBLE_BOOKED}) or would have more night duties in the
 * month than the province's cap ({@link ProblemCode#PATROL_NIGHT_CAP}).
 */
@Service
public class RosterService {

	static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

	private final JdbcClient jdbc;

	private final PatrolSql sql;

	private final UnitQueries units;

	private final NightDuties nightDuties;

	private final RosterQueries queries;

	private final AuditTrail audit;

	private final int defaultNightCap;

	RosterService(JdbcClient jdbc, PatrolSql sql, UnitQueries units, NightDuties nightDuties, RosterQueries queries,
			AuditTrail audit, @Value("${grassroots.patrols.night-cap-default:10}") int defaultNightCap) {
		this.jdbc = jdbc;
		this.sql = sql;
		this.units = units;
		this.nightDuties = nightDuties;
		this.queries = queries;
		this.audit = audit;
		this.defaultNightCap = defaultNightCap;
	}

	/**
	 * Creates a patrol plan of a team or commune police in scope; 400/422 naming the
	 * field.
	 */
	@Transactional
	public PlanView createPlan(UnitScope scope, PlanForm form) {
		requireWrite(scope);
		List<FieldProblem> problems = new ArrayList<>();
		Long unitId = id("unitId", form.unitId(), problems);
		String title = text("title", form.title(), 200, true, problems);
		String area = text("area", form.area(), 200, true, problems);
		String route = text("route", form.route(), 500, false, problems);
		String schedule = text("schedule", form.schedule(), 500, false, problems);
		throwIfAny(problems);
		PatrolSql.Owner owner = this.sql.owner(scope, "unitId", unitId);
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into pat_plan (commune_id, team_id, title, area, route, schedule, created_by, created_at)"
					+ " values (:c, :t, :title, :area, :route, :schedule, :by, :at)")
			.param("c", owner.communeId())
			.param("t", owner.teamId(), java.sql.Types.BIGINT)
			.param("title", title)
			.param("area", area)
			.param("route", route)
			.param("schedule", schedule)
			.param("by", scope.username())
			.param("at", PatrolSql.ts(now()))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		this.audit.record(scope.username(), "patrols.plan.create", "patrol-plan", Long.toString(id), null,
				title + " / " + owner.name());
		return this.queries.plan(scope, id);
	}

	/**
	 * Adds a shift to a plan in scope with its members; 400 naming a malformed field, 422
	 * with the patrol problem codes naming the member and the shift.
	 */
	@Transactional
	public ShiftView addShift(UnitScope scope, ShiftForm form) {
		requireWrite(scope);
		List<FieldProblem> problems = new ArrayList<>();
		Long planId = id("planId", form.planId(), problems);
		LocalDate date = null;
		if (blank(form.date())) {
			problems.add(new FieldProblem("date", form.date(), "validation.required"));
		}
		else {
			try {
				date = LocalDate.parse(form.date().trim());
			}
			catch (DateTimeParseException ex) {
				problems.add(new FieldProblem("date", form.date(), "patrols.validation.date"));
			}
		}
		LocalTime start = time("start", form.start(), problems);
		LocalTime end = time("end", form.end(), problems);
		Set<Long> memberIds = new LinkedHashSet<>();
		if (form.memberIds() != null) {
			form.memberIds().stream().filter(Objects::nonNull).forEach(memberIds::add);
		}
		if (memberIds.isEmpty()) {
			problems.add(new FieldProblem("memberIds", null, "patrols.shift.members-required"));
		}
		throwIfAny(problems);
		PlanView plan = this.queries.plan(scope, planId);
		LocalDateTime startsAt = date.atTime(start);
		LocalDateTime endsAt = PatrolRules.end(date, start, end);
		if (ChronoUnit.HOURS.between(startsAt, endsAt) > 24) {
			throw GrassrootsException.ruleOnField("end", form.end(), "patrols.shift.too-long");
		}
		boolean night = PatrolRules.night(startsAt, endsAt);
		String shiftText = describe(plan.unitName(), startsAt, endsAt);
		Map<Long, PatrolSql.Member> members = this.sql.members(scope, memberIds);
		for (Long memberId : memberIds) {
			PatrolSql.Member member = members.get(memberId);
			if (member == null) {
				throw GrassrootsException.ruleOnField("memberIds", memberId, "patrols.validation.member-unknown");
			}
			if (!member.activeOn(date)) {
				throw refusal(ProblemCode.PATROL_MEMBER_NOT_ACTIVE, memberId, "patrols.shift.not-active", member.name(),
						shiftText);
			}
		}
		List<Object[]> clashes = this.jdbc
			.sql("select sm.member_id, s.starts_at, s.ends_at, s.commune_id, s.team_id from pat_shift s join"
					+ " pat_shift_member sm on sm.shift_id = s.id where sm.member_id in (:m) and s.starts_at < :e"
					+ " and s.ends_at > :s order by s.starts_at")
			.param("m", memberIds)
			.param("s", PatrolSql.ts(startsAt))
			.param("e", PatrolSql.ts(endsAt))
			.query((rs,
					n) -> new Object[] { rs.getLong(1), PatrolSql.time(rs, "starts_at"), PatrolSql.time(rs, "ends_at"),
							rs.getLong(4), rs.getObject(5) })
			.list();
		if (!clashes.isEmpty()) {
			Object[] c = clashes.get(0);
			long memberId = (Long) c[0];
			String otherUnit = this.units.find(scope, (c[4] != null) ? ((Number) c[4]).longValue() : (Long) c[3])
				.map(UnitView::fullName)
				.orElse("");
			throw refusal(ProblemCode.PATROL_DOUBLE_BOOKED, memberId, "patrols.shift.double-booked",
					members.get(memberId).name(), shiftText,
					describe(otherUnit, (LocalDateTime) c[1], (LocalDateTime) c[2]));
		}
		if (night) {
			int cap = nightCap(plan.communeId(), date);
			Map<Long, Integer> counts = this.nightDuties.countUnchecked(memberIds, YearMonth.from(date));
			for (Long memberId : memberIds) {
				int count = counts.getOrDefault(memberId, 0);
				if (count + 1 > cap) {
					throw refusal(ProblemCode.PATROL_NIGHT_CAP, memberId, "patrols.shift.night-cap",
							members.get(memberId).name(), shiftText, cap, count, YearMonth.from(date).toString());
				}
			}
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into pat_shift (plan_id, commune_id, team_id, shift_date, starts_at, ends_at, night,"
					+ " created_by, created_at) values (:p, :c, :t, :d, :s, :e, :n, :by, :at)")
			.param("p", plan.id())
			.param("c", plan.communeId())
			.param("t", plan.teamId(), java.sql.Types.BIGINT)
			.param("d", date)
			.param("s", PatrolSql.ts(startsAt))
			.param("e", PatrolSql.ts(endsAt))
			.param("n", night)
			.param("by", scope.username())
			.param("at", PatrolSql.ts(now()))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		for (Long memberId : memberIds) {
			this.jdbc.sql("insert into pat_shift_member (shift_id, member_id) values (:s, :m)")
				.param("s", id)
				.param("m", memberId)
				.update();
		}
		this.audit.record(scope.username(), "patrols.shift.create", "patrol-shift", Long.toString(id), null,
				shiftText + (night ? " night" : "") + " members " + memberIds);
		return this.queries.shift(scope, id);
	}

	/** Removes a shift that has no patrol log yet; 422 naming {@code id} otherwise. */
	@Transactional
	public void removeShift(UnitScope scope, long id) {
		requireWrite(scope);
		ShiftView shift = this.queries.shift(scope, id);
		if (shift.patrolLogId() != null) {
			throw GrassrootsException.ruleOnField("id", id, "patrols.shift.logged");
		}
		this.jdbc.sql("delete from pat_shift_member where shift_id = :id").param("id", id).update();
		this.jdbc.sql("delete from pat_shift where id = :id").param("id", id).update();
		this.audit.record(scope.username(), "patrols.shift.remove", "patrol-shift", Long.toString(id),
				describe(shift.unitName(), shift.startsAt(), shift.endsAt()) + " members " + shift.memberNames(), null);
	}

	/**
	 * Sets a province's night-duty cap from a date (provincial officers and ministry
	 * administrators; 403 otherwise; 404 for a province outside the scope).
	 */
	@Transactional
	public void setNightCap(UnitScope scope, long provinceId, @Nullable Integer maxNights, @Nullable String validFrom,
			@Nullable String legalBasis) {
		if (!scope.has(Role.PROVINCIAL_OFFICER) && !scope.has(Role.MINISTRY_ADMIN)) {
			throw new GrassrootsException(ProblemCode.FORBIDDEN_ACTION, "night cap");
		}
		UnitView province = this.units.get(scope, provinceId);
		if (province.type() != UnitType.PROVINCE) {
			throw GrassrootsException.ruleOnField("provinceId", provinceId, "patrols.validation.province");
		}
		if (maxNights == null || maxNights < 0 || maxNights > 31) {
			throw GrassrootsException.badField("maxNights", maxNights, "validation.range", 0, 31);
		}
		LocalDate from = Dates.parse("validFrom", validFrom, Dates.today());
		String basis = text("legalBasis", legalBasis, 200, false, new ArrayList<>());
		int before = nightCap(provinceId, from);
		this.jdbc.sql("delete from pat_night_cap where province_id = :p and valid_from = :d")
			.param("p", provinceId)
			.param("d", from)
			.update();
		this.jdbc
			.sql("insert into pat_night_cap (province_id, max_nights, valid_from, legal_basis, recorded_by,"
					+ " recorded_at) values (:p, :m, :d, :b, :by, :at)")
			.param("p", provinceId)
			.param("m", maxNights)
			.param("d", from)
			.param("b", basis)
			.param("by", scope.username())
			.param("at", PatrolSql.ts(now()))
			.update();
		this.audit.record(scope.username(), "patrols.night-cap.set", "unit", Long.toString(provinceId),
				Integer.toString(before), maxNights + " from " + from);
	}

	/**
	 * The most night duties a member of the unit (any unit under a province) may be
	 * rostered for in a month on the date: the province's cap in force then, else
	 * {@code grassroots.patrols.night-cap-default} (10, Ho Chi Minh City's cap in
	 * Resolution 54/2025/NQ-HĐND).
	 */
	@Transactional(readOnly = true)
	public int nightCap(long unitId, LocalDate date) {
		String path = this.jdbc
			.sql("select path from org_unit_period p where unit_id = :id and (valid_from is null or valid_from <= :d)"
					+ " order by valid_from desc nulls last limit 1")
			.param("id", unitId)
			.param("d", date)
			.query(String.class)
			.optional()
			.orElse(null);
		Long province = (path != null) ? PatrolSql.provinceOf(path) : null;
		if (province == null) {
			return this.defaultNightCap;
		}
		return this.jdbc
			.sql("select max_nights from pat_night_cap where province_id = :p and valid_from <= :d"
					+ " order by valid_from desc limit 1")
			.param("p", province)
			.param("d", date)
			.query(Integer.class)
			.optional()
			.orElse(this.defaultNightCap);
	}

	static String describe(String unit, LocalDateTime start, LocalDateTime end) {
		return SHOWN.format(start) + "-" + HOUR.format(end) + (unit.isEmpty() ? "" : " (" + unit + ")");
	}

	private static GrassrootsException refusal(ProblemCode code, long memberId, String reasonKey, Object... args) {
		return new GrassrootsException(code, List.of(new FieldProblem("memberIds", memberId, reasonKey, args)), args);
	}

	static LocalDateTime now() {
		return LocalDateTime.now(Dates.ZONE).truncatedTo(ChronoUnit.SECONDS);
	}

	static void requireWrite(UnitScope scope) {
		if (!scope.canWrite()) {
			throw new GrassrootsException(ProblemCode.FORBIDDEN_ACTION, "write");
		}
	}

	static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

	static @Nullable Long id(String field, @Nullable String raw, List<FieldProblem> problems) {
		if (blank(raw)) {
			problems.add(new FieldProblem(field, raw, "validation.required"));
			return null;
		}
		try {
			return Long.valueOf(raw.trim());
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem(field, raw, "validation.type"));
			return null;
		}
	}

	static @Nullable LocalTime time(String field, @Nullable String raw, List<FieldProblem> problems) {
		if (blank(raw)) {
			problems.add(new FieldProblem(field, raw, "validation.required"));
			return null;
		}
		try {
			return LocalTime.parse(raw.trim());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, raw, "patrols.validation.time"));
			return null;
		}
	}

	static @Nullable String text(String field, @Nullable String raw, int max, boolean required,
			List<FieldProblem> problems) {
		if (blank(raw)) {
			if (required) {
				problems.add(new FieldProblem(field, raw, "validation.required"));
			}
			return null;
		}
		String value = raw.strip();
		if (value.length() > max) {
			problems.add(new FieldProblem(field, value.length(), "patrols.validation.max-length", max));
			return null;
		}
		return value;
	}

	static void throwIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new GrassrootsException(ProblemCode.BAD_REQUEST, problems, problems.get(0).field());
		}
	}

}

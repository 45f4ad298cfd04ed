package vn.grassroots.welfare;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.documents.Column;
import vn.grassroots.documents.Spreadsheets;
import vn.grassroots.organisation.SubtreeFilter;
import vn.grassroots.patrols.NightDuties;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.ProblemCode;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;
import vn.grassroots.welfare.internal.In;

/**
 * The monthly allowance run of a commune police unit, computed with
 * {@link AllowanceRules} from the personnel module's tables, read with SQL:
 * {@code per_membership} (member, team, position, [valid_from, valid_to)) of the teams
 * whose {@code per_team.commune_id} is the commune, {@code per_member_status} (the status
 * in force on a day is the row with the latest valid_from on or before it; only ACTIVE
 * days count) and {@code per_team_village} (the team's village, for its type). Night
 * duties come from the patrols module's rosters and patrol logs ({@link NightDuties}),
 * unless a duty record for the member and month was entered in {@code wel_night_duty},
 * which then wins (a correction); the night pay goes on the member's last line of the
 * month with active days. Lines without an active day are left out.
 * <p>
 * Review, approve, lock; a re-run before locking replaces the lines, keeps the previous
 * totals per member as changes and sets the run back to COMPUTED; a locked run never
 * changes, and night duties of a locked month are refused.
 */
@Service
@Transactional
public class AllowanceRuns {

	private final JdbcClient jdbc;

	private final UnitQueries units;

	private final AuditTrail audit;

	private final Policies policies;

	private final Spreadsheets spreadsheets;

	private final NightDuties nightDuties;

	AllowanceRuns(JdbcClient jdbc, UnitQueries units, AuditTrail audit, Policies policies, Spreadsheets spreadsheets,
			NightDuties nightDuties) {
		this.nightDuties = nightDuties;
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
		this.policies = policies;
		this.spreadsheets = spreadsheets;
	}

	/**
	 * The duty record of a member in a month.
	 *
	 * @param memberId member
	 * @param month yyyy-MM
	 * @param nights nights of duty, 22:00 to 06:00 (0 to the days of the month)
	 * @param holidayDays days of duty on rest days or holidays (default 0)
	 * @param hazardousDays days of heavy or hazardous work (default 0)
	 * @param workingDays working days, for the hardship rate (default 0)
	 */
	public record NightDuty(@Nullable Long memberId, @Nullable String month, @Nullable Integer nights,
			@Nullable Integer holidayDays, @Nullable Integer hazardousDays, @Nullable Integer workingDays) {
	}

	/** Records (or replaces) the night duties of a member in scope for a month. */
	public NightDuty recordNightDuty(UnitScope scope, NightDuty command) {
		requireWriter(scope);
		if (command.memberId() == null) {
			throw GrassrootsException.badField("memberId", null, "validation.required");
		}
		long memberId = command.memberId();
		LocalDate month = In.month("month", command.month());
		int nights = In.range("nights", command.nights(), 0, month.lengthOfMonth());
		int holidayDays = In.range("holidayDays", orZero(command.holidayDays()), 0, month.lengthOfMonth());
		int hazardousDays = In.range("hazardousDays", orZero(command.hazardousDays()), 0, month.lengthOfMonth());
		int workingDays = In.range("workingDays", orZero(command.workingDays()), 0, month.lengthOfMonth());
		SubtreeFilter in = this.units.subtree(scope);
		long visible = in
			.bind(this.jdbc
				.sql("select count(*) from per_member m where m.id = :id and " + in.condition("m.commune_id")))
			.param("id", memberId)
			.query(Long.class)
			.single();
		if (visible == 0) {
			throw GrassrootsException.notFound("member " + memberId);
		}
		long locked = this.jdbc
			.sql("select count(*) from wel_run r where r.run_month = :m and r.status = 'LOCKED'"
					+ " and (r.commune_id in (select m.commune_id from per_member m where m.id = :id)"
					+ " or r.commune_id in (select t.commune_id from per_membership ms join per_team t"
					+ " on t.team_id = ms.team_id where ms.member_id = :id))")
			.param("m", month)
			.param("id", memberId)
			.query(Long.class)
			.single();
		if (locked > 0) {
			throw GrassrootsException.ruleOnField("month", command.month(), "welfare.validation.month-locked");
		}
		Integer before = this.jdbc.sql("select nights from wel_night_duty where member_id = :id and duty_month = :m")
			.param("id", memberId)
			.param("m", month)
			.query(Integer.class)
			.optional()
			.orElse(null);
		if (before == null) {
			this.jdbc
				.sql("insert into wel_night_duty (member_id, duty_month, nights, holiday_days, hazardous_days,"
						+ " working_days, recorded_by, recorded_at) values (:id, :m, :n, :hd, :zd, :wd, :by, :at)")
				.param("hd", holidayDays)
				.param("zd", hazardousDays)
				.param("wd", workingDays)
				.param("id", memberId)
				.param("m", month)
				.param("n", nights)
				.param("by", scope.username())
				.param("at", Timestamp.from(Instant.now()))
				.update();
		}
		else {
			this.jdbc.sql("update wel_night_duty set nights = :n, holiday_days = :hd, hazardous_days = :zd,"
					+ " working_days = :wd, recorded_by = :by, recorded_at = :at where member_id = :id and duty_month = :m")
				.param("hd", holidayDays)
				.param("zd", hazardousDays)
				.param("wd", workingDays)
				.param("id", memberId)
				.param("m", month)
				.param("n", nights)
				.param("by", scope.username())
				.param("at", Timestamp.from(Instant.now()))
				.update();
		}
		NightDuty saved = new NightDuty(memberId, month.toString().substring(0, 7), nights, holidayDays, hazardousDays,
				workingDays);
		this.audit.record(scope.username(), "welfare.night-duty.record", "wel_night_duty", memberId + "/" + month,
				(before != null) ? before.toString() : null, saved.toString());
		return saved;
	}

	/**
	 * Computes (or re-computes) the run of a commune in scope for a month (yyyy-MM).
	 * Refused (422 on {@code month}) when the month is locked or no policy is in force.
	 */
	public RunView compute(UnitScope scope, long communeId, @Nullable String rawMonth) {
		requireWriter(scope);
		UnitView commune = commune(scope, communeId);
		LocalDate month = In.month("month", rawMonth);
		RunView existing = this.jdbc.sql(SELECT + " where r.commune_id = :c and r.run_month = :m")
			.param("c", communeId)
			.param("m", month)
			.query(AllowanceRuns::run)
			.optional()
			.orElse(null);
		if (existing != null && existing.status() == RunStatus.LOCKED) {
			throw GrassrootsException.ruleOnField("month", rawMonth, "welfare.validation.month-locked");
		}
		long provinceId = this.units.ancestors(commune)
			.stream()
			.filter((u) -> u.type() == UnitType.PROVINCE)
			.map(UnitView::id)
			.findFirst()
			.orElseThrow(() -> GrassrootsException.ruleOnField("month", rawMonth, "welfare.validation.no-policy"));
		PolicyView policy = this.policies.governing(communeId, provinceId, month)
			.orElseThrow(() -> GrassrootsException.ruleOnField("month", rawMonth, "welfare.validation.no-policy"));
		long basic = this.policies.basicSalary(month);
		List<RunLine> lines = lines(communeId, month, policy, basic);
		long total = lines.stream().mapToLong(RunLine::total).sum();
		Timestamp now = Timestamp.from(Instant.now());
		long runId;
		if (existing == null) {
			runId = In.insert(this.jdbc
				.sql("insert into wel_run (commune_id, province_id, run_month, status, policy_id,"
						+ " basic_salary, total, computed_by, computed_at) values (:c, :p, :m, 'COMPUTED', :pol, :b, :t,"
						+ " :by, :at)")
				.param("c", communeId)
				.param("p", provinceId)
				.param("m", month)
				.param("pol", policy.id())
				.param("b", basic)
				.param("t", total)
				.param("by", scope.username())
				.param("at", now));
		}
		else {
			runId = existing.id();
			Map<Long, Long> oldTotals = perMember(lines(runId));
			Map<Long, Long> newTotals = perMember(lines);
			Map<Long, String> names = new HashMap<>();
			lines(runId).forEach((l) -> names.put(l.memberId(), l.fullName()));
			lines.forEach((l) -> names.put(l.memberId(), l.fullName()));
			this.jdbc.sql("delete from wel_run_change where run_id = :r").param("r", runId).update();
			for (Map.Entry<Long, String> member : new TreeMap<>(names).entrySet()) {
				Long before = oldTotals.get(member.getKey());
				Long after = newTotals.get(member.getKey());
				if (!Objects.equals(before, after)) {
					this.jdbc
						.sql("insert into wel_run_change (run_id, member_id, full_name, old_total, new_total)"
								+ " values (:r, :m, :n, :o, :nw)")
						.param("r", runId)
						.param("m", member.getKey())
						.param("n", member.getValue())
						.param("o", before, java.sql.Types.BIGINT)
						.param("nw", after, java.sql.Types.BIGINT)
						.update();
				}
			}
			this.jdbc.sql("delete from wel_run_line where run_id = :r").param("r", runId).update();
			this.jdbc
				.sql("update wel_run set status = 'COMPUTED', policy_id = :pol, basic_salary = :b, total = :t,"
						+ " computed_by = :by, computed_at = :at, reviewed_by = null, approved_by = null where id = :r")
				.param("r", runId)
				.param("pol", policy.id())
				.param("b", basic)
				.param("t", total)
				.param("by", scope.username())
				.param("at", now)
				.update();
		}
		for (RunLine l : lines) {
			this.jdbc.sql("insert into wel_run_line (run_id, member_id, full_name, team_id, village_id, position,"
					+ " village_type, days_active, days_in_month, monthly_rate, support, nights_recorded, nights_paid,"
					+ " night_amount, bhyt, bhxh, total, concurrent_days, holiday_days_paid, hazardous_days_paid,"
					+ " duty_amount, hardship_days, hardship_amount) values (:r, :m, :n, :t, :v, :p, :vt, :da, :dm, :mr,"
					+ " :s, :nr, :np, :na, :hy, :hx, :tot, :cd, :hdp, :zdp, :da2, :hsd, :hsa)")
				.param("cd", l.concurrentDays())
				.param("hdp", l.holidayDaysPaid())
				.param("zdp", l.hazardousDaysPaid())
				.param("da2", l.dutyAmount())
				.param("hsd", l.hardshipDays())
				.param("hsa", l.hardshipAmount())
				.param("r", runId)
				.param("m", l.memberId())
				.param("n", l.fullName())
				.param("t", l.teamId())
				.param("v", l.villageId(), java.sql.Types.BIGINT)
				.param("p", l.position().name())
				.param("vt", l.villageType())
				.param("da", l.daysActive())
				.param("dm", l.daysInMonth())
				.param("mr", l.monthlyRate())
				.param("s", l.support())
				.param("nr", l.nightsRecorded())
				.param("np", l.nightsPaid())
				.param("na", l.nightAmount())
				.param("hy", l.bhyt())
				.param("hx", l.bhxh())
				.param("tot", l.total())
				.update();
		}
		RunView view = load(runId);
		this.audit.record(scope.username(), "welfare.run.compute", "wel_run", String.valueOf(runId),
				(existing != null) ? existing.toString() : null, view.toString());
		return view;
	}

	/** Moves a run in scope to its next status; refused (422 on status) out of order. */
	public RunView advance(UnitScope scope, long runId, RunStatus target) {
		RunView run = get(scope, runId);
		RunStatus expected = switch (target) {
			case REVIEWED -> RunStatus.COMPUTED;
			case APPROVED -> RunStatus.REVIEWED;
			case LOCKED -> RunStatus.APPROVED;
			case COMPUTED ->
				throw GrassrootsException.badField("status", target, "welfare.validation.transition", run.status());
		};
		if (target == RunStatus.REVIEWED) {
			requireWriter(scope);
		}
		else if (!scope.has(Role.COMMUNE_CHIEF) && !scope.has(Role.PROVINCIAL_OFFICER)
				&& !scope.has(Role.MINISTRY_ADMIN)) {
			throw new GrassrootsException(ProblemCode.FORBIDDEN_ACTION, Role.COMMUNE_CHIEF.name());
		}
		if (run.status() != expected) {
			throw GrassrootsException.ruleOnField("status", target.name(), "welfare.validation.transition",
					run.status());
		}
		String column = switch (target) {
			case REVIEWED -> "reviewed_by";
			case APPROVED -> "approved_by";
			default -> "locked_by";
		};
		this.jdbc
			.sql("update wel_run set status = :s, " + column + " = :by"
					+ ((target == RunStatus.LOCKED) ? ", locked_at = :at" : "") + " where id = :r and status = :e")
			.param("s", target.name())
			.param("by", scope.username())
			.param("e", expected.name())
			.param("r", runId)
			.params((target == RunStatus.LOCKED) ? Map.of("at", Timestamp.from(Instant.now())) : Map.of())
			.update();
		RunView after = load(runId);
		this.audit.record(scope.username(), "welfare.run." + target.name().toLowerCase(java.util.Locale.ROOT),
				"wel_run", String.valueOf(runId), run.status().name(), after.status().name());
		return after;
	}

	/** A run in scope; 404 otherwise. */
	@Transactional(readOnly = true)
	public RunView get(UnitScope scope, long runId) {
		SubtreeFilter in = this.units.subtree(scope);
		return in.bind(this.jdbc.sql(SELECT + " where r.id = :id and " + in.condition("r.commune_id")))
			.param("id", runId)
			.query(AllowanceRuns::run)
			.optional()
			.orElseThrow(() -> GrassrootsException.notFound("run " + runId));
	}

	/** Runs in scope, latest month first. */
	@Transactional(readOnly = true)
	public PageResult<RunView> list(UnitScope scope, PageRequest page) {
		SubtreeFilter in = this.units.subtree(scope);
		long total = in.bind(this.jdbc.sql("select count(*) from wel_run r where " + in.condition("r.commune_id")))
			.query(Long.class)
			.single();
		List<RunView> items = in
			.bind(this.jdbc.sql(SELECT + " where " + in.condition("r.commune_id")
					+ " order by r.run_month desc, r.id limit :limit offset :offset"))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(AllowanceRuns::run)
			.list();
		return new PageResult<>(items, total);
	}

	/** The lines of a run in scope. */
	@Transactional(readOnly = true)
	public List<RunLine> lines(UnitScope scope, long runId) {
		get(scope, runId);
		return lines(runId);
	}

	/** What the latest re-run of a run in scope changed. */
	@Transactional(readOnly = true)
	public List<RunChange> changes(UnitScope scope, long runId) {
		get(scope, runId);
		return this.jdbc.sql("select * from wel_run_change where run_id = :r order by full_name, member_id")
			.param("r", runId)
			.query((rs, n) -> new RunChange(rs.getLong("member_id"), rs.getString("full_name"),
					(Long) rs.getObject("old_total", Long.class), (Long) rs.getObject("new_total", Long.class)))
			.list();
	}

	/**
	 * The payroll of a run in scope as XLSX, for the finance office (read-write: the
	 * export is audited).
	 */
	public void export(UnitScope scope, long runId, Map<String, String> headers, OutputStream out) {
		RunView run = get(scope, runId);
		List<RunLine> lines = lines(runId);
		List<Column<RunLine>> columns = List.of(new Column<>(headers.get("name"), RunLine::fullName),
				new Column<>(headers.get("position"), (l) -> l.position().name()),
				new Column<>(headers.get("villageType"), RunLine::villageType),
				new Column<>(headers.get("days"), (l) -> l.daysActive() + "/" + l.daysInMonth()),
				new Column<>(headers.get("support"), RunLine::support),
				new Column<>(headers.get("nights"), RunLine::nightsPaid),
				new Column<>(headers.get("night"), RunLine::nightAmount),
				new Column<>(headers.get("duty"), RunLine::dutyAmount),
				new Column<>(headers.get("hardship"), RunLine::hardshipAmount),
				new Column<>(headers.get("bhyt"), RunLine::bhyt), new Column<>(headers.get("bhxh"), RunLine::bhxh),
				new Column<>(headers.get("total"), RunLine::total));
		this.spreadsheets.write(out, run.month().toString().substring(0, 7), columns, lines);
		this.audit.record(scope.username(), "welfare.run.export", "wel_run", String.valueOf(runId), null,
				lines.size() + " lines");
	}

	/** Cost per commune and month of a year in scope, with the forecast per province. */
	@Transactional(readOnly = true)
	public BudgetView budget(UnitScope scope, int year) {
		SubtreeFilter in = this.units.subtree(scope);
		List<BudgetView.Row> rows = in
			.bind(this.jdbc.sql(SELECT + " where r.run_month >= :f and r.run_month < :t and "
					+ in.condition("r.commune_id") + " order by r.province_id, r.commune_id, r.run_month"))
			.param("f", LocalDate.of(year, 1, 1))
			.param("t", LocalDate.of(year + 1, 1, 1))
			.query(AllowanceRuns::run)
			.list()
			.stream()
			.map((r) -> new BudgetView.Row(r.provinceId(), r.communeId(), r.communeName(), r.month().getMonthValue(),
					r.status(), r.total()))
			.toList();
		Map<Long, List<BudgetView.Row>> byProvince = new LinkedHashMap<>();
		rows.forEach((r) -> byProvince.computeIfAbsent(r.provinceId(), (k) -> new ArrayList<>()).add(r));
		List<BudgetView.Forecast> provinces = new ArrayList<>();
		byProvince.forEach((p, list) -> provinces.add(forecast(p, this.policies.unitName(p), list)));
		return new BudgetView(year, rows, provinces, forecast(0, "", rows));
	}

	static BudgetView.Forecast forecast(long provinceId, String provinceName, List<BudgetView.Row> rows) {
		long approved = 0;
		int last = 0;
		for (BudgetView.Row r : rows) {
			if (r.status() == RunStatus.APPROVED || r.status() == RunStatus.LOCKED) {
				approved += r.cost();
				last = Math.max(last, r.month());
			}
		}
		int lastMonth = last;
		long lastCost = rows.stream()
			.filter((r) -> r.month() == lastMonth
					&& (r.status() == RunStatus.APPROVED || r.status() == RunStatus.LOCKED))
			.mapToLong(BudgetView.Row::cost)
			.sum();
		return new BudgetView.Forecast(provinceId, provinceName, approved, last, lastCost,
				AllowanceRules.forecast(approved, lastCost, last));
	}

	private List<RunLine> lines(long communeId, LocalDate month, PolicyView policy, long basic) {
		LocalDate next = month.plusMonths(1);
		int daysInMonth = month.lengthOfMonth();
		record Membership(long memberId, String name, long teamId, Position position, LocalDate from,
				@Nullable LocalDate to) {
		}
		List<Membership> memberships = this.jdbc
			.sql("select ms.member_id, m.full_name, ms.team_id, ms.position, ms.valid_from, ms.valid_to"
					+ " from per_membership ms join per_member m on m.id = ms.member_id"
					+ " join per_team t on t.team_id = ms.team_id where t.commune_id = :c and ms.valid_from < :n"
					+ " and (ms.valid_to is null or ms.valid_to > :f) order by m.full_name, ms.member_id, ms.valid_from")
			.param("c", communeId)
			.param("f", month)
			.param("n", next)
			.query((rs, n) -> new Membership(rs.getLong("member_id"), rs.getString("full_name"), rs.getLong("team_id"),
					Position.valueOf(rs.getString("position")), rs.getDate("valid_from").toLocalDate(),
					(rs.getDate("valid_to") != null) ? rs.getDate("valid_to").toLocalDate() : null))
			.list();
		Map<Long, TreeMap<LocalDate, String>> statuses = new HashMap<>();
		this.jdbc
			.sql("select s.member_id, s.status, s.valid_from from per_member_status s where s.valid_from < :n"
					+ " and s.member_id in (select ms.member_id from per_membership ms join per_team t"
					+ " on t.team_id = ms.team_id where t.commune_id = :c) order by s.member_id, s.valid_from, s.id")
			.param("c", communeId)
			.param("n", next)
			.query((ResultSet rs) -> {
				statuses.computeIfAbsent(rs.getLong("member_id"), (k) -> new TreeMap<>())
					.put(rs.getDate("valid_from").toLocalDate(), rs.getString("status"));
			});
		Map<Long, int[]> duties = new HashMap<>();
		this.jdbc
			.sql("select member_id, nights, holiday_days, hazardous_days, working_days from wel_night_duty"
					+ " where duty_month = :m")
			.param("m", month)
			.query((ResultSet rs) -> {
				duties.put(rs.getLong("member_id"), new int[] { rs.getInt("nights"), rs.getInt("holiday_days"),
						rs.getInt("hazardous_days"), rs.getInt("working_days") });
			});
		java.util.Set<LocalDate> hardship = this.policies.hardshipDays(communeId, month, next);
		Map<Long, @Nullable Long> villages = new HashMap<>();
		// active days of each membership, then per member the better-paid position takes
		// each day
		record Held(Membership ms, @Nullable Long village, int type, BigDecimal rate, List<LocalDate> days) {
		}
		Map<Long, List<Held>> byMember = new LinkedHashMap<>();
		for (Membership ms : memberships) {
			LocalDate start = ms.from().isAfter(month) ? ms.from() : month;
			LocalDate end = (ms.to() != null && ms.to().isBefore(next)) ? ms.to() : next;
			TreeMap<LocalDate, String> history = statuses.getOrDefault(ms.memberId(), new TreeMap<>());
			List<LocalDate> days = new ArrayList<>();
			for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
				Map.Entry<LocalDate, String> status = history.floorEntry(d);
				if (status != null && "ACTIVE".equals(status.getValue())) {
					days.add(d);
				}
			}
			if (days.isEmpty()) {
				continue;
			}
			Long village = villages.computeIfAbsent(ms.teamId(), (t) -> village(t, month, next));
			int type = this.policies.villageType(village);
			BigDecimal rate = policy.monthlyRate(ms.position(), type, basic);
			byMember.computeIfAbsent(ms.memberId(), (k) -> new ArrayList<>())
				.add(new Held(ms, village, type, rate, days));
		}
		// nights from the rosters and patrol logs, unless the month's duty record was
		// entered
		java.util.Set<Long> withoutRecord = new java.util.HashSet<>(byMember.keySet());
		withoutRecord.removeAll(duties.keySet());
		Map<Long, Integer> rostered = withoutRecord.isEmpty() ? Map.of()
				: this.nightDuties.countUnchecked(withoutRecord, java.time.YearMonth.from(month));
		List<RunLine> lines = new ArrayList<>();
		for (List<Held> held : byMember.values()) {
			List<Held> ranked = new ArrayList<>(held);
			ranked.sort(java.util.Comparator.comparing(Held::rate)
				.reversed()
				.thenComparing((h) -> h.ms().position().ordinal())
				.thenComparing((h) -> h.ms().from()));
			java.util.Set<LocalDate> taken = new java.util.HashSet<>();
			java.util.Set<LocalDate> activeDays = new java.util.HashSet<>();
			Map<Held, int[]> split = new HashMap<>();
			for (Held h : ranked) {
				int full = 0;
				int concurrent = 0;
				for (LocalDate d : h.days()) {
					activeDays.add(d);
					if (taken.add(d)) {
						full++;
					}
					else {
						concurrent++;
					}
				}
				split.put(h, new int[] { full, concurrent });
			}
			long memberId = held.get(0).ms().memberId();
			int[] duty = duties.getOrDefault(memberId, new int[] { rostered.getOrDefault(memberId, 0), 0, 0, 0 });
			AllowanceRules.DutyDays paid = AllowanceRules.dutyDaysPaid(duty[0], duty[1], duty[2], policy.nightCap(),
					policy.sharedDutyCap());
			int designated = (int) activeDays.stream().filter(hardship::contains).count();
			int hardshipDays = (policy.hardshipRate() > 0) ? AllowanceRules.hardshipDays(duty[3], designated) : 0;
			// duty and hardship pay go on the member's last line in the month that has
			// full days
			Held payLine = null;
			for (Held h : held) {
				if (split.get(h)[0] > 0) {
					payLine = h;
				}
			}
			for (Held h : held) {
				int full = split.get(h)[0];
				int concurrent = split.get(h)[1];
				BigDecimal fullSupport = AllowanceRules.prorate(h.rate(), full, daysInMonth);
				BigDecimal support = fullSupport
					.add(AllowanceRules.concurrentSupport(h.rate(), policy.concurrentShare(), concurrent, daysInMonth));
				BigDecimal bhyt = AllowanceRules.insurance(fullSupport, policy.bhytRate(), policy.bhytFixed(), full,
						daysInMonth);
				BigDecimal bhxh = AllowanceRules.insurance(fullSupport, policy.bhxhRate(), policy.bhxhFixed(), full,
						daysInMonth);
				boolean pays = h == payLine;
				int nightsRecorded = pays ? duty[0] : 0;
				int nightsPaid = pays ? paid.nights() : 0;
				long nightAmount = nightsPaid * policy.nightRate();
				int holidayPaid = pays ? paid.holidayDays() : 0;
				int hazardousPaid = pays ? paid.hazardousDays() : 0;
				long dutyAmount = holidayPaid * policy.holidayRate() + hazardousPaid * policy.hazardousRate();
				int hardshipPaid = pays ? hardshipDays : 0;
				long hardshipAmount = hardshipPaid * policy.hardshipRate();
				lines.add(new RunLine(memberId, h.ms().name(), h.ms().teamId(), h.village(), h.ms().position(),
						h.type(), full, daysInMonth, h.rate(), support, nightsRecorded, nightsPaid, nightAmount, bhyt,
						bhxh, AllowanceRules.lineTotal(support, nightAmount + dutyAmount + hardshipAmount, bhyt, bhxh),
						concurrent, holidayPaid, hazardousPaid, dutyAmount, hardshipPaid, hardshipAmount));
			}
		}
		return lines;
	}

	private @Nullable Long village(long teamId, LocalDate month, LocalDate next) {
		return this.jdbc
			.sql("select village_id from per_team_village where team_id = :t and valid_from < :n"
					+ " and (valid_to is null or valid_to > :f) order by valid_from desc, id desc")
			.param("t", teamId)
			.param("f", month)
			.param("n", next)
			.query(Long.class)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
	}

	private List<RunLine> lines(long runId) {
		return this.jdbc.sql("select * from wel_run_line where run_id = :r order by full_name, member_id, id")
			.param("r", runId)
			.query((rs, n) -> new RunLine(rs.getLong("member_id"), rs.getString("full_name"), rs.getLong("team_id"),
					(Long) rs.getObject("village_id", Long.class), Position.valueOf(rs.getString("position")),
					rs.getInt("village_type"), rs.getInt("days_active"), rs.getInt("days_in_month"),
					rs.getBigDecimal("monthly_rate"), rs.getBigDecimal("support"), rs.getInt("nights_recorded"),
					rs.getInt("nights_paid"), rs.getLong("night_amount"), rs.getBigDecimal("bhyt"),
					rs.getBigDecimal("bhxh"), rs.getLong("total"), rs.getInt("concurrent_days"),
					rs.getInt("holiday_days_paid"), rs.getInt("hazardous_days_paid"), rs.getLong("duty_amount"),
					rs.getInt("hardship_days"), rs.getLong("hardship_amount")))
			.list();
	}

	private static Map<Long, Long> perMember(List<RunLine> lines) {
		Map<Long, Long> totals = new HashMap<>();
		lines.forEach((l) -> totals.merge(l.memberId(), l.total(), Long::sum));
		return totals;
	}

	private RunView load(long runId) {
		return this.jdbc.sql(SELECT + " where r.id = :id").param("id", runId).query(AllowanceRuns::run).single();
	}

	private UnitView commune(UnitScope scope, long communeId) {
		return this.units.find(scope, communeId)
			.filter((u) -> u.type() == UnitType.COMMUNE)
			.orElseThrow(() -> GrassrootsException.notFound("commune " + communeId));
	}

	private static Integer orZero(@Nullable Integer value) {
		return (value != null) ? value : 0;
	}

	private static void requireWriter(UnitScope scope) {
		if (!scope.canWrite()) {
			throw new GrassrootsException(ProblemCode.FORBIDDEN_ACTION, "WRITE");
		}
	}

	private static final String SELECT = "select r.*, (select max(p.full_name) from org_unit_period p"
			+ " where p.unit_id = r.commune_id) as commune_name from wel_run r";

	private static RunView run(ResultSet rs, int n) throws SQLException {
		return new RunView(rs.getLong("id"), rs.getLong("commune_id"), rs.getString("commune_name"),
				rs.getLong("province_id"), rs.getDate("run_month").toLocalDate(),
				RunStatus.valueOf(rs.getString("status")), rs.getLong("policy_id"), rs.getLong("basic_salary"),
				rs.getLong("total"), rs.getString("computed_by"), rs.getTimestamp("computed_at").toLocalDateTime(),
				rs.getString("reviewed_by"), rs.getString("approved_by"), rs.getString("locked_by"));
	}

}

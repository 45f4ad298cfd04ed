package vn.grassroots.patrols;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.patrols.internal.PatrolLogWriter;
import vn.grassroots.patrols.internal.PatrolLogWriter.NewLog;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.UnitScope;

/**
 * A deterministic, seeded generator of rosters and patrol logs, for the demo and for
 * scale tests: for every team under a path prefix that has members and no generated plan
 * yet, one night patrol plan and, for every day from {@code from} to {@code to}, one
 * shift of two members (three in larger teams) at night, or in the afternoon when too few
 * members are left under the province's night-duty cap that month; every past shift is
 * logged as a patrol (client id derived from seed, team and day), so running again
 * creates nothing twice. The monthly roll-up is filled in the same transaction.
 */
@Service
public class PatrolGenerator {

	private static final String[] ROUTES = { "Cổng làng - nhà văn hóa - chợ - trường tiểu học",
			"Đường trục thôn - khu trọ công nhân - bãi sông", "Ngã ba chợ - trạm y tế - UBND xã",
			"Khu dân cư mới - cầu tràn - đường liên thôn", "Tuyến đường chính - các ngõ xóm - khu vui chơi" };

	private static final String[] FINDINGS = { "Tình hình an ninh trật tự ổn định, không phát hiện vụ việc.",
			"Nhắc nhở nhóm thanh niên tụ tập khuya giải tán.", "Phát hiện cổng nhà dân chưa khóa, đã nhắc chủ nhà.",
			"Nhắc quán karaoke giảm âm lượng sau 22 giờ.",
			"Kiểm tra khu trọ, nhắc khai báo tạm trú cho 2 người mới đến.",
			"Đèn đường đoạn cầu tràn bị hỏng, đã báo trưởng thôn.", "Hỗ trợ người đi đường bị hỏng xe." };

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final PatrolLogWriter writer;

	private final RosterService rosters;

	private final AuditTrail audit;

	PatrolGenerator(JdbcClient jdbc, JdbcTemplate template, PatrolLogWriter writer, RosterService rosters,
			AuditTrail audit) {
		this.jdbc = jdbc;
		this.template = template;
		this.writer = writer;
		this.rosters = rosters;
		this.audit = audit;
	}

	/**
	 * What was generated.
	 *
	 * @param teams teams given a plan
	 * @param shifts shifts created
	 * @param logs patrol logs created
	 */
	public record Result(int teams, int shifts, int logs) {
	}

	/**
	 * Generates rosters from {@code from} to {@code to} for the teams valid on
	 * {@code from} whose path starts with {@code pathPrefix}; shifts that end before now
	 * are logged.
	 * @param seed random seed
	 * @param pathPrefix unit path ending with '/', e.g. {@code "/1/"}
	 * @param from first day
	 * @param to last day
	 * @param demoOnly only teams of the demo territory
	 */
	@Transactional
	public Result generate(long seed, String pathPrefix, LocalDate from, LocalDate to, boolean demoOnly) {
		List<long[]> teams = this.jdbc
			.sql("select t.team_id, t.commune_id from per_team t join org_unit_period p on p.unit_id = t.team_id"
					+ " where p.path >= :s and p.path < :e and (p.valid_from is null or p.valid_from <= :d)"
					+ " and (p.valid_to is null or p.valid_to > :d) and t.ended_on is null"
					+ (demoOnly ? " and t.demo = true" : "") + " and not exists (select 1"
					+ " from pat_plan x where x.source = concat(:src, cast(t.team_id as varchar(20))))"
					+ " order by t.team_id")
			.param("s", pathPrefix)
			.param("e", UnitScope.rangeEnd(pathPrefix))
			.param("d", from)
			.param("src", "gen:" + seed + ":")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		if (teams.isEmpty()) {
			return new Result(0, 0, 0);
		}
		Map<Long, List<long[]>> memberships = new HashMap<>();
		Map<Long, List<Object[]>> statuses = new HashMap<>();
		List<Long> teamIds = teams.stream().map((t) -> t[0]).toList();
		for (int i = 0; i < teamIds.size(); i += 1000) {
			List<Long> chunk = teamIds.subList(i, Math.min(teamIds.size(), i + 1000));
			this.jdbc
				.sql("select ms.team_id, ms.member_id, ms.valid_from, ms.valid_to from per_membership ms"
						+ " where ms.team_id in (:t) order by ms.team_id, ms.member_id")
				.param("t", chunk)
				.query((rs, n) -> memberships.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
					.add(new long[] { rs.getLong(2), rs.getDate(3).toLocalDate().toEpochDay(),
							(rs.getDate(4) != null) ? rs.getDate(4).toLocalDate().toEpochDay() : Long.MAX_VALUE }))
				.list();
			this.jdbc
				.sql("select s.member_id, s.status, s.valid_from from per_member_status s join per_membership ms on"
						+ " ms.member_id = s.member_id where ms.team_id in (:t) order by s.member_id, s.valid_from, s.id")
				.param("t", chunk)
				.query((rs, n) -> statuses.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
					.add(new Object[] { rs.getString(2), rs.getDate(3).toLocalDate() }))
				.list();
		}
		Random random = new Random(seed ^ pathPrefix.hashCode());
		LocalDateTime now = LocalDateTime.now(Dates.ZONE);
		Timestamp created = Timestamp.valueOf(now.withNano(0));
		Map<Long, Integer> caps = new HashMap<>();
		int teamCount = 0;
		int shiftCount = 0;
		List<NewLog> logs = new ArrayList<>();
		for (long[] team : teams) {
			long teamId = team[0];
			long communeId = team[1];
			List<long[]> members = memberships.getOrDefault(teamId, List.of());
			if (members.isEmpty()) {
				continue;
			}
			String route = ROUTES[random.nextInt(ROUTES.length)];
			String area = this.jdbc
				.sql("select full_name from org_unit_period where unit_id = :id order by valid_from"
						+ " desc nulls last limit 1")
				.param("id", teamId)
				.query(String.class)
				.single();
			area = "Địa bàn " + area.replace("Tổ bảo vệ ANTT ", "");
			this.jdbc
				.sql("insert into pat_plan (commune_id, team_id, title, area, route, schedule, source, created_by,"
						+ " created_at) values (:c, :t, :title, :area, :route, :schedule, :src, 'generator', :at)")
				.param("c", communeId)
				.param("t", teamId)
				.param("title", "Kế hoạch tuần tra đêm")
				.param("area", area)
				.param("route", route)
				.param("schedule", "Hằng đêm 22:00-02:00, buổi chiều khi thiếu người trực đêm")
				.param("src", "gen:" + seed + ":" + teamId)
				.param("at", created)
				.update();
			long planId = planId(seed, teamId);
			teamCount++;
			int cap = caps.computeIfAbsent(communeId, (c) -> this.rosters.nightCap(c, from));
			List<Object[]> shifts = new ArrayList<>();
			Map<Long, Integer> nights = new HashMap<>();
			YearMonth month = null;
			for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
				if (!YearMonth.from(day).equals(month)) {
					month = YearMonth.from(day);
					nights.clear();
				}
				final LocalDate d = day;
				List<Long> active = new ArrayList<>();
				for (long[] m : members) {
					if (m[1] <= d.toEpochDay() && d.toEpochDay() < m[2] && active(statuses.get(m[0]), d)) {
						active.add(m[0]);
					}
				}
				// two on a night patrol, three on a day patrol of a larger team; nights
				// are
				// spread over the month so that the cap allows (members x cap / 2 nights)
				int size = (active.size() >= 5) ? 3 : 2;
				int days = month.lengthOfMonth();
				int wanted = Math.min(days, active.size() * cap / 2);
				int index = d.getDayOfMonth() - 1;
				boolean nightDue = (index + 1) * wanted / days > index * wanted / days;
				int startRoll = random.nextInt(4);
				int hours = 3 + random.nextInt(3);
				int lateStart = random.nextInt(16);
				int endShift = random.nextInt(41) - 20;
				String findings = (random.nextInt(100) < 70) ? FINDINGS[0]
						: FINDINGS[1 + random.nextInt(FINDINGS.length - 1)];
				if (active.size() < 2) {
					continue;
				}
				List<Long> underCap = active.stream()
					.filter((m) -> nights.getOrDefault(m, 0) < cap)
					.sorted(Comparator.comparing((Long m) -> nights.getOrDefault(m, 0)).thenComparing((m) -> m))
					.toList();
				boolean night = nightDue && underCap.size() >= 2;
				List<Long> pool = night ? underCap : active;
				int crewSize = night ? 2 : size;
				// day patrols rotate through the team
				int offset = night ? 0 : d.getDayOfMonth() % pool.size();
				List<Long> crew = new ArrayList<>();
				for (int k = 0; k < Math.min(crewSize, pool.size()); k++) {
					crew.add(pool.get((offset + k) % pool.size()));
				}
				LocalDateTime start = night ? d.atTime(21 + (startRoll + 1) / 2, (startRoll % 2) * 30)
						: d.atTime(14, 0);
				LocalDateTime end = start.plusHours(hours);
				if (night) {
					crew.forEach((m) -> nights.merge(m, 1, Integer::sum));
				}
				shifts.add(new Object[] { d, start, end, PatrolRules.night(start, end), crew, lateStart, endShift,
						findings });
			}
			if (shifts.isEmpty()) {
				continue;
			}
			final long plan = planId;
			this.template.batchUpdate(
					"insert into pat_shift (plan_id, commune_id, team_id, shift_date, starts_at,"
							+ " ends_at, night, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, 'generator', ?)",
					shifts, 1000, (ps, s) -> {
						ps.setLong(1, plan);
						ps.setLong(2, communeId);
						ps.setLong(3, teamId);
						ps.setObject(4, s[0]);
						ps.setTimestamp(5, Timestamp.valueOf((LocalDateTime) s[1]));
						ps.setTimestamp(6, Timestamp.valueOf((LocalDateTime) s[2]));
						ps.setBoolean(7, (Boolean) s[3]);
						ps.setTimestamp(8, created);
					});
			Map<LocalDate, Long> shiftIds = new LinkedHashMap<>();
			this.jdbc.sql("select id, shift_date from pat_shift where plan_id = :p")
				.param("p", plan)
				.query((rs, n) -> shiftIds.put(rs.getDate(2).toLocalDate(), rs.getLong(1)))
				.list();
			List<long[]> assignments = new ArrayList<>();
			for (Object[] s : shifts) {
				long shiftId = shiftIds.get((LocalDate) s[0]);
				@SuppressWarnings("unchecked")
				List<Long> crew = (List<Long>) s[4];
				crew.forEach((m) -> assignments.add(new long[] { shiftId, m }));
				LocalDateTime started = ((LocalDateTime) s[1]).plusMinutes((Integer) s[5]);
				LocalDateTime ended = ((LocalDateTime) s[2]).plusMinutes((Integer) s[6]);
				if (ended.isBefore(now)) {
					logs.add(new NewLog("gen-" + seed + "-" + teamId + "-" + s[0], communeId, teamId, shiftId, started,
							ended, PatrolRules.night(started, ended), area, route, (String) s[7], crew.size(), crew,
							List.of()));
				}
			}
			this.template.batchUpdate("insert into pat_shift_member (shift_id, member_id) values (?, ?)", assignments,
					1000, (ps, a) -> {
						ps.setLong(1, a[0]);
						ps.setLong(2, a[1]);
					});
			shiftCount += shifts.size();
		}
		int logCount = 0;
		for (int i = 0; i < logs.size(); i += 5000) {
			List<NewLog> chunk = logs.subList(i, Math.min(logs.size(), i + 5000));
			var existing = this.writer.existing(chunk.stream().map(NewLog::clientId).toList());
			List<NewLog> fresh = chunk.stream().filter((l) -> !existing.containsKey(l.clientId())).toList();
			this.writer.insert(fresh, "generator", now.withNano(0), null);
			this.writer.rollUp(fresh);
			logCount += fresh.size();
		}
		Result result = new Result(teamCount, shiftCount, logCount);
		this.audit.record("system", "patrols.generate", null, null, null,
				"seed " + seed + " under " + pathPrefix + " " + from + ".." + to + ": " + result);
		return result;
	}

	/**
	 * Rebuilds the monthly roll-up {@code pat_patrol_month} from all patrol logs, e.g.
	 * after loading logs with COPY; returns the number of rows.
	 */
	@Transactional
	public int rebuildRollUp() {
		return this.writer.rebuild();
	}

	private long planId(long seed, long teamId) {
		return this.jdbc.sql("select id from pat_plan where source = :s")
			.param("s", "gen:" + seed + ":" + teamId)
			.query(Long.class)
			.single();
	}

	private static boolean active(List<Object[]> rows, LocalDate date) {
		String current = null;
		if (rows != null) {
			for (Object[] r : rows) {
				if (!((LocalDate) r[1]).isAfter(date)) {
					current = (String) r[0];
				}
			}
		}
		return "ACTIVE".equals(current);
	}

}

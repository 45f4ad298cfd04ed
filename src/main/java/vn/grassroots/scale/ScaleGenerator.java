package vn.grassroots.scale;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.grassroots.operations.IncidentMix;
import vn.grassroots.operations.IncidentStatus;
import vn.grassroots.operations.Severity;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.personnel.OfficerPosition;
import vn.grassroots.personnel.OfficerRank;
import vn.grassroots.personnel.TeamPosition;
import vn.grassroots.scale.internal.BulkLoader;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.TextFolding;
import vn.grassroots.shared.UnitScope;
import vn.grassroots.targets.IndicatorView;
import vn.grassroots.targets.Indicators;
import vn.grassroots.targets.ReportFormView;
import vn.grassroots.targets.Reports;

/**
 * The national-scale generator: on the hierarchy in the database (the real imported one,
 * or any other), for a share of the commune-level units given by the scale factor (1.0 =
 * all 3,321), it adds 20-40 villages per commune with one protection team each, 3-6
 * members per team, 12-15 officers per commune police station, about one patrol log per
 * team and night (with its participants) until the requested number of patrol logs
 * exists, incidents over the last months in the mix of task groups and severities of
 * {@link IncidentMix} (patrol findings linked to the patrol of that night), the monthly
 * patrol roll-up {@code pat_patrol_month} rebuilt from the raw rows, and a monthly
 * reported indicator with approved commune reports (the last month left submitted, to be
 * approved). Rows go in through COPY on PostgreSQL and JDBC batches on H2
 * ({@link BulkLoader}); every load is timed. Seeded: the same seed and factor give the
 * same data. Running again adds only what is missing (more patrol nights when more patrol
 * logs are asked for).
 */
@Service
public class ScaleGenerator {

	private static final Logger log = LoggerFactory.getLogger(ScaleGenerator.class);

	/** {@code recorded_by}/{@code created_by} of every generated row. */
	public static final String ACTOR = "scale-generator";

	static final String INDICATOR = "PATROLS_REPORTED";

	static final String FORM = "BC_THANG_TUAN_TRA";

	private static final String[] SURNAMES = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi",
			"Đỗ", "Hồ", "Ngô", "Dương" };

	private static final String[] MIDDLE = { "Văn", "Hữu", "Đức", "Minh", "Quốc", "Thị", "Ngọc", "Thanh" };

	private static final String[] GIVEN = { "An", "Bảo", "Chiến", "Dũng", "Giang", "Hiếu", "Khoa", "Lực", "Mạnh",
			"Nghĩa", "Phúc", "Quý", "Sáng", "Thái", "Toàn", "Vinh", "Hằng", "Loan", "Thảo", "Vân" };

	private static final String[] SYLLABLES = { "Hạ", "Thượng", "Trung", "Đông", "Tây", "Nam", "Bắc", "Tân", "Cựu",
			"Phú", "Lương", "Khê", "Đồng", "Bãi", "Gò", "Rạch", "Bến", "Cầu" };

	private static final String[] AREAS = { "Tuyến đường liên thôn", "Khu chợ và bến xe", "Trường học và khu dân cư",
			"Bờ sông, khu đồng ruộng", "Nhà văn hóa và khu vui chơi", "Các ngõ, hẻm trong thôn" };

	private final JdbcClient jdbc;

	private final BulkLoader loader;

	private final Indicators indicators;

	private final Reports reports;

	ScaleGenerator(JdbcClient jdbc, DataSource dataSource, Indicators indicators, Reports reports) {
		this.jdbc = jdbc;
		this.loader = new BulkLoader(dataSource);
		this.indicators = indicators;
		this.reports = reports;
	}

	/**
	 * What to generate.
	 *
	 * @param factor share of the commune-level units, 0 < factor <= 1
	 * @param patrols patrol logs wanted in total on the generated teams (more nights are
	 * added going back from yesterday until there are at least that many)
	 * @param incidentsPerCommuneMonth incidents per commune and month
	 * @param months months of incidents and of indicator reports back from today
	 * @param seed random seed
	 */
	public record Options(double factor, long patrols, int incidentsPerCommuneMonth, int months, long seed) {
	}

	/**
	 * One timed load.
	 *
	 * @param table table
	 * @param rows rows loaded
	 * @param millis wall time
	 */
	public record Load(String table, long rows, long millis) {

		/** Rows per second. */
		public long rowsPerSecond() {
			return (this.millis <= 0) ? this.rows * 1000 : this.rows * 1000 / this.millis;
		}

	}

	/**
	 * What was generated.
	 *
	 * @param communes commune-level units taking part
	 * @param method COPY or BATCH
	 * @param loads timed loads, in order
	 * @param patrols patrol logs on generated teams after the run
	 */
	public record Result(int communes, String method, List<Load> loads, long patrols) {

		/** A plain-text table of the loads. */
		public String table() {
			StringBuilder out = new StringBuilder(
					String.format("%-26s %12s %10s %12s%n", "table", "rows", "ms", "rows/s"));
			for (Load l : this.loads) {
				out.append(String.format("%-26s %12d %10d %12d%n", l.table(), l.rows(), l.millis(), l.rowsPerSecond()));
			}
			return out.toString();
		}

	}

	private record Commune(long id, String path, String code, String name, long provinceId) {
	}

	private record Team(long id, long villageId, long communeId, String villageName, long firstMember, int size) {
	}

	/** Generates what is missing for the options; see the class comment. */
	public Result generate(Options options) {
		if (!(options.factor() > 0 && options.factor() <= 1)) {
			throw new IllegalArgumentException("factor must be in (0, 1]: " + options.factor());
		}
		LocalDate today = Dates.today();
		List<Commune> communes = communes(options.factor(), today);
		List<Load> loads = new ArrayList<>();
		Random random = new Random(options.seed());
		List<Commune> fresh = this.jdbc
			.sql("select p.parent_id from org_unit_period p join org_unit u on u.id = p.unit_id"
					+ " where p.type = 'VILLAGE' and u.source like 'scale:%'")
			.query(Long.class)
			.list()
			.stream()
			.collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toSet(),
					(done) -> communes.stream().filter((c) -> !done.contains(c.id())).toList()));
		if (!fresh.isEmpty()) {
			territory(fresh, random, today, loads);
			officers(fresh, random, loads);
		}
		List<Team> teams = teams(communes);
		if (!fresh.isEmpty()) {
			incidents(fresh, options, today, loads);
		}
		patrols(teams, options, today, loads);
		linkPatrolFindings(loads);
		reportsAndValues(communes, options, today, random, loads);
		long patrols = this.jdbc.sql("select count(*) from pat_patrol_log where recorded_by = :a")
			.param("a", ACTOR)
			.query(Long.class)
			.single();
		Result result = new Result(communes.size(), this.loader.copies() ? "COPY" : "BATCH", loads, patrols);
		log.info("Scale generator ({} communes, {}):\n{}", communes.size(), result.method(), result.table());
		return result;
	}

	private List<Commune> communes(double factor, LocalDate today) {
		List<Commune> all = this.jdbc
			.sql("select p.unit_id, p.path, p.code, p.full_name from org_unit_period p join org_unit u on u.id ="
					+ " p.unit_id where u.commune_level = true and u.demo = false and " + valid("p")
					+ " order by p.path")
			.param("d", today)
			.query((rs, n) -> {
				String path = rs.getString(2);
				String[] parts = path.split("/");
				return new Commune(rs.getLong(1), path, (rs.getString(3) != null) ? rs.getString(3) : "C" + n,
						rs.getString(4), (parts.length > 2) ? Long.parseLong(parts[2]) : rs.getLong(1));
			})
			.list();
		int wanted = (int) Math.max(1, Math.min(all.size(), Math.round(all.size() * factor)));
		List<Commune> chosen = new ArrayList<>();
		for (int i = 0; i < wanted && !all.isEmpty(); i++) {
			chosen.add(all.get((int) ((long) i * all.size() / wanted)));
		}
		return chosen;
	}

	private static String valid(String a) {
		return "(" + a + ".valid_from is null or " + a + ".valid_from <= :d) and (" + a + ".valid_to is null or " + a
				+ ".valid_to > :d)";
	}

	private static LocalDate since(LocalDate today) {
		LocalDate reform = LocalDate.of(2025, 7, 1);
		return today.isAfter(reform) ? reform : today.minusYears(1);
	}

	/** Villages, teams, their personnel records and members. */
	private void territory(List<Commune> communes, Random random, LocalDate today, List<Load> loads) {
		LocalDate from = since(today);
		int[] villages = new int[communes.size()];
		for (int i = 0; i < villages.length; i++) {
			villages[i] = 20 + random.nextInt(21);
		}
		int total = (int) sum(villages);
		long unitBase = this.jdbc.sql("select nextval('org_unit_seq')").query(Long.class).single();
		this.jdbc.sql("alter sequence org_unit_seq restart with " + (unitBase + 2L * total + 100)).update();
		LocalDateTime now = LocalDateTime.now(Dates.ZONE).withNano(0);
		int[] sizes = new int[total];
		for (int i = 0; i < total; i++) {
			sizes[i] = 3 + random.nextInt(4);
		}
		String[] names = new String[total];
		for (int i = 0; i < total; i++) {
			names[i] = (random.nextInt(3) == 0) ? "Tổ dân phố " + (i % 40 + 1) : "Thôn "
					+ SYLLABLES[random.nextInt(SYLLABLES.length)] + " " + SYLLABLES[random.nextInt(SYLLABLES.length)];
		}
		timed(loads, "org_unit", "id, type, kind, commune_level, source, demo, valid_from, valid_to, created_at",
				(rows) -> eachVillage(communes, villages, (c, v, k) -> {
					long vid = unitBase + 2L * k;
					boolean group = names[k].startsWith("Tổ");
					rows.row(vid, UnitType.VILLAGE.name(), group ? "RESIDENTIAL_GROUP" : "VILLAGE", false,
							"scale:V:" + vid, false, from, null, now);
					rows.row(vid + 1, UnitType.TEAM.name(), "PROTECTION_TEAM", false, "scale:T:" + (vid + 1), false,
							from, null, now);
				}));
		timed(loads, "org_unit_period",
				"unit_id, type, parent_id, path, depth, code, name, full_name, search_text, valid_from, valid_to",
				(rows) -> eachVillage(communes, villages, (c, v, k) -> {
					long vid = unitBase + 2L * k;
					String vpath = c.path() + vid + "/";
					int depth = (int) c.path().chars().filter((ch) -> ch == '/').count() - 1;
					String short_ = names[k].substring(names[k].indexOf(' ') + 1);
					rows.row(vid, UnitType.VILLAGE.name(), c.id(), vpath, depth + 1, c.code() + "-V" + v, short_,
							names[k], TextFolding.fold(names[k]), from, null);
					String team = "Tổ bảo vệ ANTT " + names[k];
					rows.row(vid + 1, UnitType.TEAM.name(), vid, vpath + (vid + 1) + "/", depth + 2,
							c.code() + "-T" + v, names[k], team, TextFolding.fold(team), from, null);
				}));
		timed(loads, "per_team",
				"team_id, commune_id, decision_number, decision_date, decision_signer, posted_place, posted_on,"
						+ " established_on, demo, created_by, created_at",
				(rows) -> eachVillage(communes, villages,
						(c, v, k) -> rows.row(unitBase + 2L * k + 1, c.id(), String.format("%02d/QĐ-UBND", v), from,
								"Chủ tịch UBND " + c.name(), "Nhà văn hóa " + names[k], from, from, false, ACTOR,
								now)));
		timed(loads, "per_team_village", "team_id, village_id, valid_from", (rows) -> eachVillage(communes, villages,
				(c, v, k) -> rows.row(unitBase + 2L * k + 1, unitBase + 2L * k, from)));
		long memberBase = nextId("per_member");
		Set<String> citizenIds = new HashSet<>(
				this.jdbc.sql("select citizen_id from per_member").query(String.class).list());
		Random people = new Random(random.nextLong());
		timed(loads, "per_member",
				"id, commune_id, full_name, search_name, birth_date, sex, citizen_id, phone, residence_village_id,"
						+ " residence_since, education, health_certificate_on, previous_service, demo, created_by,"
						+ " created_at, status, status_since",
				(rows) -> {
					long[] id = { memberBase };
					eachVillage(communes, villages, (c, v, k) -> {
						for (int m = 0; m < sizes[k]; m++) {
							boolean female = people.nextInt(5) == 0;
							String name = SURNAMES[people.nextInt(SURNAMES.length)] + " "
									+ MIDDLE[people.nextInt(MIDDLE.length)] + " " + GIVEN[people.nextInt(GIVEN.length)];
							LocalDate birth = from.minusYears(20 + people.nextInt(45)).minusDays(people.nextInt(365));
							String citizen;
							do {
								citizen = String.format("%03d", 1 + people.nextInt(96))
										+ ((birth.getYear() / 100 - 19) * 2 + (female ? 1 : 0))
										+ String.format("%02d%06d", birth.getYear() % 100, people.nextInt(1_000_000));
							}
							while (!citizenIds.add(citizen));
							rows.row(id[0]++, c.id(), name, TextFolding.fold(name), birth, female ? "FEMALE" : "MALE",
									citizen, "09" + String.format("%08d", people.nextInt(100_000_000)),
									unitBase + 2L * k, birth.plusYears(18), "LOWER_SECONDARY", from.minusDays(40), null,
									false, ACTOR, now, "ACTIVE", from);
						}
					});
				});
		restart("per_member", memberBase + sum(sizes));
		// the latest of these rows (ACTIVE from `from`) is the status kept on per_member
		// above
		timed(loads, "per_member_status",
				"member_id, status, valid_from, decision_number, decision_date, decision_signer, recorded_by,"
						+ " recorded_at",
				(rows) -> {
					for (long m = memberBase, end = memberBase + sum(sizes); m < end; m++) {
						rows.row(m, "APPLICANT", from.minusDays(45), null, null, null, ACTOR, now);
						rows.row(m, "SELECTED", from.minusDays(20), null, null, null, ACTOR, now);
						rows.row(m, "ACTIVE", from, "01/QĐ-UBND", from, "Chủ tịch UBND xã", ACTOR, now);
					}
				});
		timed(loads, "per_membership",
				"member_id, team_id, position, valid_from, decision_number, recorded_by, recorded_at", (rows) -> {
					long m = memberBase;
					for (int k = 0; k < total; k++) {
						for (int i = 0; i < sizes[k]; i++) {
							TeamPosition position = (i == 0) ? TeamPosition.LEADER
									: (i == 1) ? TeamPosition.DEPUTY : TeamPosition.MEMBER;
							rows.row(m++, unitBase + 2L * k + 1, position.name(), from, "01/QĐ-UBND", ACTOR, now);
						}
					}
				});
	}

	private interface VillageVisitor {

		void visit(Commune commune, int number, int index);

	}

	private static void eachVillage(List<Commune> communes, int[] villages, VillageVisitor visitor) {
		int k = 0;
		for (int i = 0; i < communes.size(); i++) {
			for (int v = 1; v <= villages[i]; v++) {
				visitor.visit(communes.get(i), v, k++);
			}
		}
	}

	private static long sum(int[] values) {
		long s = 0;
		for (int v : values) {
			s += v;
		}
		return s;
	}

	/** 12-15 officers per commune police station. */
	private void officers(List<Commune> communes, Random random, List<Load> loads) {
		LocalDate from = since(Dates.today());
		LocalDateTime now = LocalDateTime.now(Dates.ZONE).withNano(0);
		int[] counts = new int[communes.size()];
		for (int i = 0; i < counts.length; i++) {
			counts[i] = 12 + random.nextInt(4);
		}
		long base = nextId("per_officer");
		Random people = new Random(random.nextLong());
		timed(loads, "per_officer", "id, full_name, search_name, birth_date, phone, demo, created_by, created_at",
				(rows) -> {
					long id = base;
					for (int count : counts) {
						for (int i = 0; i < count; i++) {
							String name = SURNAMES[people.nextInt(SURNAMES.length)] + " "
									+ MIDDLE[people.nextInt(MIDDLE.length)] + " " + GIVEN[people.nextInt(GIVEN.length)];
							rows.row(id++, name, TextFolding.fold(name),
									from.minusYears(23 + people.nextInt(25)).minusDays(people.nextInt(365)),
									"08" + String.format("%08d", people.nextInt(100_000_000)), false, ACTOR, now);
						}
					}
				});
		restart("per_officer", base + sum(counts));
		timed(loads, "per_officer_assignment",
				"officer_id, unit_id, position, officer_rank, valid_from, recorded_by, recorded_at", (rows) -> {
					long id = base;
					for (int c = 0; c < counts.length; c++) {
						for (int i = 0; i < counts[c]; i++) {
							OfficerPosition position = (i == 0) ? OfficerPosition.CHIEF
									: (i <= 2) ? OfficerPosition.DEPUTY_CHIEF : OfficerPosition.OFFICER;
							OfficerRank rank = switch (position) {
								case CHIEF -> OfficerRank.LIEUTENANT_COLONEL;
								case DEPUTY_CHIEF -> OfficerRank.MAJOR;
								case OFFICER -> OfficerRank.values()[1 + people.nextInt(6)];
							};
							rows.row(id++, communes.get(c).id(), position.name(), rank.name(), from, ACTOR, now);
						}
					}
				});
	}

	/** The generated teams of the communes with their villages and members. */
	private List<Team> teams(List<Commune> communes) {
		Set<Long> chosen = new HashSet<>();
		communes.forEach((c) -> chosen.add(c.id()));
		List<Team> all = this.jdbc
			.sql("select t.team_id, v.village_id, t.commune_id, p.name, min(m.member_id), count(*) from per_team t"
					+ " join per_team_village v on v.team_id = t.team_id join org_unit_period p on p.unit_id ="
					+ " v.village_id join per_membership m on m.team_id = t.team_id where t.created_by = :a"
					+ " group by t.team_id, v.village_id, t.commune_id, p.name order by t.team_id")
			.param("a", ACTOR)
			.query((rs, n) -> new Team(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
					rs.getInt(6)))
			.list();
		return all.stream().filter((t) -> chosen.contains(t.communeId())).toList();
	}

	/**
	 * Patrol logs with participants, one per team and night, going back from yesterday.
	 */
	private void patrols(List<Team> teams, Options options, LocalDate today, List<Load> loads) {
		if (teams.isEmpty()) {
			return;
		}
		long existing = this.jdbc.sql("select count(*) from pat_patrol_log where recorded_by = :a")
			.param("a", ACTOR)
			.query(Long.class)
			.single();
		if (existing >= options.patrols()) {
			return;
		}
		LocalDate earliest = this.jdbc.sql("select min(started_at) from pat_patrol_log where recorded_by = :a")
			.param("a", ACTOR)
			.query(java.sql.Timestamp.class)
			.optional()
			.map((t) -> t.toLocalDateTime().toLocalDate())
			.orElse(today);
		int nights = (int) Math.min(3650, (options.patrols() - existing + teams.size() - 1) / teams.size());
		LocalDate first = earliest.minusDays(nights);
		LocalDate last = earliest.minusDays(1);
		long base = nextId("pat_patrol_log");
		long seed = options.seed() ^ first.toEpochDay();
		int[] participants = new int[1];
		timed(loads, "pat_patrol_log",
				"id, client_id, commune_id, team_id, started_at, ended_at, night, area, route, participant_count,"
						+ " recorded_by, recorded_at",
				(rows) -> {
					Random random = new Random(seed);
					long id = base;
					for (LocalDate night = first; !night.isAfter(last); night = night.plusDays(1)) {
						for (Team t : teams) {
							LocalDateTime start = night.atTime(20 + random.nextInt(3), random.nextInt(4) * 15);
							LocalDateTime end = start.plusMinutes(120 + random.nextInt(9) * 15);
							int count = Math.min(t.size(), 2 + random.nextInt(2));
							participants[0] += count;
							rows.row(id++, clientId("patrol", t.id(), night.toEpochDay()), t.communeId(), t.id(), start,
									end, true, AREAS[random.nextInt(AREAS.length)] + ", " + t.villageName(), null,
									count, ACTOR, end.plusMinutes(10));
						}
					}
				});
		restart("pat_patrol_log", base + (long) nights * teams.size());
		timed(loads, "pat_patrol_participant", "patrol_id, member_id", (rows) -> {
			Random random = new Random(seed);
			long id = base;
			for (LocalDate night = first; !night.isAfter(last); night = night.plusDays(1)) {
				for (Team t : teams) {
					// the same draws as above, to find the participant count again
					random.nextInt(3);
					random.nextInt(4);
					random.nextInt(9);
					int count = Math.min(t.size(), 2 + random.nextInt(2));
					random.nextInt(AREAS.length);
					int offset = (int) ((night.toEpochDay() + t.id()) % t.size());
					for (int i = 0; i < count; i++) {
						rows.row(id, t.firstMember() + (offset + i) % t.size());
					}
					id++;
				}
			}
		});
		long start = System.nanoTime();
		// the monthly roll-up of the months touched, rebuilt from the raw rows
		LocalDate from = first.withDayOfMonth(1);
		LocalDate to = last.withDayOfMonth(1).plusMonths(1);
		this.jdbc.sql("delete from pat_patrol_month where month_start >= :f and month_start < :t")
			.param("f", from)
			.param("t", to)
			.update();
		int months = this.jdbc
			.sql("insert into pat_patrol_month (commune_id, month_start, patrols, night_patrols, participations)"
					+ " select commune_id, cast(date_trunc('month', started_at) as date), count(*),"
					+ " sum(case when night then 1 else 0 end), sum(participant_count) from pat_patrol_log"
					+ " where started_at >= :f and started_at < :t group by commune_id,"
					+ " cast(date_trunc('month', started_at) as date)")
			.param("f", from.atStartOfDay())
			.param("t", to.atStartOfDay())
			.update();
		loads.add(new Load("pat_patrol_month (rebuild)", months, (System.nanoTime() - start) / 1_000_000));
	}

	/** Incidents over the last months, in the realistic mix. */
	private void incidents(List<Commune> communes, Options options, LocalDate today, List<Load> loads) {
		List<String[]> subtypes = this.jdbc.sql("select code, task_group from ops_incident_subtype order by sort_order")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
		java.util.Map<Long, List<long[]>> villages = new java.util.HashMap<>();
		this.jdbc
			.sql("select t.commune_id, v.village_id from per_team t join per_team_village v on v.team_id = t.team_id"
					+ " where t.created_by = :a")
			.param("a", ACTOR)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list()
			.forEach((r) -> villages.computeIfAbsent(r[0], (k) -> new ArrayList<>()).add(r));
		LocalDateTime now = LocalDateTime.now(Dates.ZONE).withNano(0).withSecond(0);
		int minutes = options.months() * 30 * 24 * 60;
		int[] hours = { 168, 72, 24, 4 };
		timed(loads, "ops_incident",
				"client_id, unit_id, task_group, subtype, severity, status, occurred_at, reported_at, due_at, address,"
						+ " description, reported_by, responsible, acknowledged_at, resolved_at, updated_at",
				(rows) -> {
					for (Commune c : communes) {
						Random random = new Random(options.seed() * 31 + c.id());
						List<long[]> vs = villages.getOrDefault(c.id(), List.of());
						int count = options.incidentsPerCommuneMonth() * options.months();
						for (int i = 0; i < count; i++) {
							String[] subtype = IncidentMix.pick(subtypes, (s) -> s[0], random);
							Severity severity = IncidentMix.severity(subtype[0], random);
							LocalDateTime occurred = now.minusMinutes(random.nextInt(minutes));
							if ("PATROL_FINDING".equals(subtype[0])) {
								occurred = occurred.toLocalDate().minusDays(1).atTime(22, random.nextInt(60));
							}
							LocalDateTime reported = occurred.plusMinutes(5 + random.nextInt(120));
							LocalDateTime due = reported.plusHours(hours[severity.ordinal()]);
							boolean done = due.isBefore(now) || random.nextInt(3) == 0;
							IncidentStatus status = done ? IncidentStatus.RESOLVED
									: (random.nextBoolean() ? IncidentStatus.ACKNOWLEDGED : IncidentStatus.REPORTED);
							long unit = (vs.isEmpty() || random.nextInt(5) == 0) ? c.id()
									: vs.get(random.nextInt(vs.size()))[1];
							LocalDateTime ack = (status != IncidentStatus.REPORTED) ? reported.plusMinutes(20) : null;
							LocalDateTime resolved = done
									? reported.plusMinutes(
											Math.max(30, java.time.Duration.between(reported, due).toMinutes() / 2))
									: null;
							rows.row(clientId("incident", c.id(), i), unit, subtype[1], subtype[0], severity.name(),
									status.name(), occurred, reported, due,
									"Số " + (1 + random.nextInt(300)) + ", " + c.name(),
									"Vụ việc phát sinh trên địa bàn " + c.name() + ".", ACTOR,
									(ack != null) ? "officer" : null, ack, resolved,
									(resolved != null) ? resolved : (ack != null) ? ack : reported);
						}
					}
				});
	}

	/** Patrol findings found on the patrol of that night of the village's team. */
	private void linkPatrolFindings(List<Load> loads) {
		long start = System.nanoTime();
		int linked = this.jdbc
			.sql("insert into pat_patrol_incident (patrol_id, incident_id) select p.id, i.id from ops_incident i"
					+ " join org_unit_period t on t.parent_id = i.unit_id and t.type = 'TEAM'"
					+ " join pat_patrol_log p on p.team_id = t.unit_id and p.started_at >= cast(cast(i.occurred_at"
					+ " as date) as timestamp) and p.started_at < cast(cast(i.occurred_at as date) as timestamp)"
					+ " + interval '1' day where i.subtype = 'PATROL_FINDING' and i.reported_by = :a"
					+ " and not exists (select 1 from pat_patrol_incident x where x.incident_id = i.id)")
			.param("a", ACTOR)
			.update();
		loads.add(new Load("pat_patrol_incident", linked, (System.nanoTime() - start) / 1_000_000));
	}

	/**
	 * A monthly reported indicator (patrols done) with commune reports approved by the
	 * province for the months before the last one, the last month's left submitted.
	 */
	private void reportsAndValues(List<Commune> communes, Options options, LocalDate today, Random random,
			List<Load> loads) {
		UnitScope system = new UnitScope(ACTOR, 1L, EnumSet.of(Role.MINISTRY_ADMIN), today, List.of("/1/"));
		IndicatorView indicator = this.indicators.findByCode(INDICATOR)
			.orElseGet(() -> this.indicators.create(system, new Indicators.NewIndicator(INDICATOR,
					"Số lượt tuần tra của tổ bảo vệ ANTT (báo cáo tháng)", "REPORTED", null, "SUM", true, null)));
		ReportFormView form = this.reports.forms()
			.stream()
			.filter((f) -> FORM.equals(f.code()))
			.findFirst()
			.orElseGet(() -> this.reports.createForm(system, new Reports.NewForm(FORM,
					"Báo cáo tháng kết quả tuần tra của tổ bảo vệ ANTT", "MONTHLY", 5, "COMMUNE", "PROVINCE", null)));
		Set<Long> done = new HashSet<>(this.jdbc.sql("select distinct unit_id from tgt_report where form_id = :f")
			.param("f", form.id())
			.query(Long.class)
			.list());
		List<Commune> todo = communes.stream().filter((c) -> !done.contains(c.id())).toList();
		if (todo.isEmpty()) {
			return;
		}
		java.util.Map<Long, Long> teams = new java.util.HashMap<>();
		this.jdbc.sql("select commune_id, count(*) from per_team where created_by = :a group by commune_id")
			.param("a", ACTOR)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list()
			.forEach((r) -> teams.put(r[0], r[1]));
		LocalDate last = today.withDayOfMonth(1).minusMonths(1);
		LocalDate first = last.minusMonths(Math.max(1, options.months()) - 1L);
		LocalDateTime now = LocalDateTime.now(Dates.ZONE).withNano(0);
		long base = nextId("tgt_report");
		int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 1;
		long[][] values = new long[todo.size()][months];
		for (int c = 0; c < todo.size(); c++) {
			for (int m = 0; m < months; m++) {
				long t = teams.getOrDefault(todo.get(c).id(), 25L);
				values[c][m] = t * 26 + random.nextInt((int) t * 4 + 1);
			}
		}
		timed(loads, "tgt_report",
				"id, form_id, unit_id, period_start, status, body, submitted_by, submitted_at, on_time, reviewed_by,"
						+ " reviewed_at, version",
				(rows) -> {
					long id = base;
					for (Commune c : todo) {
						for (int m = 0; m < months; m++) {
							LocalDate period = first.plusMonths(m);
							boolean approved = period.isBefore(last);
							LocalDateTime submitted = period.plusMonths(1).plusDays(2).atTime(9, 0);
							rows.row(id++, form.id(), c.id(), period, approved ? "APPROVED" : "SUBMITTED",
									"Kết quả tuần tra tháng " + period.getMonthValue() + "/" + period.getYear(), ACTOR,
									submitted, true, approved ? ACTOR : null, approved ? submitted.plusDays(1) : null,
									approved ? 2 : 1);
						}
					}
				});
		restart("tgt_report", base + (long) todo.size() * months);
		timed(loads, "tgt_report_line", "report_id, indicator_id, numerator, denominator", (rows) -> {
			long id = base;
			for (int c = 0; c < todo.size(); c++) {
				for (int m = 0; m < months; m++) {
					rows.row(id++, indicator.id(), BigDecimal.valueOf(values[c][m]), BigDecimal.ONE);
				}
			}
		});
		timed(loads, "tgt_value",
				"indicator_id, unit_id, period_kind, period_start, numerator, denominator, report_id, recorded_by,"
						+ " recorded_at",
				(rows) -> {
					long id = base;
					for (int c = 0; c < todo.size(); c++) {
						for (int m = 0; m < months; m++) {
							LocalDate period = first.plusMonths(m);
							if (period.isBefore(last)) {
								rows.row(indicator.id(), todo.get(c).id(), "MONTHLY", period,
										BigDecimal.valueOf(values[c][m]), BigDecimal.ONE, id, ACTOR, now);
							}
							id++;
						}
					}
				});
		// the roll-ups of the indicator are stale from now on
		this.jdbc.sql("update tgt_indicator set inputs_version = inputs_version + 1 where id = :i")
			.param("i", indicator.id())
			.update();
	}

	private void timed(List<Load> loads, String table, String columns, Consumer<BulkLoader.Rows> producer) {
		long start = System.nanoTime();
		long rows = this.loader.load(table, columns, producer);
		Load load = new Load(table, rows, (System.nanoTime() - start) / 1_000_000);
		loads.add(load);
		log.info("{}: {} rows in {} ms ({} rows/s)", table, rows, load.millis(), load.rowsPerSecond());
	}

	private long nextId(String table) {
		return this.jdbc.sql("select coalesce(max(id), 0) + 1 from " + table).query(Long.class).single();
	}

	private void restart(String table, long next) {
		this.jdbc.sql("alter table " + table + " alter column id restart with " + next).update();
	}

	static String clientId(String kind, long a, long b) {
		return UUID.nameUUIDFromBytes(("grassroots-scale:" + kind + ":" + a + ":" + b).getBytes(StandardCharsets.UTF_8))
			.toString();
	}

}

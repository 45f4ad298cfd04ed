import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;

/**
 * The Grassroots benchmark client (run by bench/run.sh; single-file Java program with
 * pgjdbc on the class path). Every figure of the running application is printed beside
 * the same work done by PostgreSQL alone, in the same run, as Markdown.
 *
 * <pre>
 * java -cp postgresql.jar bench/Bench.java PHASE BASE_URL JDBC_URL ADMIN_PASSWORD [quick]
 * </pre>
 *
 * PHASE: "full" (every figure), "dashboard" (dashboard figures only, after more patrol
 * logs were added), or one step against an already generated database: "patrols" or
 * "incidents" (one ingestion figure), "pages" (pages under load). "quick" shrinks every
 * figure's work for CI (proves the harness runs).
 */
public class Bench {

	static String base;

	static Connection db;

	static boolean quick;

	static final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	static String token;

	static String adminPassword;

	public static void main(String[] args) throws Exception {
		String phase = args[0];
		base = args[1];
		db = DriverManager.getConnection(args[2]);
		adminPassword = args[3];
		quick = args.length > 4 && "quick".equals(args[4]);
		token = issueToken("admin", adminPassword);
		if ("patrols".equals(phase)) {
			// only the patrol-log ingestion, against an already generated database
			patrolIngestion();
			return;
		}
		if ("pages".equals(phase)) {
			// only the pages under concurrent load, against an already generated database
			load();
			return;
		}
		if ("incidents".equals(phase)) {
			// only the incident ingestion, against an already generated database
			ingestion();
			return;
		}
		long patrols = scalar("select count(*) from pat_patrol_log");
		say("");
		say("### " + ("full".equals(phase) ? "Run" : "Dashboards again") + " with " + String.format("%,d", patrols)
				+ " patrol logs (" + LocalDateTime.now().withNano(0) + ")");
		say("");
		if ("full".equals(phase)) {
			counts();
			importTime();
			ingestion();
			patrolIngestion();
			if ("ordered".equals(clientIds)) {
				// the same with random client ids, for comparison
				clientIds = "random";
				patrolIngestion();
				clientIds = "ordered";
			}
		}
		dashboards(patrols);
		if ("full".equals(phase)) {
			approvalDelay();
			load();
		}
	}

	// ---------------------------------------------------------------- output

	static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? otherwise : value;
	}

	static void say(String line) {
		System.out.println(line);
	}

	static String ms(double nanos) {
		return String.format("%.1f ms", nanos / 1e6);
	}

	static double pct(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
	}

	// ---------------------------------------------------------------- database

	static long scalar(String sql) throws SQLException {
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static String text(String sql) throws SQLException {
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

	static List<Long> longs(String sql) throws SQLException {
		List<Long> out = new ArrayList<>();
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			while (rs.next()) {
				out.add(rs.getLong(1));
			}
		}
		return out;
	}

	/** Runs a query n times (after a warm-up), answers sorted nanos. */
	static long[] timeSql(String sql, int n) throws SQLException {
		long[] t = new long[n];
		for (int i = -3; i < n; i++) {
			long start = System.nanoTime();
			try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
				while (rs.next()) {
					// read every row
				}
			}
			if (i >= 0) {
				t[i] = System.nanoTime() - start;
			}
		}
		Arrays.sort(t);
		return t;
	}

	// ---------------------------------------------------------------- http

	static String issueToken(String user, String password) throws Exception {
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\",\"days\":1}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
		if (!m.find()) {
			throw new IllegalStateException("no token for " + user + ": " + r.statusCode() + " " + r.body());
		}
		return m.group(1);
	}

	static HttpResponse<String> get(String path, String bearer) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + bearer)
			.timeout(Duration.ofSeconds(60))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<String> post(String path, String bearer, String json) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + bearer)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(120))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<String> ok(HttpResponse<String> r) {
		if (r.statusCode() >= 300) {
			throw new IllegalStateException(r.request().uri() + ": " + r.statusCode() + " " + r.body());
		}
		return r;
	}

	static final java.security.SecureRandom CLIENT_ID_RANDOM = new java.security.SecureRandom();

	/**
	 * A client id of a bulk item: time-ordered (UUID version 7: milliseconds first, then
	 * random bits) as a client following the API's recommendation sends them, or random
	 * (version 4) with BENCH_CLIENT_IDS=random; the full run measures the patrol logs both
	 * ways.
	 */
	static String clientIds = env("BENCH_CLIENT_IDS", "ordered");

	static String clientIdKind() {
		return "ordered".equals(clientIds) ? "time-ordered client ids (UUID version 7, as the API recommends)"
				: "random client ids (UUID version 4)";
	}

	static String clientId() {
		if (!"ordered".equals(clientIds)) {
			return UUID.randomUUID().toString();
		}
		long millis = System.currentTimeMillis();
		long high = (millis << 16) | 0x7000L | (CLIENT_ID_RANDOM.nextInt() & 0x0fffL);
		long low = (CLIENT_ID_RANDOM.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
	}

	/** Unmeasured requests before each timed series of the application (JIT, caches). */
	static int warmUp() {
		return quick ? 3 : 30;
	}

	/** Runs an HTTP GET n times sequentially (after a warm-up), answers sorted nanos. */
	static long[] timeGet(String path, int n) throws Exception {
		long[] t = new long[n];
		for (int i = -warmUp(); i < n; i++) {
			long start = System.nanoTime();
			ok(get(path, token));
			if (i >= 0) {
				t[i] = System.nanoTime() - start;
			}
		}
		Arrays.sort(t);
		return t;
	}

	/** Runs a GET of a page n times in a logged-in session (after a warm-up). */
	static long[] timePage(HttpClient session, String path, int n) throws Exception {
		long[] t = new long[n];
		for (int i = -warmUp(); i < n; i++) {
			long start = System.nanoTime();
			HttpResponse<String> r = session.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			ok(r);
			if (i >= 0) {
				t[i] = System.nanoTime() - start;
			}
		}
		Arrays.sort(t);
		return t;
	}

	// ---------------------------------------------------------------- figures

	static void counts() throws SQLException {
		say("| table | rows |");
		say("|---|---:|");
		for (String t : new String[] { "org_unit", "per_team", "per_member", "per_officer", "pat_patrol_log",
				"pat_patrol_participant", "pat_patrol_month", "ops_incident", "tgt_value", "tgt_report" }) {
			say("| " + t + " | " + String.format("%,d", scalar("select count(*) from " + t)) + " |");
		}
		say("");
	}

	static void importTime() throws Exception {
		long ms = scalar("select cast(extract(epoch from (finished_at - started_at)) * 1000 as bigint)"
				+ " from org_import_run where status <> 'RUNNING' order by id limit 1");
		String summary = text("select summary from org_import_run order by id limit 1");
		// the database alone: the same rows of the organisation tables copied out and in
		long start = System.nanoTime();
		long rows = 0;
		try (Statement s = db.createStatement()) {
			db.setAutoCommit(false);
			for (String t : new String[] { "org_unit", "org_unit_period", "org_reorganisation", "org_lineage" }) {
				s.execute("create temp table bench_" + t + " (like " + t + " including indexes) on commit drop");
				java.io.StringWriter out = new java.io.StringWriter();
				String filter = "org_unit".equals(t) || "org_unit_period".equals(t)
						? " where " + ("org_unit".equals(t) ? "id" : "unit_id")
								+ " not in (select id from org_unit where source like 'scale:%')"
						: "";
				db.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyOut("copy (select * from " + t + filter + ") to stdout", out);
				rows += db.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("copy bench_" + t + " from stdin", new StringReader(out.toString()));
			}
			db.rollback();
			db.setAutoCommit(true);
		}
		long copy = System.nanoTime() - start;
		say("**National hierarchy import** (" + summary + "): " + ms + " ms through the application;"
				+ " the database alone copies the same " + String.format("%,d", rows) + " rows out and in with"
				+ " COPY (indexes included) in " + ms(copy) + ". Target < 10 s.");
		say("");
	}

	static void ingestion() throws Exception {
		List<Long> units = longs("select id from org_unit where type = 'VILLAGE' and source like 'scale:%' limit 2000");
		int batches = quick ? 4 : 120;
		int size = 500;
		int senders = 4;
		Random random = new Random(7);
		String[][] subtypes = { { "THEFT", "SITUATION_GRASPING" }, { "BRAWL", "SITUATION_GRASPING" },
				{ "NOISE", "ADMINISTRATIVE_ORDER" }, { "TRAFFIC_ACCIDENT", "PATROL_TRAFFIC" }, { "FIRE", "FIRE_RESCUE" } };
		String[] severities = { "LOW", "MEDIUM", "HIGH", "CRITICAL" };
		String occurred = LocalDateTime.now().minusHours(3).withNano(0).toString();
		List<String> bodies = new ArrayList<>();
		List<String[]> rows = new ArrayList<>();
		for (int b = 0; b < batches; b++) {
			StringBuilder json = new StringBuilder("{\"items\":[");
			for (int i = 0; i < size; i++) {
				String[] st = subtypes[random.nextInt(subtypes.length)];
				String sev = severities[random.nextInt(4)];
				long unit = units.get(random.nextInt(units.size()));
				String desc = "Bench " + b + "/" + i + ": tình huống được ghi nhận qua thiết bị hiện trường";
				json.append((i > 0) ? "," : "")
					.append("{\"clientId\":\"")
					.append(clientId())
					.append("\",\"unitId\":\"")
					.append(unit)
					.append("\",\"taskGroup\":\"")
					.append(st[1])
					.append("\",\"subtype\":\"")
					.append(st[0])
					.append("\",\"severity\":\"")
					.append(sev)
					.append("\",\"occurredAt\":\"")
					.append(occurred)
					.append("\",\"address\":\"Số ")
					.append(1 + random.nextInt(200))
					.append(" đường liên thôn\",\"description\":\"")
					.append(desc)
					.append("\",\"lat\":\"21.0")
					.append(random.nextInt(1000))
					.append("\",\"lon\":\"105.8")
					.append(random.nextInt(1000))
					.append("\"}");
				rows.add(new String[] { String.valueOf(unit), st[1], st[0], sev, desc });
			}
			bodies.add(json.append("]}").toString());
		}
		ok(post("/api/v1/incidents/bulk", token, bodies.get(0)));
		AtomicLong created = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(senders);
		long start = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (int b = 1; b < batches; b++) {
			String body = bodies.get(b);
			futures.add(pool.submit((Callable<Void>) () -> {
				String answer = ok(post("/api/v1/incidents/bulk", token, body)).body();
				Matcher m = Pattern.compile("\"created\"\\s*:\\s*(\\d+)").matcher(answer);
				if (m.find()) {
					created.addAndGet(Long.parseLong(m.group(1)));
				}
				return null;
			}));
		}
		for (Future<?> f : futures) {
			f.get();
		}
		long httpNanos = System.nanoTime() - start;
		pool.shutdown();
		long records = (long) (batches - 1) * size;
		// idempotency: the same batch again creates nothing
		long dupStart = System.nanoTime();
		String again = ok(post("/api/v1/incidents/bulk", token, bodies.get(1))).body();
		long dupNanos = System.nanoTime() - dupStart;
		boolean allDuplicates = again.contains("\"created\":0") && again.contains("\"duplicates\":500");
		// the database alone: COPY of the same rows (new client ids), incident and event
		long copyStart = System.nanoTime();
		db.setAutoCommit(false);
		StringBuilder csv = new StringBuilder();
		String now = LocalDateTime.now().withNano(0).toString().replace('T', ' ');
		for (int i = size; i < rows.size(); i++) {
			String[] r = rows.get(i);
			csv.append(UUID.randomUUID())
				.append(',')
				.append(r[0])
				.append(',')
				.append(r[1])
				.append(',')
				.append(r[2])
				.append(',')
				.append(r[3])
				.append(",REPORTED,")
				.append(occurred.replace('T', ' '))
				.append(',')
				.append(now)
				.append(',')
				.append(now)
				.append(",\"Số 1 đường liên thôn\",21.05,105.85,\"")
				.append(r[4])
				.append("\",bench-copy,")
				.append(now)
				.append('\n');
		}
		long copied = db.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("copy ops_incident (client_id, unit_id, task_group, subtype, severity, status, occurred_at,"
					+ " reported_at, due_at, address, lat, lon, description, reported_by, updated_at) from stdin with"
					+ " (format csv)", new StringReader(csv.toString()));
		try (Statement s = db.createStatement()) {
			s.execute("insert into ops_incident_event (incident_id, occurred_at, actor, action, to_status) select id,"
					+ " reported_at, 'bench-copy', 'REPORT', 'REPORTED' from ops_incident where reported_by = 'bench-copy'"
					+ " and not exists (select 1 from ops_incident_event e where e.incident_id = ops_incident.id)");
		}
		db.commit();
		db.setAutoCommit(true);
		long copyNanos = System.nanoTime() - copyStart;
		double httpRate = records / (httpNanos / 1e9);
		double copyRate = copied / (copyNanos / 1e9);
		say("**Bulk ingestion** (`POST /api/v1/incidents/bulk`, " + senders + " concurrent senders, batches of "
				+ size + ", " + clientIdKind() + ", JSON, validation, client-id idempotency, event and audit rows): "
				+ String.format("%,d", records) + " records in " + ms(httpNanos) + " = **"
				+ String.format("%,.0f", httpRate) + " records/s**; " + created.get() + " answered created. PostgreSQL COPY of"
				+ " the same rows (incident + event) in the same run: " + String.format("%,.0f", copyRate)
				+ " records/s; ratio 1/" + String.format("%.1f", copyRate / httpRate) + ". Re-sending a batch of 500: "
				+ ms(dupNanos) + ", " + (allDuplicates ? "all 500 answered duplicate" : "NOT all duplicates: " + again)
				+ ". Targets: >= 30,000 records/s and >= 1/20 of COPY.");
		say("");
	}

	/**
	 * Patrol logs through {@code POST /api/v1/patrol-logs/bulk} (batches of 5,000, two
	 * members each, 4 senders; quick: 1,000), against COPY of the same logs and
	 * participants. The first batches warm the application up (JIT) and are not timed.
	 * Environment: BENCH_PATROL_BATCH, BENCH_PATROL_SENDERS, BENCH_PATROL_RECORDS (timed
	 * logs, default 100,000).
	 */
	static void patrolIngestion() throws Exception {
		List<long[]> teams = new ArrayList<>();
		try (Statement s = db.createStatement();
				ResultSet rs = s.executeQuery("select ms.team_id, min(ms.member_id), max(ms.member_id), t.commune_id"
						+ " from per_membership ms join per_team t on t.team_id = ms.team_id"
						+ " where t.created_by = 'scale-generator' and ms.valid_to is null"
						+ " group by ms.team_id, t.commune_id having count(*) > 1 limit 5000")) {
			while (rs.next()) {
				teams.add(new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) });
			}
		}
		if (teams.isEmpty()) {
			say("**Patrol-log bulk ingestion**: no generated teams with two members; skipped.");
			say("");
			return;
		}
		int size = Integer.parseInt(env("BENCH_PATROL_BATCH", quick ? "1000" : "5000"));
		int warm = quick ? 1 : 3;
		int batches = warm + (quick ? 3 : Integer.parseInt(env("BENCH_PATROL_RECORDS", "100000")) / size);
		int senders = Integer.parseInt(env("BENCH_PATROL_SENDERS", "4"));
		Random random = new Random(11);
		LocalDateTime night = LocalDateTime.now().minusDays(2).withHour(22).withMinute(0).withSecond(0).withNano(0);
		List<String> bodies = new ArrayList<>();
		for (int b = 0; b < batches; b++) {
			StringBuilder json = new StringBuilder("{\"items\":[");
			for (int i = 0; i < size; i++) {
				long[] t = teams.get(random.nextInt(teams.size()));
				LocalDateTime start = night.minusDays(random.nextInt(20)).plusMinutes(random.nextInt(60));
				json.append((i > 0) ? "," : "")
					.append("{\"clientId\":\"")
					.append(clientId())
					.append("\",\"unitId\":\"")
					.append(t[0])
					.append("\",\"startedAt\":\"")
					.append(start)
					.append("\",\"endedAt\":\"")
					.append(start.plusHours(3))
					.append("\",\"area\":\"Khu dân cư, đường liên thôn\",\"findings\":\"Bình thường\",")
					.append("\"participantIds\":[")
					.append(t[1])
					.append(',')
					.append(t[2])
					.append("]}");
			}
			bodies.add(json.append("]}").toString());
		}
		for (int b = 0; b < warm; b++) {
			ok(post("/api/v1/patrol-logs/bulk", token, bodies.get(b)));
		}
		AtomicLong created = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(senders);
		long start = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (int b = warm; b < batches; b++) {
			String body = bodies.get(b);
			futures.add(pool.submit((Callable<Void>) () -> {
				String answer = ok(post("/api/v1/patrol-logs/bulk", token, body)).body();
				Matcher m = Pattern.compile("\"created\"\\s*:\\s*(\\d+)").matcher(answer);
				if (m.find()) {
					created.addAndGet(Long.parseLong(m.group(1)));
				}
				return null;
			}));
		}
		for (Future<?> f : futures) {
			f.get();
		}
		long httpNanos = System.nanoTime() - start;
		pool.shutdown();
		long records = (long) (batches - warm) * size;
		String again = ok(post("/api/v1/patrol-logs/bulk", token, bodies.get(warm))).body();
		boolean allDuplicates = again.contains("\"created\":0") && again.contains("\"duplicates\":" + size);
		// the database alone: COPY of the same number of logs and their participants
		long copyStart = System.nanoTime();
		db.setAutoCommit(false);
		long first = scalar("select coalesce(max(id), 0) + 1000000 from pat_patrol_log");
		StringBuilder logs = new StringBuilder();
		StringBuilder people = new StringBuilder();
		String now = LocalDateTime.now().withNano(0).toString().replace('T', ' ');
		for (long i = 0; i < records; i++) {
			long[] t = teams.get(random.nextInt(teams.size()));
			String from = night.minusDays(random.nextInt(20)).toString().replace('T', ' ');
			String to = night.minusDays(random.nextInt(20)).plusHours(3).toString().replace('T', ' ');
			long id = first + i;
			logs.append(id)
				.append(',')
				.append(clientId())
				.append(',')
				.append(t[3])
				.append(',')
				.append(t[0])
				.append(',')
				.append(from)
				.append(',')
				.append(from.compareTo(to) < 0 ? to : from.substring(0, 11) + "23:59:00")
				.append(",true,\"Khu dân cư\",\"Bình thường\",2,bench-copy,")
				.append(now)
				.append('\n');
			people.append(id).append(',').append(t[1]).append('\n').append(id).append(',').append(t[2]).append('\n');
		}
		long copied = db.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("copy pat_patrol_log (id, client_id, commune_id, team_id, started_at, ended_at, night, area,"
					+ " findings, participant_count, recorded_by, recorded_at) from stdin with (format csv)",
					new StringReader(logs.toString()));
		db.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("copy pat_patrol_participant (patrol_id, member_id) from stdin with (format csv)",
					new StringReader(people.toString()));
		db.rollback();
		db.setAutoCommit(true);
		long copyNanos = System.nanoTime() - copyStart;
		double httpRate = records / (httpNanos / 1e9);
		double copyRate = copied / (copyNanos / 1e9);
		say("**Patrol-log bulk ingestion** (`POST /api/v1/patrol-logs/bulk`, " + senders
				+ " concurrent senders, batches of " + size + ", two members each, " + clientIdKind() + ", JSON, validation, client-id"
				+ " idempotency, participants and the monthly roll-up; a record is one patrol log): "
				+ String.format("%,d", records) + " records in " + ms(httpNanos) + " = **"
				+ String.format("%,.0f", httpRate) + " records/s** (" + String.format("%,.0f", 3 * httpRate)
				+ " rows/s with the two participant rows each); " + created.get() + " answered created. PostgreSQL COPY of as many logs and participants (rolled back) in the same run: "
				+ String.format("%,.0f", copyRate) + " records/s; ratio 1/" + String.format("%.1f", copyRate / httpRate)
				+ ". Re-sending a batch: " + (allDuplicates ? "all answered duplicate" : "NOT all duplicates")
				+ ". Targets: >= 30,000 records/s and >= 1/20 of COPY.");
		say("");
	}

	static void dashboards(long patrols) throws Exception {
		int n = quick ? 10 : 200;
		long indicator = scalar("select id from tgt_indicator where code = 'PATROLS_REPORTED'");
		String month = text("select cast(max(period_start) as varchar) from tgt_value where indicator_id = " + indicator);
		long province = scalar("select unit_id from org_unit_period where type = 'PROVINCE' and valid_to is null"
				+ " order by unit_id limit 1");
		String provincePath = text("select path from org_unit_period where unit_id = " + province
				+ " and valid_to is null");
		String q = "?periodKind=MONTHLY&periodStart=" + month;
		say("| dashboard figure (" + String.format("%,d", patrols) + " patrol logs) | app p50 | app p95 | "
				+ "hand-written SQL over raw rows p50 | p95 |");
		say("|---|---:|---:|---:|---:|");
		// indicator roll-ups
		String rawNational = "select sum(v.numerator) from tgt_value v join org_unit_period p on p.unit_id = v.unit_id"
				+ " and p.valid_to is null where v.indicator_id = " + indicator + " and v.period_kind = 'MONTHLY'"
				+ " and v.period_start = date '" + month + "' and p.path like '/1/%'";
		String rawProvinces = "select substring(p.path from '^/1/[0-9]+/'), sum(v.numerator) from tgt_value v join"
				+ " org_unit_period p on p.unit_id = v.unit_id and p.valid_to is null where v.indicator_id = "
				+ indicator + " and v.period_kind = 'MONTHLY' and v.period_start = date '" + month
				+ "' group by 1";
		row("national indicator (`/api/v1/indicators/{id}/results?unit=1`)",
				timeGet("/api/v1/indicators/" + indicator + "/results" + q + "&unit=1", n), timeSql(rawNational, n));
		row("national indicator by province (`.../results/children?unit=1`)",
				timeGet("/api/v1/indicators/" + indicator + "/results/children" + q + "&unit=1", n),
				timeSql(rawProvinces, n));
		String rawProvince = rawProvinces.replace("group by 1", "and p.path like '" + provincePath + "%' group by 1");
		row("provincial indicator by commune (`.../results/children?unit=" + province + "`)",
				timeGet("/api/v1/indicators/" + indicator + "/results/children" + q + "&unit=" + province, n),
				timeSql(rawProvince.replace("substring(p.path from '^/1/[0-9]+/')", "p.unit_id"), n));
		row("national dashboard page (`/targets`, HTML, all indicators)",
				timePage(session("admin", adminPassword), "/targets?periodKind=MONTHLY&periodStart=" + month, n / 2),
				timeSql(rawProvinces, n / 2));
		// monthly patrols per province: the roll-up vs the raw patrol logs
		String patrolMonth = text("select cast(max(month_start) as varchar) from pat_patrol_month");
		String rollup = "select substring(p.path from '^/1/[0-9]+/'), sum(m.patrols), sum(m.night_patrols),"
				+ " sum(m.participations) from pat_patrol_month m join org_unit_period p on p.unit_id = m.commune_id"
				+ " and p.valid_to is null where m.month_start = date '" + patrolMonth + "' group by 1";
		String raw = "select substring(p.path from '^/1/[0-9]+/'), count(*), sum(case when l.night then 1 else 0"
				+ " end), sum(l.participant_count) from pat_patrol_log l join org_unit_period p on p.unit_id ="
				+ " l.commune_id and p.valid_to is null where l.started_at >= timestamp '" + patrolMonth
				+ "' and l.started_at < timestamp '" + patrolMonth + "' + interval '1 month' group by 1";
		String rollupProvince = rollup.replace("group by 1", "and p.path like '" + provincePath + "%' group by 1")
			.replace("substring(p.path from '^/1/[0-9]+/')", "m.commune_id");
		String rawProvincePatrols = raw.replace("group by 1", "and p.path like '" + provincePath + "%' group by 1")
			.replace("substring(p.path from '^/1/[0-9]+/')", "l.commune_id");
		int rawRuns = quick ? 3 : 10;
		row("monthly patrols per province " + patrolMonth + " (roll-up `pat_patrol_month`, SQL of the dashboard)",
				timeSql(rollup, n), timeSql(raw, rawRuns));
		row("monthly patrols per commune of a province (roll-up)", timeSql(rollupProvince, n),
				timeSql(rawProvincePatrols, rawRuns));
		if (get("/api/v1/patrol-logs/statistics", token).statusCode() == 200) {
			row("patrol statistics API (`/api/v1/patrol-logs/statistics`)", timeGet("/api/v1/patrol-logs/statistics", n),
					timeSql(raw, rawRuns));
		}
		say("");
		say("(app = through HTTP with a bearer token, sequential requests after 30 unmeasured ones; the patrol roll-up is"
				+ " measured as the SQL the dashboard runs, over JDBC. Target: national dashboard p95 <= 20 ms.)");
		say("");
	}

	static void row(String name, long[] app, long[] raw) {
		say("| " + name + " | " + ms(pct(app, 50)) + " | " + ms(pct(app, 95)) + " | " + ms(pct(raw, 50)) + " | "
				+ ms(pct(raw, 95)) + " |");
	}

	static void approvalDelay() throws Exception {
		long indicator = scalar("select id from tgt_indicator where code = 'PATROLS_REPORTED'");
		List<Long> reports = longs("select r.id from tgt_report r join tgt_report_form f on f.id = r.form_id"
				+ " where f.code = 'BC_THANG_TUAN_TRA' and r.status = 'SUBMITTED' order by r.id limit "
				+ (quick ? 2 : 10));
		if (reports.isEmpty()) {
			say("**Approval delay**: no submitted report left to approve.");
			return;
		}
		String month = text("select cast(period_start as varchar) from tgt_report where id = " + reports.get(0));
		List<Long> delays = new ArrayList<>();
		for (long report : reports) {
			long unit = scalar("select unit_id from tgt_report where id = " + report);
			String path = text("select path from org_unit_period where unit_id = " + unit + " and valid_to is null");
			long province = Long.parseLong(path.split("/")[2]);
			String user = "bench-p" + province;
			try (Statement s = db.createStatement()) {
				s.execute("insert into acc_user (username, password_hash, display_name, unit_id, roles, demo, created_at)"
						+ " select '" + user + "', password_hash, 'Bench province', " + province
						+ ", 'PROVINCIAL_OFFICER', false, now() from acc_user where username = 'admin' and not exists"
						+ " (select 1 from acc_user where username = '" + user + "')");
			}
			String reviewer = issueToken(user, adminPassword);
			String path0 = "/api/v1/indicators/" + indicator + "/results?unit=1&periodKind=MONTHLY&periodStart=" + month;
			String before = value(ok(get(path0, token)).body());
			long start = System.nanoTime();
			ok(post("/api/v1/reports/" + report + "/approve", reviewer, "{}"));
			while (true) {
				String now = value(ok(get(path0, token)).body());
				if (!now.equals(before)) {
					break;
				}
				if (System.nanoTime() - start > 30_000_000_000L) {
					throw new IllegalStateException("approved value not visible after 30 s");
				}
			}
			delays.add(System.nanoTime() - start);
		}
		long[] d = delays.stream().mapToLong(Long::longValue).sorted().toArray();
		say("**Approval to national dashboard**: " + d.length + " commune reports approved by their provincial"
				+ " officer over HTTP; the national figure (`/results?unit=1`) showed the new value after p50 "
				+ ms(pct(d, 50)) + ", max " + ms(d[d.length - 1]) + " (the approval request included). Target: within 5 s.");
		say("");
	}

	static String value(String json) {
		Matcher m = Pattern.compile("\"(actual|numerator|value)\"\\s*:\\s*([-0-9.eE]+|null)").matcher(json);
		StringBuilder all = new StringBuilder();
		while (m.find()) {
			all.append(m.group(2)).append(';');
		}
		return all.toString();
	}

	// ---------------------------------------------------------------- load

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static HttpClient session(String user, String password) throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher m = CSRF.matcher(page);
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token on /login");
		}
		String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + m.group(1);
		HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.headers().map());
		}
		return client;
	}

	static void load() throws Exception {
		int clients = 8;
		long seconds = quick ? 2 : 15;
		int maxRequests = quick ? 200 : 20000;
		long commune = scalar("select p.unit_id from org_unit_period p join org_unit u on u.id = p.unit_id where"
				+ " u.commune_level and p.valid_to is null and exists (select 1 from per_team t where t.commune_id ="
				+ " p.unit_id) order by p.unit_id limit 1");
		String month = LocalDate.now().withDayOfMonth(1).minusMonths(1).toString();
		String[][] pages = { { "trivial page (`/login`, no database work)", "/login" },
				{ "unit page (`/units/{commune}`)", "/units/" + commune },
				{ "member list (`/personnel/members`, national)", "/personnel/members" },
				{ "incident list (`/operations/incidents`, national)", "/operations/incidents" },
				{ "dashboard (`/targets`, national)", "/targets?periodKind=MONTHLY&periodStart=" + month } };
		say("| page under load (" + clients + " concurrent clients, <= " + seconds + " s or " + maxRequests
				+ " requests) | requests | throughput | p50 | p99 | errors |");
		say("|---|---:|---:|---:|---:|---:|");
		List<HttpClient> sessions = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			sessions.add(session("admin", adminPassword));
		}
		for (String[] page : pages) {
			// unmeasured warm-up of the page (JIT, caches), as a running server would have had
			long warmUntil = System.nanoTime() + (quick ? 0 : 3_000_000_000L);
			while (System.nanoTime() < warmUntil) {
				sessions.get(0).send(HttpRequest.newBuilder(URI.create(base + page[1])).GET().build(),
						HttpResponse.BodyHandlers.discarding());
			}
			AtomicLong issued = new AtomicLong();
			AtomicLong errors = new AtomicLong();
			List<long[]> perClient = new ArrayList<>();
			ExecutorService pool = Executors.newFixedThreadPool(clients);
			long start = System.nanoTime();
			long deadline = start + seconds * 1_000_000_000L;
			List<Future<long[]>> futures = new ArrayList<>();
			for (HttpClient client : sessions) {
				futures.add(pool.submit(() -> {
					long[] lat = new long[maxRequests];
					int k = 0;
					while (System.nanoTime() < deadline && issued.incrementAndGet() <= maxRequests) {
						long t0 = System.nanoTime();
						HttpResponse<String> r = client.send(
								HttpRequest.newBuilder(URI.create(base + page[1])).timeout(Duration.ofSeconds(30)).GET().build(),
								HttpResponse.BodyHandlers.ofString());
						if (r.statusCode() != 200) {
							errors.incrementAndGet();
						}
						lat[k++] = System.nanoTime() - t0;
					}
					return Arrays.copyOf(lat, k);
				}));
			}
			for (Future<long[]> f : futures) {
				perClient.add(f.get());
			}
			long elapsed = System.nanoTime() - start;
			pool.shutdown();
			long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
			say("| " + page[0] + " | " + all.length + " | " + String.format("%,.0f/s", all.length / (elapsed / 1e9))
					+ " | " + ms(pct(all, 50)) + " | " + ms(pct(all, 99)) + " | " + errors.get() + " |");
		}
		say("");
		say("(HTML pages with a logged-in session of the national administrator, each after 3 s of unmeasured"
				+ " warm-up; the load client runs on the same 2 cores over loopback. Target: key pages p99 < 100 ms.)");
		say("");
	}

}

package vn.grassroots.patrols;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.operations.BulkItemResult;
import vn.grassroots.operations.BulkItemResult.BulkError;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.patrols.internal.PatrolLogWriter;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The guarantees of bulk patrol-log ingestion ({@code POST /api/v1/patrol-logs/bulk}):
 * every item checked and refused items named by field while the others land, the caller's
 * subtree, idempotency by client id (also within a batch and between concurrent senders),
 * the monthly roll-up, one audit entry per batch from which its logs are found, and a
 * failed batch that leaves nothing behind. On H2 the writer uses JDBC batches; with
 * GRASSROOTS_TEST_DB_URL on PostgreSQL it stages the batch with COPY, and the same tests
 * hold.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PatrolBulkIngestionTests {

	@Autowired
	PatrolLogService logs;

	@Autowired
	PatrolLogWriter writer;

	@Autowired
	UnitQueries units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	MockMvc mvc;

	@MockitoSpyBean
	AuditTrail audit;

	UnitScope officer;

	long commune;

	long team;

	List<Long> members;

	@BeforeEach
	void officersTeam() {
		this.commune = this.jdbc.sql("select unit_id from acc_user where username = 'officer'")
			.query(Long.class)
			.single();
		this.officer = scope("officer", this.commune, Role.COMMUNE_OFFICER);
		this.team = PatrolsTestSupport.teamOf(this.jdbc, this.commune);
		this.members = activeMembers(this.team);
	}

	@Test
	void usesCopyStagingOnPostgresqlAndJdbcBatchesOnH2() throws Exception {
		try (Connection c = this.dataSource.getConnection()) {
			boolean postgres = c.getMetaData().getDatabaseProductName().equals("PostgreSQL");

			assertThat(this.writer.copies()).isEqualTo(postgres);
		}
	}

	@Test
	void refusesEachInvalidItemNamingFieldValueAndReasonWhileTheOthersLand() {
		long suspended = newMember("SUSPENDED");
		LocalDate day = Dates.today().minusMonths(7);
		List<PatrolLogForm> items = List.of(item(id(), day, "08:00", "10:00", this.members.get(0)),
				new PatrolLogForm(null, unit(), null, at(day, "08:00"), at(day, "09:00"), "Khu chợ", null, null,
						List.of(this.members.get(0)), null, null),
				new PatrolLogForm(id(), "abc", null, at(day, "08:00"), at(day, "09:00"), "Khu chợ", null, null,
						List.of(this.members.get(0)), null, null),
				new PatrolLogForm(id(), unit(), null, "hôm qua", at(day, "09:00"), "Khu chợ", null, null,
						List.of(this.members.get(0)), null, null),
				new PatrolLogForm(id(), unit(), null, at(day, "10:00"), at(day, "09:00"), "Khu chợ", null, null,
						List.of(this.members.get(0)), null, null),
				new PatrolLogForm(id(), unit(), null, at(day, "08:00"), at(day, "09:00"), " ", null, null,
						List.of(this.members.get(0)), null, null),
				new PatrolLogForm(id(), unit(), null, at(day, "08:00"), at(day, "09:00"), "Khu\u0000chợ", null, null,
						List.of(this.members.get(0)), null, null),
				new PatrolLogForm(id(), unit(), null, "1999-12-31T22:00", "1999-12-31T23:00", "Khu chợ", null, null,
						List.of(this.members.get(0)), null, null),
				item(id(), day, "08:00", "10:00", 987654321L), item(id(), Dates.today(), "00:00", "00:30", suspended),
				item(id(), day, "14:00", "16:00", this.members.get(1)));

		List<BulkItemResult> results = this.logs.bulk(this.officer, items, Locale.ENGLISH);

		assertThat(results).extracting(BulkItemResult::result)
			.containsExactly("created", "rejected", "rejected", "rejected", "rejected", "rejected", "rejected",
					"rejected", "rejected", "rejected", "created");
		assertThat(firstError(results.get(1))).isEqualTo(new BulkError("clientId", null, "must not be empty"));
		assertThat(firstError(results.get(2))).isEqualTo(new BulkError("unitId", "abc", "has the wrong type"));
		assertThat(firstError(results.get(3)))
			.isEqualTo(new BulkError("startedAt", "hôm qua", "must be a time yyyy-MM-ddTHH:mm"));
		assertThat(firstError(results.get(4)))
			.isEqualTo(new BulkError("endedAt", at(day, "09:00"), "the end must be after the start"));
		assertThat(firstError(results.get(5))).isEqualTo(new BulkError("area", " ", "must not be empty"));
		assertThat(firstError(results.get(6)))
			.isEqualTo(new BulkError("area", "Khu chợ", "must not contain control characters"));
		assertThat(firstError(results.get(7)))
			.isEqualTo(new BulkError("startedAt", "1999-12-31T22:00", "the start cannot lie before 2000-01-01"));
		assertThat(firstError(results.get(8)))
			.isEqualTo(new BulkError("participantIds", 987654321L, "no such member in your scope"));
		assertThat(firstError(results.get(9)).field()).isEqualTo("participantIds");
		assertThat(firstError(results.get(9)).rejectedValue()).isEqualTo(suspended);
		assertThat(firstError(results.get(9)).reason()).contains("is not active");
		assertThat(count("select count(*) from pat_patrol_log where client_id in (:ids)", clientIds(items)))
			.isEqualTo(2);
	}

	@Test
	void refusesUnitsAndMembersOutsideTheCallersSubtreeItemByItem() {
		long otherCommune = this.jdbc.sql("select unit_id from acc_user where username = 'officer2'")
			.query(Long.class)
			.single();
		long otherTeam = this.jdbc.sql("select min(team_id) from per_team where commune_id = :c")
			.param("c", otherCommune)
			.query(Long.class)
			.single();
		long stranger = activeMembers(otherTeam).get(0);
		LocalDate day = Dates.today().minusMonths(7);
		List<PatrolLogForm> items = List.of(
				new PatrolLogForm(id(), Long.toString(otherTeam), null, at(day, "08:00"), at(day, "09:00"), "Khu chợ",
						null, null, List.of(), 2, null),
				item(id(), day, "08:00", "10:00", stranger), item(id(), day, "11:00", "12:00", this.members.get(0)));

		List<BulkItemResult> results = this.logs.bulk(this.officer, items, Locale.ENGLISH);

		assertThat(results).extracting(BulkItemResult::result).containsExactly("rejected", "rejected", "created");
		assertThat(firstError(results.get(0)).field()).isEqualTo("unitId");
		assertThat(firstError(results.get(1)))
			.isEqualTo(new BulkError("participantIds", stranger, "no such member in your scope"));
	}

	@Test
	void letsATeamLeaderLogTheTeamsMembersButNoOtherTeamsMembers() {
		long leaderTeam = this.jdbc.sql("select unit_id from acc_user where username = 'leader'")
			.query(Long.class)
			.single();
		UnitScope leader = scope("leader", leaderTeam, Role.TEAM_LEADER);
		List<Long> own = activeMembers(leaderTeam);
		long neighbour = this.jdbc
			.sql("select min(m.member_id) from per_membership m join per_team t on t.team_id = m.team_id"
					+ " where t.commune_id = (select commune_id from per_team where team_id = :t) and m.team_id <> :t"
					+ " and not exists (select 1 from per_membership o where o.member_id = m.member_id"
					+ " and o.team_id = :t)")
			.param("t", leaderTeam)
			.query(Long.class)
			.single();
		LocalDate day = Dates.today().minusMonths(7);
		String ownLog = id();
		List<PatrolLogForm> items = List.of(
				new PatrolLogForm(ownLog, Long.toString(leaderTeam), null, at(day, "20:00"), at(day, "22:30"),
						"Xóm Bến", null, null, List.of(own.get(0)), null, null),
				new PatrolLogForm(id(), Long.toString(leaderTeam), null, at(day, "20:00"), at(day, "22:30"), "Xóm Bến",
						null, null, List.of(neighbour), null, null));

		List<BulkItemResult> results = this.logs.bulk(leader, items, Locale.ENGLISH);

		assertThat(results).extracting(BulkItemResult::result).containsExactly("created", "rejected");
		assertThat(firstError(results.get(1)).field()).isEqualTo("participantIds");
		assertThat(this.jdbc.sql("select team_id from pat_patrol_log where client_id = :c")
			.param("c", ownLog)
			.query(Long.class)
			.single()).isEqualTo(leaderTeam);
	}

	@Test
	void answersDuplicateForAClientIdSentAgainOrTwiceInOneBatchAndWritesItOnce() {
		LocalDate day = Dates.today().minusMonths(6);
		String a = id();
		String b = id();
		List<PatrolLogForm> batch = List.of(item(a, day, "08:00", "10:00", this.members.get(0)),
				item(b, day, "22:00", "23:00", this.members.get(1)),
				item(" " + a.toUpperCase(Locale.ROOT) + " ", day, "08:00", "10:00", this.members.get(0)));
		long[] before = month(day);

		List<BulkItemResult> first = this.logs.bulk(this.officer, batch, Locale.ENGLISH);
		List<BulkItemResult> second = this.logs.bulk(this.officer, batch, Locale.ENGLISH);

		assertThat(first).extracting(BulkItemResult::result).containsExactly("created", "created", "duplicate");
		assertThat(first.get(2).id()).isEqualTo(first.get(0).id());
		assertThat(second).extracting(BulkItemResult::result).containsExactly("duplicate", "duplicate", "duplicate");
		assertThat(second).extracting(BulkItemResult::id)
			.containsExactly(first.get(0).id(), first.get(1).id(), first.get(0).id());
		assertThat(count("select count(*) from pat_patrol_log where client_id in (:ids)", List.of(a, b))).isEqualTo(2);
		assertThat(count("select count(*) from pat_patrol_participant where patrol_id in (:ids)",
				List.of(first.get(0).id(), first.get(1).id())))
			.isEqualTo(2);
		long[] after = month(day);
		assertThat(after[0] - before[0]).isEqualTo(2);
		assertThat(after[1] - before[1]).isEqualTo(1);
	}

	@Test
	void answersDuplicateForAnItemWhoseLogExistsEvenWhenItWouldBeRefusedNow() {
		long member = newMember("SUSPENDED");
		LocalDate day = Dates.today().minusDays(3);
		String client = id();
		PatrolLogForm item = item(client, day, "08:00", "10:00", member);
		List<BulkItemResult> first = this.logs.bulk(this.officer, List.of(item), Locale.ENGLISH);
		this.jdbc.sql("update per_member_status set valid_from = :d where member_id = :m and status = 'SUSPENDED'")
			.param("d", day.minusDays(1))
			.param("m", member)
			.update();

		List<BulkItemResult> again = this.logs.bulk(this.officer, List.of(item), Locale.ENGLISH);

		assertThat(first.get(0).result()).isEqualTo("created");
		assertThat(again.get(0).result()).isEqualTo("duplicate");
		assertThat(again.get(0).id()).isEqualTo(first.get(0).id());
	}

	@Test
	void concurrentSendersOfTheSameClientIdsCreateEachLogOnceAndKeepTheRollUpExact() throws Exception {
		LocalDate day = Dates.today().minusMonths(5);
		List<PatrolLogForm> shared = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			shared.add(item(id(), day.plusDays(i % 20), "21:00", "23:30", this.members.get(i % this.members.size())));
		}
		long[] before = month(day);
		int senders = 4;
		ExecutorService pool = Executors.newFixedThreadPool(senders);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<List<BulkItemResult>>> answers = new ArrayList<>();
		for (int s = 0; s < senders; s++) {
			List<PatrolLogForm> mine = new ArrayList<>(shared);
			Collections.shuffle(mine);
			answers.add(pool.submit((Callable<List<BulkItemResult>>) () -> {
				start.await();
				return this.logs.bulk(this.officer, mine, Locale.ENGLISH);
			}));
		}

		start.countDown();
		Map<String, Long> idOf = new HashMap<>();
		Map<String, Integer> created = new HashMap<>();
		for (Future<List<BulkItemResult>> answer : answers) {
			for (BulkItemResult r : answer.get(60, TimeUnit.SECONDS)) {
				assertThat(r.result()).isIn("created", "duplicate");
				assertThat(idOf.computeIfAbsent(r.clientId(), (k) -> r.id())).isEqualTo(r.id());
				created.merge(r.clientId(), "created".equals(r.result()) ? 1 : 0, Integer::sum);
			}
		}
		pool.shutdown();

		assertThat(created).hasSize(60).allSatisfy((client, n) -> assertThat(n).isOne());
		assertThat(count("select count(*) from pat_patrol_log where client_id in (:ids)", clientIds(shared)))
			.isEqualTo(60);
		assertThat(count("select count(*) from pat_patrol_participant where patrol_id in (:ids)",
				new ArrayList<>(idOf.values())))
			.isEqualTo(60);
		assertThat(month(day)[0] - before[0])
			.isEqualTo(shared.stream().filter((f) -> f.startedAt().startsWith(day.toString().substring(0, 7))).count());
		assertThat(rollUpDifferences()).isEmpty();
	}

	@Test
	void writesOneAuditEntryPerBatchFromWhichItsLogsAreFound() {
		LocalDate day = Dates.today().minusMonths(4);
		List<PatrolLogForm> batch = List.of(item(id(), day, "08:00", "10:00", this.members.get(0)),
				item(id(), day, "13:00", "15:00", this.members.get(1)), item("", day, "13:00", "15:00", 1L));
		long entries = bulkEntries();

		List<BulkItemResult> results = this.logs.bulk(this.officer, batch, Locale.ENGLISH);

		assertThat(bulkEntries()).isEqualTo(entries + 1);
		Map<String, Object> entry = this.jdbc
			.sql("select entity_type, entity_id, after_state from aud_event where actor = 'officer'"
					+ " and action = 'patrols.log.bulk' order by id desc limit 1")
			.query()
			.singleRow();
		assertThat(entry.get("entity_type")).isEqualTo("patrol-log-batch");
		assertThat((String) entry.get("after_state")).startsWith("2 created of 3 items");
		List<Long> found = this.jdbc.sql("select id from pat_patrol_log where batch_id = :b order by id")
			.param("b", UUID.fromString((String) entry.get("entity_id")))
			.query(Long.class)
			.list();
		// PostgreSQL inserts a batch in client-id order (locks taken in one order), so
		// ids
		// need not follow the items' order
		assertThat(found).containsExactlyInAnyOrder(results.get(0).id(), results.get(1).id());
		assertThat((String) entry.get("after_state"))
			.endsWith("ids " + Math.min(found.get(0), found.get(1)) + ".." + Math.max(found.get(0), found.get(1)));
	}

	@Test
	void aBatchThatFailsWhileWritingLeavesNothingBehind() {
		LocalDate day = Dates.today().minusMonths(3);
		List<PatrolLogForm> batch = List.of(item(id(), day, "08:00", "10:00", this.members.get(0)),
				item(id(), day, "22:00", "23:00", this.members.get(1)));
		long[] before = month(day);
		long participants = count("select count(*) from pat_patrol_participant", List.of());
		doThrow(new IllegalStateException("audit store unavailable")).when(this.audit)
			.record(eq("officer"), eq("patrols.log.bulk"), any(), any(), any(), any());

		assertThatThrownBy(() -> this.logs.bulk(this.officer, batch, Locale.ENGLISH))
			.hasMessageContaining("audit store unavailable");

		assertThat(count("select count(*) from pat_patrol_log where client_id in (:ids)", clientIds(batch))).isZero();
		assertThat(count("select count(*) from pat_patrol_participant", List.of())).isEqualTo(participants);
		assertThat(month(day)).containsExactly(before);
	}

	@Test
	void takesBatchesOfTenThousandItemsAndRefusesLargerOnesWhole() throws Exception {
		LocalDate day = Dates.today().minusMonths(9);
		String area = "Khu " + UUID.randomUUID().toString().substring(0, 8) + "\tsố ";
		StringBuilder items = new StringBuilder();
		for (int i = 0; i < 10_000; i++) {
			items.append((i > 0) ? "," : "")
				.append("{\"clientId\": \"")
				.append(id())
				.append("\", \"unitId\": \"")
				.append(this.team)
				.append("\", \"startedAt\": \"")
				.append(day.plusDays(i % 25).atTime(20, 0).plusMinutes(i % 60))
				.append("\", \"endedAt\": \"")
				.append(day.plusDays(i % 25).atTime(23, 0))
				.append("\", \"area\": \"")
				.append(area.replace("\t", "\\t"))
				.append(i)
				.append("\", \"findings\": \"Bình thường\\\\ổn định\\ndòng 2\", \"participantIds\": [")
				.append(this.members.get(i % this.members.size()))
				.append("]}");
		}
		MvcResult ten = this.mvc
			.perform(post("/api/v1/patrol-logs/bulk").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"items\": [" + items + "]}"))
			.andReturn();
		MvcResult more = this.mvc
			.perform(post("/api/v1/patrol-logs/bulk").with(httpBasic("officer", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"items\": [" + items + ", " + items.substring(0, items.indexOf("]}") + 2) + "]}"))
			.andReturn();

		assertThat(ten.getResponse().getStatus()).isEqualTo(200);
		assertThat((Integer) JsonPath.read(ten.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.created"))
			.isEqualTo(10_000);
		assertThat(more.getResponse().getStatus()).isEqualTo(400);
		assertThat(this.jdbc.sql("select count(*) from pat_patrol_log where area like :a")
			.param("a", area + "%")
			.query(Long.class)
			.single()).isEqualTo(10_000);
		assertThat(this.jdbc.sql("select findings from pat_patrol_log where area = :a")
			.param("a", area + "7")
			.query(String.class)
			.single()).isEqualTo("Bình thường\\ổn định\ndòng 2");
		assertThat(rollUpDifferences()).isEmpty();
	}

	@Test
	void leavesNoParticipantWithoutItsLogOrMemberAndNoLogWithoutItsUnits() {
		this.logs.bulk(this.officer,
				List.of(item(id(), Dates.today().minusMonths(2), "08:00", "10:00", this.members.get(0))),
				Locale.ENGLISH);

		assertThat(count("select count(*) from pat_patrol_participant p where not exists (select 1 from"
				+ " pat_patrol_log l where l.id = p.patrol_id) or not exists (select 1 from per_member m where"
				+ " m.id = p.member_id)", List.of()))
			.isZero();
		assertThat(count("select count(*) from pat_patrol_log l where not exists (select 1 from org_unit u where"
				+ " u.id = l.commune_id) or (l.team_id is not null and not exists (select 1 from org_unit u where"
				+ " u.id = l.team_id))", List.of()))
			.isZero();
	}

	// ---------------------------------------------------------------- fixtures

	UnitScope scope(String username, long unit, Role role) {
		return new UnitScope(username, unit, Set.of(role), Dates.today(), this.units.scopePaths(unit, Dates.today()));
	}

	List<Long> activeMembers(long team) {
		return PatrolsTestSupport.activeMembers(this.jdbc, team);
	}

	PatrolLogForm item(String clientId, LocalDate day, String start, String end, long member) {
		return new PatrolLogForm(clientId, unit(), null, at(day, start), at(day, end), "Khu chợ", "Cổng chợ - đình",
				"Ổn định", List.of(member), null, null);
	}

	String unit() {
		return Long.toString(this.team);
	}

	static String at(LocalDate day, String time) {
		return day + "T" + time;
	}

	static String id() {
		return UUID.randomUUID().toString();
	}

	static BulkError firstError(BulkItemResult result) {
		assertThat(result.errors()).isNotEmpty();
		return result.errors().get(0);
	}

	static List<String> clientIds(List<PatrolLogForm> items) {
		List<String> ids = new ArrayList<>();
		for (PatrolLogForm f : items) {
			if (f.clientId() != null && !f.clientId().isBlank()) {
				ids.add(f.clientId().trim().toLowerCase(Locale.ROOT));
			}
		}
		return ids;
	}

	long count(String sql, List<?> ids) {
		JdbcClient.StatementSpec spec = this.jdbc.sql(sql);
		if (sql.contains(":ids")) {
			spec = spec.param("ids", ids);
		}
		return spec.query(Long.class).single();
	}

	long[] month(LocalDate day) {
		List<long[]> rows = this.jdbc
			.sql("select patrols, night_patrols, participations from pat_patrol_month where commune_id = :c"
					+ " and month_start = :m")
			.param("c", this.commune)
			.param("m", day.withDayOfMonth(1))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.list();
		return rows.isEmpty() ? new long[3] : rows.get(0);
	}

	/** Communes and months whose roll-up differs from their logs. */
	Set<String> rollUpDifferences() {
		Set<String> fromLogs = new HashSet<>(this.jdbc
			.sql("select commune_id, cast(date_trunc('month', started_at) as date), count(*),"
					+ " sum(case when night then 1 else 0 end), sum(participant_count) from pat_patrol_log"
					+ " group by commune_id, cast(date_trunc('month', started_at) as date)")
			.query((rs, n) -> rs.getLong(1) + " " + rs.getDate(2) + " " + rs.getLong(3) + " " + rs.getLong(4) + " "
					+ rs.getLong(5))
			.list());
		Set<String> rollUp = new HashSet<>(this.jdbc
			.sql("select commune_id, month_start, patrols, night_patrols, participations from pat_patrol_month")
			.query((rs, n) -> rs.getLong(1) + " " + rs.getDate(2) + " " + rs.getLong(3) + " " + rs.getLong(4) + " "
					+ rs.getLong(5))
			.list());
		Set<String> differences = new HashSet<>(fromLogs);
		differences.removeAll(rollUp);
		Set<String> extra = new HashSet<>(rollUp);
		extra.removeAll(fromLogs);
		differences.addAll(extra);
		return differences;
	}

	long bulkEntries() {
		return this.jdbc.sql("select count(*) from aud_event where action = 'patrols.log.bulk'")
			.query(Long.class)
			.single();
	}

	long newMember(String status) {
		return PatrolsTestSupport.newMember(this.jdbc, this.commune, status, "0020");
	}

}

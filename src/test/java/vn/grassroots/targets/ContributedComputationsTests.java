package vn.grassroots.targets;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.grassroots.shared.Dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Computations contributed through {@link IndicatorComputation} by the modules that own
 * the data (personnel, operations; patrols from the monthly roll-up), measured on rows
 * the test writes itself. Each read uses a new indicator, so no cached roll-up answers.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContributedComputationsTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	vn.grassroots.patrols.PatrolGenerator patrolGenerator;

	void logs(long commune, LocalDate month, int count) {
		for (int i = 0; i < count; i++) {
			java.time.LocalDateTime start = month.atTime(8, 0).plusMinutes(i);
			this.jdbc
				.sql("insert into pat_patrol_log (commune_id, started_at, ended_at, night, area, participant_count,"
						+ " recorded_by, recorded_at) values (:c, :s, :e, false, 'test', 1, 'test', :s)")
				.param("c", commune)
				.param("s", java.sql.Timestamp.valueOf(start))
				.param("e", java.sql.Timestamp.valueOf(start.plusHours(2)))
				.update();
		}
	}

	@Test
	void theCatalogueListsTheContributedComputations() throws Exception {
		this.mvc.perform(get("/api/v1/indicators/computations").with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasItems("HQ_OWN_SHARE", "MEMBERS_TRAINED_12M", "TEAMS_VS_REQUIRED",
					"INCIDENTS_RESOLVED_ON_TIME", "PATROLS_PER_TEAM_MONTH")));
	}

	@Test
	void patrolsPerTeamAreTheMonthsPatrolsOverTheTeamsOfTheCommune() throws Exception {
		LocalDate month = Dates.today().withDayOfMonth(1);
		long commune = unitOf("officer2");
		long teams = this.jdbc.sql("select count(*) from org_unit_period t join org_unit_period c on c.unit_id = :c"
				+ " and c.valid_to is null where t.type = 'TEAM' and t.valid_to is null and t.path like concat(c.path, '%')")
			.param("c", commune)
			.query(Long.class)
			.single();
		// 24 patrol logs of the test's own this month and 99 last month (which do not
		// count), on top of the demo patrols; the roll-up is rebuilt from the logs
		logs(commune, month, 24);
		logs(commune, month.minusMonths(1), 99);
		this.patrolGenerator.rebuildRollUp();
		long patrols = this.jdbc
			.sql("select count(*) from pat_patrol_log where commune_id = :c and started_at >= :f and started_at < :t")
			.param("c", commune)
			.param("f", month)
			.param("t", month.plusMonths(1))
			.query(Long.class)
			.single();

		String json = result("PATROLS_PER_TEAM_MONTH", commune, "MONTHLY", month);
		assertThat(number(json, "$.numerator")).isEqualByComparingTo(BigDecimal.valueOf(patrols));
		assertThat(number(json, "$.denominator")).isEqualByComparingTo(BigDecimal.valueOf(teams));
	}

	@Test
	void anOldRollUpIsServedAtOnceAndRefreshedInTheBackground() throws Exception {
		LocalDate month = Dates.today().withDayOfMonth(1);
		long commune = unitOf("officer2");
		long id = indicator("PATROLS_PER_TEAM_MONTH");
		BigDecimal first = number(read(id, commune, "MONTHLY", month), "$.numerator");
		logs(commune, month, 5);
		this.patrolGenerator.rebuildRollUp();
		// younger than the computation's maximum age: the cached figure
		assertThat(number(read(id, commune, "MONTHLY", month), "$.numerator")).isEqualByComparingTo(first);

		// older than it: the page view still gets the cached figure without waiting for a
		// national recomputation, and the new figure follows shortly
		this.jdbc.sql("update tgt_rollup_state set computed_at = :old where indicator_id = :i")
			.param("old", Timestamp.valueOf(LocalDateTime.now().minusHours(1)))
			.param("i", id)
			.update();
		assertThat(number(read(id, commune, "MONTHLY", month), "$.numerator")).isEqualByComparingTo(first);
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(number(read(id, commune, "MONTHLY", month), "$.numerator"))
				.isEqualByComparingTo(first.add(BigDecimal.valueOf(5))));
		// one state per indicator, period and tree date: refreshed in place
		assertThat(this.jdbc.sql("select count(*) from tgt_rollup_state where indicator_id = :i")
			.param("i", id)
			.query(Long.class)
			.single()).isEqualTo(1L);
	}

	@Test
	void aMemberTrainedLastMonthCountsAndOneTrainedThirteenMonthsAgoDoesNot() throws Exception {
		long commune = unitOf("officer");
		LocalDate today = Dates.today();
		var members = this.jdbc.sql("select m.id from per_member m where m.commune_id = :c and (select s.status"
				+ " from per_member_status s where s.member_id = m.id and s.valid_from <= :d order by s.valid_from desc,"
				+ " s.id desc limit 1) = 'ACTIVE' and not exists (select 1 from per_training_attendance a"
				+ " where a.member_id = m.id) order by m.id")
			.param("c", commune)
			.param("d", today)
			.query(Long.class)
			.list();
		assertThat(members).hasSizeGreaterThanOrEqualTo(2);
		String before = result("MEMBERS_TRAINED_12M", commune, "ANNUAL", today.withDayOfYear(1));

		attend(members.get(0), commune, today.minusMonths(13));
		attend(members.get(1), commune, today.minusMonths(1));

		String after = result("MEMBERS_TRAINED_12M", commune, "ANNUAL", today.withDayOfYear(1));
		assertThat(number(after, "$.numerator").subtract(number(before, "$.numerator")))
			.isEqualByComparingTo(BigDecimal.ONE);
		assertThat(number(after, "$.denominator")).isEqualByComparingTo(number(before, "$.denominator"));
	}

	@Test
	void incidentsResolvedWithinTheirTimeLimitOverThoseDecided() throws Exception {
		long commune = unitOf("officer2");
		LocalDate today = Dates.today();
		String before = result("INCIDENTS_RESOLVED_ON_TIME", commune, "ANNUAL", today.withDayOfYear(1));
		LocalDateTime reported = today.minusDays(20).atTime(8, 0);
		// resolved in time, resolved late, open past its due time, open and not yet due
		incident(commune, reported, reported.plusHours(24), reported.plusHours(10), "RESOLVED");
		incident(commune, reported, reported.plusHours(24), reported.plusHours(30), "RESOLVED");
		incident(commune, reported, reported.plusHours(24), null, "IN_PROGRESS");
		incident(commune, today.atTime(0, 1), today.plusDays(3).atTime(0, 1), null, "REPORTED");
		String after = result("INCIDENTS_RESOLVED_ON_TIME", commune, "ANNUAL", today.withDayOfYear(1));
		assertThat(number(after, "$.numerator").subtract(number(before, "$.numerator")))
			.isEqualByComparingTo(BigDecimal.ONE);
		assertThat(number(after, "$.denominator").subtract(number(before, "$.denominator")))
			.isEqualByComparingTo(BigDecimal.valueOf(3));
	}

	@Test
	void teamCoverageCountsEveryVillageOfTheNation() throws Exception {
		LocalDate today = Dates.today();
		long villages = this.jdbc
			.sql("select count(*) from org_unit_period v where v.type = 'VILLAGE'"
					+ " and (v.valid_from is null or v.valid_from <= :d) and (v.valid_to is null or v.valid_to > :d)")
			.param("d", today)
			.query(Long.class)
			.single();
		long covered = this.jdbc
			.sql("select count(distinct tv.village_id) from per_team_village tv"
					+ " join per_team t on t.team_id = tv.team_id join org_unit_period v on v.unit_id = tv.village_id"
					+ " and (v.valid_from is null or v.valid_from <= :d) and (v.valid_to is null or v.valid_to > :d)"
					+ " where tv.valid_from <= :d and (tv.valid_to is null or tv.valid_to > :d)"
					+ " and t.established_on <= :d and (t.ended_on is null or t.ended_on > :d)")
			.param("d", today)
			.query(Long.class)
			.single();
		String json = result("TEAMS_VS_REQUIRED", 1, "ANNUAL", today.withDayOfYear(1));
		assertThat(number(json, "$.denominator")).isEqualByComparingTo(BigDecimal.valueOf(villages));
		assertThat(number(json, "$.numerator")).isEqualByComparingTo(BigDecimal.valueOf(covered));
		assertThat(covered).isPositive();
	}

	private void attend(long member, long commune, LocalDate endedOn) {
		this.jdbc
			.sql("insert into per_training_course (unit_id, kind, title, starts_on, ends_on, created_by,"
					+ " created_at) values (:u, 'REFRESHER', 'Bồi dưỡng', :s, :e, 'test', :at)")
			.param("u", commune)
			.param("s", endedOn.minusDays(2))
			.param("e", endedOn)
			.param("at", Timestamp.valueOf(LocalDateTime.now()))
			.update();
		long course = this.jdbc.sql("select max(id) from per_training_course").query(Long.class).single();
		this.jdbc
			.sql("insert into per_training_attendance (course_id, member_id, attended, result, recorded_by,"
					+ " recorded_at) values (:c, :m, true, 'PASS', 'test', :at)")
			.param("c", course)
			.param("m", member)
			.param("at", Timestamp.valueOf(LocalDateTime.now()))
			.update();
	}

	private void incident(long unit, LocalDateTime reported, LocalDateTime due, LocalDateTime resolved, String status) {
		this.jdbc.sql("insert into ops_incident (unit_id, task_group, subtype, severity, status, occurred_at,"
				+ " reported_at, due_at, address, description, reported_by, resolved_at, updated_at) values (:u,"
				+ " 'SITUATION_GRASPING', 'BRAWL', 'HIGH', :status, :r, :r, :due, 'Thôn 1', 'Xô xát', 'test', :res, :r)")
			.param("u", unit)
			.param("status", status)
			.param("r", Timestamp.valueOf(reported))
			.param("due", Timestamp.valueOf(due))
			.param("res", (resolved != null) ? Timestamp.valueOf(resolved) : null)
			.update();
	}

	/** The result of a new indicator of the computation for the unit and period. */
	private String result(String computation, long unit, String kind, LocalDate start) throws Exception {
		return read(indicator(computation), unit, kind, start);
	}

	private long indicator(String computation) throws Exception {
		String code = "SPI_" + SEQUENCE.incrementAndGet() + "_" + System.nanoTime() % 100_000;
		String created = this.mvc
			.perform(post("/api/v1/indicators").with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\": \"" + code + "\", \"name\": \"" + code + "\", \"source\": \"COMPUTED\","
						+ " \"computation\": \"" + computation + "\", \"aggregation\": \"RATIO_OF_SUMS\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(created, "$.id")).longValue();
	}

	private String read(long id, long unit, String kind, LocalDate start) throws Exception {
		return this.mvc
			.perform(get("/api/v1/indicators/{id}/results", id).param("unit", String.valueOf(unit))
				.param("periodKind", kind)
				.param("periodStart", start.toString())
				.with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static BigDecimal number(String json, String path) {
		return new BigDecimal(JsonPath.read(json, path).toString());
	}

	private long unitOf(String username) {
		return TargetsTestSupport.unitOf(this.jdbc, username);
	}

}

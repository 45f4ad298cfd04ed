package vn.grassroots.patrols;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.grassroots.operations.BulkItemResult;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.SqlStatementCounter;
import vn.grassroots.shared.UnitScope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cost of bulk ingestion and lists does not grow with the number of items, the
 * roll-up always agrees with the logs, and the generated demo data is realistic.
 */
@SpringBootTest
@Import(SqlStatementCounter.class)
class PatrolStatementsTests {

	@Autowired
	PatrolLogService logs;

	@Autowired
	PatrolLogQueries queries;

	@Autowired
	UnitQueries units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PatrolGenerator generator;

	UnitScope officer;

	long team;

	List<Long> members;

	@BeforeEach
	void officer() {
		long commune = this.jdbc.sql("select unit_id from acc_user where username = 'officer'")
			.query(Long.class)
			.single();
		this.officer = new UnitScope("officer", commune, Set.of(Role.COMMUNE_OFFICER), Dates.today(),
				this.units.scopePaths(commune, Dates.today()));
		this.team = this.jdbc.sql("select min(team_id) from per_team where commune_id = :c and demo = true")
			.param("c", commune)
			.query(Long.class)
			.single();
		this.members = this.jdbc.sql("select member_id from per_membership where team_id = :t order by member_id")
			.param("t", this.team)
			.query(Long.class)
			.list();
	}

	List<PatrolLogForm> batch(int size, LocalDate day) {
		List<PatrolLogForm> items = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			String start = day.plusDays(i % 28).atTime(8, 0).plusMinutes(i).toString();
			String end = day.plusDays(i % 28).atTime(11, 0).plusMinutes(i).toString();
			items.add(new PatrolLogForm(UUID.randomUUID().toString(), Long.toString(this.team), null, start, end,
					"Khu chợ", null, "Ổn định", List.of(this.members.get(i % this.members.size())), 2, List.of()));
		}
		return items;
	}

	@Test
	void ingestsABulkBatchWithTheSameNumberOfStatementsWhateverItsSize() {
		LocalDate day = YearMonth.from(Dates.today().minusMonths(11)).atDay(1);
		this.logs.bulk(this.officer, batch(3, day), Locale.ROOT);

		SqlStatementCounter.reset();
		List<BulkItemResult> small = this.logs.bulk(this.officer, batch(10, day), Locale.ROOT);
		int smallStatements = SqlStatementCounter.count();
		SqlStatementCounter.reset();
		List<BulkItemResult> large = this.logs.bulk(this.officer, batch(1000, day), Locale.ROOT);
		int largeStatements = SqlStatementCounter.count();

		assertThat(small).allMatch((r) -> "created".equals(r.result()));
		assertThat(large).allMatch((r) -> "created".equals(r.result()));
		assertThat(largeStatements).isEqualTo(smallStatements).isLessThan(30);
	}

	@Test
	void listsPatrolLogsWithTheSameNumberOfStatementsWhateverThePageSize() {
		PatrolLogFilter filter = new PatrolLogFilter(null, null, null, null);
		this.queries.list(this.officer, filter, new PageRequest(0, 5));

		SqlStatementCounter.reset();
		assertThat(this.queries.list(this.officer, filter, new PageRequest(0, 5)).items()).hasSize(5);
		int few = SqlStatementCounter.count();
		SqlStatementCounter.reset();
		assertThat(this.queries.list(this.officer, filter, new PageRequest(0, 100)).items()).hasSize(100);

		assertThat(SqlStatementCounter.count()).isEqualTo(few);
	}

	@Test
	void keepsTheMonthlyRollUpEqualToTheLogsOfEveryCommuneAndMonth() {
		this.logs.bulk(this.officer, batch(5, Dates.today().minusMonths(10)), Locale.ROOT);

		List<String> fromLogs = this.jdbc
			.sql("select commune_id, cast(date_trunc('month', started_at) as date), count(*),"
					+ " sum(case when night then 1 else 0 end), sum(participant_count) from pat_patrol_log"
					+ " group by commune_id, cast(date_trunc('month', started_at) as date)")
			.query((rs, n) -> rs.getLong(1) + " " + rs.getDate(2) + " " + rs.getLong(3) + " " + rs.getLong(4) + " "
					+ rs.getLong(5))
			.list();
		List<String> rollUp = this.jdbc
			.sql("select commune_id, month_start, patrols, night_patrols, participations from pat_patrol_month")
			.query((rs, n) -> rs.getLong(1) + " " + rs.getDate(2) + " " + rs.getLong(3) + " " + rs.getLong(4) + " "
					+ rs.getLong(5))
			.list();

		assertThat(rollUp).isNotEmpty().containsExactlyInAnyOrderElementsOf(fromLogs);
	}

	@Test
	void rebuildsTheRollUpFromTheLogsAsAfterABulkLoad() {
		List<String> before = rollUp();

		int rows = this.generator.rebuildRollUp();

		assertThat(rows).isEqualTo(before.size());
		assertThat(rollUp()).containsExactlyInAnyOrderElementsOf(before);
	}

	List<String> rollUp() {
		return this.jdbc
			.sql("select commune_id, month_start, patrols, night_patrols, participations from pat_patrol_month")
			.query((rs, n) -> rs.getLong(1) + " " + rs.getDate(2) + " " + rs.getLong(3) + " " + rs.getLong(4) + " "
					+ rs.getLong(5))
			.list();
	}

	@Test
	void generatesMostlyNightPatrolsWithinTheNightDutyCap() {
		Map<String, Object> generated = this.jdbc
			.sql("select count(*) as total, sum(case when night then 1 else 0 end) as nights from pat_patrol_log"
					+ " where client_id like 'gen-%'")
			.query()
			.singleRow();
		Long worst = this.jdbc
			.sql("select max(n) from (select sm.member_id, extract(year from s.shift_date) as y,"
					+ " extract(month from s.shift_date) as mo, count(*) as n from pat_shift s join pat_shift_member"
					+ " sm on sm.shift_id = s.id where s.night = true and s.created_by = 'generator' group by"
					+ " sm.member_id, extract(year from s.shift_date), extract(month from s.shift_date)) x")
			.query(Long.class)
			.single();

		long total = ((Number) generated.get("total")).longValue();
		assertThat(total).isGreaterThan(1000);
		assertThat(((Number) generated.get("nights")).longValue() * 100 / total).isGreaterThan(60);
		assertThat(worst).isLessThanOrEqualTo(10);
	}

}

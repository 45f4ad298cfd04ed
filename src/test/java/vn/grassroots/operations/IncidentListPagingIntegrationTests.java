package vn.grassroots.operations;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.grassroots.access.AccountService;
import vn.grassroots.shared.Cursor;
import vn.grassroots.shared.SeekPage;
import vn.grassroots.shared.SeekRequest;
import vn.grassroots.shared.UnitScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The incident list read page by page from a position (keyset paging): every incident
 * once, newest first (the overdue list: most overdue first) with ties broken by id,
 * forwards and backwards, the same whether a scope is read unit by unit or by walking the
 * time index; a count that stops at 10,000; positions that never lead out of the caller's
 * scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IncidentListPagingIntegrationTests {

	private static final AtomicInteger DAYS = new AtomicInteger((int) (System.nanoTime() % 1000));

	/** Times of day of a test's incidents: ties at 10:00 and 08:00. */
	private static final String[] TIMES = { "08:00", "10:00", "06:00", "10:00", "09:00", "08:00", "10:00", "07:00" };

	@Autowired
	IncidentQueries queries;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	MockMvc mvc;

	private UnitScope scope(String user) {
		return this.accounts.scopeOf(this.accounts.loadUserByUsername(user), vn.grassroots.shared.Dates.today());
	}

	/** A day of 2015-2017 no other test reports incidents on. */
	private static LocalDate day() {
		return LocalDate.of(2015, 1, 1).plusDays(DAYS.incrementAndGet() % 1000);
	}

	private long unitOf(String user) {
		return this.accounts.loadUserByUsername(user).unitId();
	}

	/**
	 * Incidents of the unit on the day, reported and due an hour after they occurred;
	 * answers their ids.
	 */
	private List<Long> incidents(long unit, LocalDate day, String... times) {
		String tag = "paging-" + day + "-" + unit + "-" + System.nanoTime() + "-";
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < times.length; i++) {
			LocalDateTime at = day.atTime(LocalTime.parse(times[i]));
			rows.add(new Object[] { tag + i, unit, Timestamp.valueOf(at), Timestamp.valueOf(at),
					Timestamp.valueOf(at.plusHours(1)) });
		}
		this.template.batchUpdate("insert into ops_incident (client_id, unit_id, task_group, subtype, severity, status,"
				+ " occurred_at, reported_at, due_at, address, description, reported_by, updated_at) values (?, ?,"
				+ " 'SITUATION_GRASPING', 'THEFT', 'LOW', 'REPORTED', ?, ?, ?, 'Địa chỉ thử', 'Phân trang', 'test',"
				+ " current_timestamp)", rows);
		return this.jdbc.sql("select id from ops_incident where client_id like :tag order by id")
			.param("tag", tag + "%")
			.query(Long.class)
			.list();
	}

	private List<IncidentView> expectedNewestFirst(String user, LocalDate day) {
		List<IncidentView> all = new ArrayList<>(
				this.queries.list(scope(user), onDay(day), SeekRequest.first(200)).items());
		all.sort(Comparator.comparing(IncidentView::occurredAt).thenComparing(IncidentView::id).reversed());
		return all;
	}

	private static IncidentFilter onDay(LocalDate day) {
		return new IncidentFilter(null, null, null, day, day, null, false);
	}

	private static List<Long> ids(List<IncidentView> incidents) {
		return incidents.stream().map(IncidentView::id).toList();
	}

	private List<IncidentView> readForward(UnitScope scope, IncidentFilter filter, int smallScope) {
		List<IncidentView> read = new ArrayList<>();
		SeekPage<IncidentView> page = this.queries.list(scope, filter, SeekRequest.first(3), smallScope);
		read.addAll(page.items());
		while (page.next() != null) {
			page = this.queries.list(scope, filter, SeekRequest.of(null, "3", page.next(), null), smallScope);
			read.addAll(page.items());
		}
		return read;
	}

	@ParameterizedTest
	@ValueSource(ints = { IncidentQueries.SMALL_SCOPE, 0 })
	void pagesForwardNewestFirstThroughTiedTimesWithEveryIncidentOnce(int smallScope) {
		LocalDate day = day();
		List<Long> created = incidents(unitOf("officer"), day, TIMES);

		List<IncidentView> read = readForward(scope("officer"), onDay(day), smallScope);

		assertThat(ids(read)).containsExactlyInAnyOrderElementsOf(created)
			.containsExactlyElementsOf(ids(expectedNewestFirst("officer", day)));
		assertThat(read.get(0).occurredAt().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
		assertThat(read.get(0).id()).isGreaterThan(read.get(1).id());
	}

	@ParameterizedTest
	@ValueSource(ints = { IncidentQueries.SMALL_SCOPE, 0 })
	void pagesBackwardFromTheLastPageWithEveryIncidentOnceInOrder(int smallScope) {
		LocalDate day = day();
		incidents(unitOf("officer"), day, TIMES);
		List<IncidentView> expected = expectedNewestFirst("officer", day);
		IncidentView oldest = expected.get(expected.size() - 1);
		// a position just past the oldest incident of the day
		Cursor pastTheEnd = new Cursor(oldest.occurredAt().toString(), oldest.id() - 1);

		List<IncidentView> read = new ArrayList<>();
		SeekPage<IncidentView> page = this.queries.list(scope("officer"), onDay(day),
				SeekRequest.of(null, "3", null, pastTheEnd.token()), smallScope);
		read.addAll(0, page.items());
		while (page.previous() != null) {
			page = this.queries.list(scope("officer"), onDay(day), SeekRequest.of(null, "3", null, page.previous()),
					smallScope);
			read.addAll(0, page.items());
		}

		assertThat(ids(read)).containsExactlyElementsOf(ids(expected));
	}

	@ParameterizedTest
	@ValueSource(ints = { IncidentQueries.SMALL_SCOPE, 0 })
	void pagesTheOverdueListMostOverdueFirstInBothDirections(int smallScope) {
		LocalDate day = day();
		incidents(unitOf("officer"), day, TIMES);
		IncidentFilter overdue = new IncidentFilter(null, null, null, day, day, null, true);
		List<IncidentView> expected = new ArrayList<>(expectedNewestFirst("officer", day));
		expected.sort(Comparator.comparing(IncidentView::dueAt).thenComparing(IncidentView::id));

		List<IncidentView> forward = readForward(scope("officer"), overdue, smallScope);
		SeekPage<IncidentView> back = this.queries.list(scope("officer"), overdue, SeekRequest.of(null, "3", null,
				new Cursor(forward.get(3).dueAt().toString(), forward.get(3).id()).token()), smallScope);

		assertThat(ids(forward)).containsExactlyElementsOf(ids(expected));
		assertThat(ids(back.items())).containsExactlyElementsOf(ids(expected.subList(0, 3)));
		assertThat(back.previous()).isNull();
	}

	@ParameterizedTest
	@ValueSource(ints = { IncidentQueries.SMALL_SCOPE, 0 })
	void aCraftedPositionNeverLeadsToAnotherCommunesIncidents(int smallScope) {
		LocalDate day = day();
		List<Long> own = incidents(unitOf("officer"), day, TIMES);
		List<Long> others = incidents(unitOf("officer2"), day, "09:30", "10:00");
		LocalDateTime otherTime = day.atTime(9, 30);
		Cursor atOther = new Cursor(otherTime.toString(), others.get(0));

		List<IncidentView> after = this.queries
			.list(scope("officer"), onDay(day), SeekRequest.after(atOther, 50), smallScope)
			.items();
		List<IncidentView> before = this.queries
			.list(scope("officer"), onDay(day), SeekRequest.of(null, "50", null, atOther.token()), smallScope)
			.items();

		assertThat(after).isNotEmpty().allSatisfy((i) -> assertThat(own).contains(i.id()));
		assertThat(before).isNotEmpty().allSatisfy((i) -> assertThat(own).contains(i.id()));
		assertThat(after.size() + before.size()).isEqualTo(own.size());
	}

	@ParameterizedTest
	@ValueSource(ints = { IncidentQueries.SMALL_SCOPE, 0 })
	void aUnitFilterKeepsTheUnitsSubtreeWithinTheScope(int smallScope) {
		LocalDate day = day();
		List<Long> own = incidents(unitOf("officer"), day, TIMES);
		incidents(unitOf("officer2"), day, "09:30", "10:00");
		IncidentFilter commune = new IncidentFilter(null, null, null, day, day, unitOf("officer"), false);

		List<IncidentView> read = readForward(scope("admin"), commune, smallScope);

		assertThat(ids(read)).containsExactlyInAnyOrderElementsOf(own);
	}

	@Test
	void theApiAnswersPositionsAndRefusesAMalformedOne() throws Exception {
		LocalDate day = day();
		incidents(unitOf("officer"), day, TIMES);
		List<IncidentView> expected = expectedNewestFirst("officer", day);

		String first = this.mvc
			.perform(get("/api/v1/incidents").param("from", day.toString())
				.param("to", day.toString())
				.param("size", "5")
				.with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = this.mvc
			.perform(get("/api/v1/incidents").param("from", day.toString())
				.param("to", day.toString())
				.param("size", "5")
				.param("after", JsonPath.<String>read(first, "$.next"))
				.with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(JsonPath.<List<Integer>>read(second, "$.items[*].id"))
			.containsExactlyElementsOf(ids(expected.subList(5, 8)).stream().map(Long::intValue).toList());
		assertThat(JsonPath.<Object>read(second, "$.next")).isNull();
		assertThat(JsonPath.<Integer>read(first, "$.total")).isEqualTo(8);
		assertThat(JsonPath.<Boolean>read(first, "$.totalExact")).isTrue();
		this.mvc
			.perform(get("/api/v1/incidents").param("after", "%%%not-a-position").with(httpBasic("officer", "demo")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void countsNoFurtherThanTenThousandAndSaysMoreThanThat() throws Exception {
		LocalDate day = day();
		long commune = vn.grassroots.organisation.OrganisationFixtures.communeWithoutAccounts(this.jdbc);
		String[] times = new String[SeekPage.COUNT_LIMIT + 1];
		for (int i = 0; i < times.length; i++) {
			times[i] = LocalTime.of(0, 0).plusSeconds(i * 7L).toString();
		}
		List<Long> created = incidents(commune, day, times);
		try {
			String html = this.mvc
				.perform(get("/operations/incidents").param("from", day.toString())
					.param("to", day.toString())
					.param("lang", "en")
					.with(user(this.accounts.loadUserByUsername("admin"))))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();

			assertThat(html).contains("More than 10,000").contains("rel=\"next\"").contains("after=");
		}
		finally {
			this.jdbc.sql("delete from ops_incident where unit_id = :u and id between :a and :b")
				.param("u", commune)
				.param("a", created.get(0))
				.param("b", created.get(created.size() - 1))
				.update();
		}
	}

}

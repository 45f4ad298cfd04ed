package vn.grassroots.personnel;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

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
import vn.grassroots.organisation.UnitFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.Cursor;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.SeekPage;
import vn.grassroots.shared.SeekRequest;
import vn.grassroots.shared.TextFolding;
import vn.grassroots.shared.UnitScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The member list read page by page from a position (keyset paging): every member once,
 * in name order with ties broken by id, forwards and backwards, the same whether a scope
 * is read commune by commune or by walking the name index; a count that stops at 10,000;
 * positions that never lead out of the caller's scope; the status on the scope's date.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MemberListPagingIntegrationTests {

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

	private static final LocalDate REGISTERED = LocalDate.of(2026, 1, 2);

	@Autowired
	MemberService members;

	@Autowired
	AccountService accounts;

	@Autowired
	UnitQueries units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	MockMvc mvc;

	private UnitScope scope(String user, LocalDate date) {
		return this.accounts.scopeOf(this.accounts.loadUserByUsername(user), date);
	}

	/** A marker in the names of this test's members, so that a search finds only them. */
	private static String marker() {
		return "Kp" + SEQUENCE.incrementAndGet() + "x";
	}

	private static String citizenId() {
		return "097" + String.format("%09d", SEQUENCE.incrementAndGet() % 1_000_000_000L);
	}

	/** A member of the user's commune, active since {@link #REGISTERED}. */
	private MemberView member(String user, String name) {
		UnitScope scope = scope(user, Dates.today());
		UnitView village = this.units
			.list(scope, new UnitFilter(UnitType.VILLAGE, null, null), PageRequest.of("0", "1"))
			.items()
			.get(0);
		NewMember member = new NewMember(name, LocalDate.of(1990, 1, 1), Sex.MALE, citizenId(), null, village.id(),
				null, Education.LOWER_SECONDARY, null, null, REGISTERED);
		long id = this.members.insert(java.util.Objects.requireNonNull(village.parentId()), member, name, null, "test",
				false);
		this.members.insertStatus(id, MemberStatus.ACTIVE, REGISTERED, null, null, null, Posting.NONE, "test");
		return this.members.get(scope, id, false);
	}

	/** Members of the officer's commune whose names tie on B and D, in list order. */
	private List<MemberView> tiedMembers(String marker) {
		List<MemberView> created = new ArrayList<>();
		for (String suffix : new String[] { "D", "B", "A", "B", "C", "D", "B", "B" }) {
			created.add(member("officer", "Trùng Tên " + marker + " " + suffix));
		}
		created.sort(Comparator.comparing(MemberView::fullName).thenComparing(MemberView::id));
		return created;
	}

	private static List<Long> ids(List<MemberView> members) {
		return members.stream().map(MemberView::id).toList();
	}

	@ParameterizedTest
	@ValueSource(ints = { MemberService.SMALL_SCOPE, 0 })
	void pagesForwardThroughTiedNamesWithEveryMemberOnceInOrder(int smallScope) {
		String marker = marker();
		List<MemberView> expected = tiedMembers(marker);
		MemberFilter filter = new MemberFilter(marker, null, null);
		UnitScope officer = scope("officer", Dates.today());

		List<MemberView> read = new ArrayList<>();
		SeekPage<MemberView> page = this.members.list(officer, filter, SeekRequest.first(3), false, smallScope);
		read.addAll(page.items());
		int pages = 1;
		while (page.next() != null) {
			page = this.members.list(officer, filter, SeekRequest.of(null, "3", page.next(), null), false, smallScope);
			read.addAll(page.items());
			pages++;
		}

		assertThat(ids(read)).containsExactlyElementsOf(ids(expected));
		assertThat(pages).isEqualTo(3);
		assertThat(page.total()).isEqualTo(8);
		assertThat(page.totalExact()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(ints = { MemberService.SMALL_SCOPE, 0 })
	void pagesBackwardFromTheLastPageWithEveryMemberOnceInOrder(int smallScope) {
		String marker = marker();
		List<MemberView> expected = tiedMembers(marker);
		MemberFilter filter = new MemberFilter(marker, null, null);
		UnitScope officer = scope("officer", Dates.today());
		Cursor afterLast = new Cursor(expected.get(expected.size() - 1).fullName(),
				expected.get(expected.size() - 1).id() + 1);

		List<MemberView> read = new ArrayList<>();
		SeekPage<MemberView> page = this.members.list(officer, filter,
				SeekRequest.of(null, "3", null, afterLast.token()), false, smallScope);
		read.addAll(0, page.items());
		while (page.previous() != null) {
			page = this.members.list(officer, filter, SeekRequest.of(null, "3", null, page.previous()), false,
					smallScope);
			read.addAll(0, page.items());
		}

		assertThat(ids(read)).containsExactlyElementsOf(ids(expected));
		assertThat(page.items()).hasSize(2);
		assertThat(page.next()).isNotNull();
	}

	@Test
	void theApiHandsOutNextAndPreviousPositionsThatLeadBackToTheSamePage() throws Exception {
		String marker = marker();
		List<MemberView> expected = tiedMembers(marker);

		String first = this.mvc
			.perform(get("/api/v1/members").param("q", marker).param("size", "3").with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = this.mvc
			.perform(get("/api/v1/members").param("q", marker)
				.param("size", "3")
				.param("after", JsonPath.<String>read(first, "$.next"))
				.with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String back = this.mvc
			.perform(get("/api/v1/members").param("q", marker)
				.param("size", "3")
				.param("before", JsonPath.<String>read(second, "$.previous"))
				.with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(JsonPath.<List<Integer>>read(second, "$.items[*].id"))
			.containsExactlyElementsOf(ids(expected.subList(3, 6)).stream().map(Long::intValue).toList());
		assertThat(JsonPath.<List<Integer>>read(back, "$.items[*].id"))
			.isEqualTo(JsonPath.<List<Integer>>read(first, "$.items[*].id"));
		assertThat(JsonPath.<Object>read(back, "$.previous")).isNull();
		assertThat(JsonPath.<Integer>read(first, "$.total")).isEqualTo(8);
	}

	@ParameterizedTest
	@ValueSource(ints = { MemberService.SMALL_SCOPE, 0 })
	void aCraftedPositionNeverLeadsToAnotherCommunesMembers(int smallScope) {
		String marker = marker();
		List<MemberView> own = tiedMembers(marker);
		MemberView other = member("officer2", "Trùng Tên " + marker + " C");
		MemberFilter filter = new MemberFilter(marker, null, null);
		UnitScope officer = scope("officer", Dates.today());
		Cursor atOther = new Cursor(other.fullName(), other.id());

		List<MemberView> after = this.members.list(officer, filter, SeekRequest.after(atOther, 50), false, smallScope)
			.items();
		List<MemberView> before = this.members
			.list(officer, filter, SeekRequest.of(null, "50", null, atOther.token()), false, smallScope)
			.items();
		List<MemberView> fromStart = this.members
			.list(officer, filter, SeekRequest.after(new Cursor("", 0), 50), false, smallScope)
			.items();

		long commune = own.get(0).communeId();
		assertThat(other.communeId()).isNotEqualTo(commune);
		assertThat(after).isNotEmpty().allSatisfy((m) -> assertThat(m.communeId()).isEqualTo(commune));
		assertThat(before).isNotEmpty().allSatisfy((m) -> assertThat(m.communeId()).isEqualTo(commune));
		assertThat(ids(after)).doesNotContain(other.id());
		assertThat(ids(before)).doesNotContain(other.id());
		assertThat(ids(fromStart)).containsExactlyElementsOf(ids(own));
	}

	@ParameterizedTest
	@ValueSource(ints = { MemberService.SMALL_SCOPE, 0 })
	void showsAndFiltersTheStatusOnTheScopesDateAlsoBeforeAChangeRecordedAhead(int smallScope) {
		String marker = marker();
		MemberView member = member("officer", "Tạm Dừng " + marker);
		LocalDate suspended = Dates.today().plusDays(30);
		this.members.insertStatus(member.id(), MemberStatus.SUSPENDED, suspended, null, null, null, Posting.NONE,
				"test");

		UnitScope today = scope("officer", Dates.today());
		UnitScope later = scope("officer", LocalDate.of(2100, 1, 1));
		List<MemberView> activeToday = this.members
			.list(today, new MemberFilter(marker, MemberStatus.ACTIVE, null), SeekRequest.first(10), false, smallScope)
			.items();
		List<MemberView> suspendedToday = this.members
			.list(today, new MemberFilter(marker, MemberStatus.SUSPENDED, null), SeekRequest.first(10), false,
					smallScope)
			.items();
		List<MemberView> suspendedLater = this.members
			.list(later, new MemberFilter(marker, MemberStatus.SUSPENDED, null), SeekRequest.first(10), false,
					smallScope)
			.items();
		List<MemberView> activeLater = this.members
			.list(later, new MemberFilter(marker, MemberStatus.ACTIVE, null), SeekRequest.first(10), false, smallScope)
			.items();

		assertThat(activeToday).singleElement().satisfies((m) -> {
			assertThat(m.status()).isEqualTo(MemberStatus.ACTIVE);
			assertThat(m.statusSince()).isEqualTo(REGISTERED);
		});
		assertThat(suspendedToday).isEmpty();
		assertThat(suspendedLater).singleElement().satisfies((m) -> {
			assertThat(m.status()).isEqualTo(MemberStatus.SUSPENDED);
			assertThat(m.statusSince()).isEqualTo(suspended);
		});
		assertThat(activeLater).isEmpty();
	}

	@Test
	void keepsTheLatestStatusOnTheMemberWithEveryStatusRow() {
		MemberView member = member("officer", "Trạng Thái " + marker());
		this.members.insertStatus(member.id(), MemberStatus.SUSPENDED, REGISTERED.plusDays(10), null, null, null,
				Posting.NONE, "test");
		// recorded later but dated earlier: the row dated last stays the latest
		this.members.insertStatus(member.id(), MemberStatus.ACTIVE, REGISTERED.plusDays(5), null, null, null,
				Posting.NONE, "test");

		var kept = this.jdbc.sql("select status, status_since from per_member where id = :id")
			.param("id", member.id())
			.query((rs, n) -> List.of(rs.getString(1), rs.getDate(2).toLocalDate()))
			.single();

		assertThat(kept).containsExactly("SUSPENDED", REGISTERED.plusDays(10));
	}

	@Test
	void countsNoFurtherThanTenThousandAndSaysMoreThanThat() throws Exception {
		String marker = marker();
		long commune = vn.grassroots.organisation.OrganisationFixtures.communeWithoutAccounts(this.jdbc);
		String name = "Hàng Loạt " + marker;
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i <= SeekPage.COUNT_LIMIT; i++) {
			rows.add(new Object[] { commune, name + " " + i, TextFolding.fold(name + " " + i),
					java.sql.Date.valueOf(LocalDate.of(1990, 1, 1)), "MALE", citizenId(), "LOWER_SECONDARY", "test",
					now });
		}
		this.template.batchUpdate("insert into per_member (commune_id, full_name, search_name, birth_date, sex,"
				+ " citizen_id, education, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		try {
			String html = this.mvc
				.perform(get("/personnel/members").param("q", marker)
					.param("lang", "en")
					.with(user(this.accounts.loadUserByUsername("admin"))))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String json = this.mvc.perform(get("/api/v1/members").param("q", marker).with(httpBasic("admin", "demo")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();

			assertThat(html).contains("More than 10,000").contains("rel=\"next\"").contains("after=");
			assertThat(JsonPath.<Integer>read(json, "$.total")).isEqualTo(SeekPage.COUNT_LIMIT);
			assertThat(JsonPath.<Boolean>read(json, "$.totalExact")).isFalse();
			assertThat(JsonPath.<String>read(json, "$.next")).isNotBlank();
		}
		finally {
			this.jdbc.sql("delete from per_member where commune_id = :c and search_name like :q")
				.param("c", commune)
				.param("q", "%" + marker.toLowerCase(java.util.Locale.ROOT) + "%")
				.update();
		}
	}

}

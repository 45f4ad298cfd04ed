package vn.grassroots.shared;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Keyset paging: cursors travel as opaque tokens, pages know whether another page follows
 * in either direction, and totals stop at the count limit.
 */
class SeekPageTests {

	private static final List<Integer> TEN = IntStream.rangeClosed(1, 10).boxed().toList();

	private static Cursor cursor(int n) {
		return new Cursor("Nguyễn Văn ~" + n, n);
	}

	@Test
	void aCursorTokenReadsBackToTheSameKeyAndId() {
		Cursor cursor = new Cursor("Đặng Thị Ánh ~ 2026-11-25T10:15", 4242L);

		Cursor read = Cursor.parse("after", cursor.token());

		assertThat(cursor.token()).matches("[A-Za-z0-9_-]+");
		assertThat(read).isEqualTo(cursor);
	}

	@Test
	void refusesATokenThatIsNotACursorNamingTheField() {
		assertThatExceptionOfType(GrassrootsException.class).isThrownBy(() -> Cursor.parse("before", "not a cursor!"))
			.satisfies((ex) -> assertThat(ex.fieldProblems()).singleElement()
				.satisfies((p) -> assertThat(p.field()).isEqualTo("before")));
		assertThatExceptionOfType(GrassrootsException.class)
			.isThrownBy(() -> Cursor.parse("after", java.util.Base64.getUrlEncoder().encodeToString("x~y".getBytes())));
	}

	@Test
	void refusesBothCursorsAtOnceAndAPageNumberWithACursor() {
		String token = cursor(1).token();

		assertThatExceptionOfType(GrassrootsException.class).isThrownBy(() -> SeekRequest.of(null, "5", token, token))
			.satisfies((ex) -> assertThat(ex.fieldProblems().get(0).field()).isEqualTo("before"));
		assertThatExceptionOfType(GrassrootsException.class).isThrownBy(() -> SeekRequest.of("2", "5", token, null))
			.satisfies((ex) -> assertThat(ex.fieldProblems().get(0).field()).isEqualTo("page"));
	}

	@Test
	void readsPageNumbersOnlyWithinTheCountedRows() {
		SeekRequest last = SeekRequest.of("200", "50", null, null);

		assertThat(last.offset()).isEqualTo(10_000);
		assertThatExceptionOfType(GrassrootsException.class).isThrownBy(() -> SeekRequest.of("201", "50", null, null));
	}

	@Test
	void theFirstPageHasANextButNoPrevious() {
		SeekPage<Integer> page = SeekPage.of(SeekRequest.first(3), TEN.subList(0, 4), 10, SeekPageTests::cursor);

		assertThat(page.items()).containsExactly(1, 2, 3);
		assertThat(page.next()).isEqualTo(cursor(3).token());
		assertThat(page.previous()).isNull();
		assertThat(page.total()).isEqualTo(10);
		assertThat(page.totalExact()).isTrue();
	}

	@Test
	void theLastPageReadForwardHasAPreviousButNoNext() {
		// rows after 7: only 8, 9 and 10 are left
		SeekPage<Integer> page = SeekPage.of(SeekRequest.after(cursor(7), 3), TEN.subList(7, 10), 10,
				SeekPageTests::cursor);

		assertThat(page.items()).containsExactly(8, 9, 10);
		assertThat(page.next()).isNull();
		assertThat(page.previous()).isEqualTo(cursor(8).token());
	}

	@Test
	void aPageReadBackwardsIsTurnedAroundAndKnowsWhetherMoreComeBefore() {
		SeekRequest before = SeekRequest.of(null, "3", null, cursor(7).token());
		// rows before 7, read newest first: 6, 5, 4 and one more (3)
		SeekPage<Integer> middle = SeekPage.of(before, List.of(6, 5, 4, 3), 10, SeekPageTests::cursor);
		SeekPage<Integer> first = SeekPage.of(before, List.of(3, 2, 1), 10, SeekPageTests::cursor);

		assertThat(middle.items()).containsExactly(4, 5, 6);
		assertThat(middle.previous()).isEqualTo(cursor(4).token());
		assertThat(middle.next()).isEqualTo(cursor(6).token());
		assertThat(first.items()).containsExactly(1, 2, 3);
		assertThat(first.previous()).isNull();
		assertThat(first.next()).isEqualTo(cursor(3).token());
	}

	@Test
	void aTotalPastTheLimitIsTheLimitAndNotExact() {
		SeekPage<Integer> page = SeekPage.of(SeekRequest.first(3), TEN.subList(0, 4), SeekPage.COUNT_LIMIT + 1,
				SeekPageTests::cursor);

		assertThat(page.total()).isEqualTo(SeekPage.COUNT_LIMIT);
		assertThat(page.totalExact()).isFalse();
	}

}

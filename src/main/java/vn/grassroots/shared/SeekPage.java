package vn.grassroots.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One page of a list read by keyset paging, with a bounded total: the shape of the member
 * and incident lists in the API, {@code {"items": [...], "total": N, "totalExact": true,
 * "next": "...", "previous": "..."}}. Counting stops after {@link #COUNT_LIMIT} rows:
 * beyond that {@code total} is the limit and {@code totalExact} is false ("more than
 * 10,000"), so that a national list never counts the whole country.
 *
 * @param <T> item type
 * @param items the items of the page, in list order
 * @param total the number of rows over all pages, at most {@link #COUNT_LIMIT}
 * @param totalExact false when there are more rows than {@code total}
 * @param next token of the page after this one ({@code after=}), null on the last page
 * @param previous token of the page before this one ({@code before=}), null on the first
 */
public record SeekPage<T>(List<T> items, long total, boolean totalExact, @Nullable String next,
		@Nullable String previous) {

	/** Most rows a list counts. */
	public static final int COUNT_LIMIT = 10_000;

	public SeekPage {
		items = List.copyOf(items);
	}

	/**
	 * Builds the page from the rows read for the request: up to {@code request.fetch()}
	 * rows in reading order (backwards for {@code before}), and the rows counted with a
	 * limit of {@code COUNT_LIMIT + 1}.
	 */
	public static <T> SeekPage<T> of(SeekRequest request, List<T> fetched, long counted, Function<T, Cursor> cursor) {
		boolean more = fetched.size() > request.size();
		List<T> items = new ArrayList<>(more ? fetched.subList(0, request.size()) : fetched);
		String next;
		String previous;
		if (request.backward()) {
			Collections.reverse(items);
			previous = (more && !items.isEmpty()) ? cursor.apply(items.get(0)).token() : null;
			next = items.isEmpty() ? null : cursor.apply(items.get(items.size() - 1)).token();
		}
		else {
			next = (more && !items.isEmpty()) ? cursor.apply(items.get(items.size() - 1)).token() : null;
			boolean started = request.after() != null || request.offset() > 0;
			previous = (started && !items.isEmpty()) ? cursor.apply(items.get(0)).token() : null;
		}
		return new SeekPage<>(items, Math.min(counted, COUNT_LIMIT), counted <= COUNT_LIMIT, next, previous);
	}

	/** The same page with each item mapped. */
	public <R> SeekPage<R> map(Function<T, R> mapper) {
		return new SeekPage<>(this.items.stream().map(mapper).toList(), this.total, this.totalExact, this.next,
				this.previous);
	}

}

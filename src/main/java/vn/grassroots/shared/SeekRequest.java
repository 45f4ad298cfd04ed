package vn.grassroots.shared;

import org.jspecify.annotations.Nullable;

/**
 * A request for one page of a list read by keyset ("seek") paging: the rows after (or
 * before) a {@link Cursor}, so that a page costs the same at the end of a national list
 * as at its start. The zero-based {@code page} number of older clients is still read as
 * an offset from the start, but only within the first {@link SeekPage#COUNT_LIMIT} rows.
 *
 * @param size page size, 1 to {@link PageRequest#MAX_SIZE}
 * @param after the page starts after this position, or null
 * @param before the page ends before this position, or null (never both)
 * @param offset rows to skip from the start (only without a cursor)
 */
public record SeekRequest(int size, @Nullable Cursor after, @Nullable Cursor before, long offset) {

	/**
	 * Parses raw parameters; throws a 400 {@link GrassrootsException} naming the field
	 * when {@code page} or {@code size} are not numbers or out of range, a cursor is not
	 * one, both cursors are given, or a page number comes with a cursor.
	 */
	public static SeekRequest of(@Nullable String page, @Nullable String size, @Nullable String after,
			@Nullable String before) {
		PageRequest paging = PageRequest.of(page, size);
		Cursor from = Cursor.parse("after", after);
		Cursor to = Cursor.parse("before", before);
		if (from != null && to != null) {
			throw GrassrootsException.badField("before", before, "validation.cursor-both");
		}
		if ((from != null || to != null) && paging.page() > 0) {
			throw GrassrootsException.badField("page", page, "validation.cursor-page");
		}
		int lastPage = SeekPage.COUNT_LIMIT / paging.size();
		if (paging.page() > lastPage) {
			throw GrassrootsException.badField("page", page, "validation.range", 0, lastPage);
		}
		return new SeekRequest(paging.size(), from, to, paging.offset());
	}

	/** The first page of the given size. */
	public static SeekRequest first(int size) {
		return new SeekRequest(size, null, null, 0);
	}

	/** The page after the given position. */
	public static SeekRequest after(Cursor cursor, int size) {
		return new SeekRequest(size, cursor, null, 0);
	}

	/** Whether the page is read backwards from {@link #before}. */
	public boolean backward() {
		return this.before != null;
	}

	/** The position the page starts from (after or before), or null for the start. */
	public @Nullable Cursor position() {
		return (this.before != null) ? this.before : this.after;
	}

	/** Rows to read: one more than the page, to know whether another page follows. */
	public int fetch() {
		return this.size + 1;
	}

}

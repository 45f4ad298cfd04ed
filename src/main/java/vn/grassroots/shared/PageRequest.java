package vn.grassroots.shared;

import org.jspecify.annotations.Nullable;

/**
 * A validated page request: {@code page} from 0, {@code size} from 1 to
 * {@link #MAX_SIZE}.
 *
 * @param page zero-based page number
 * @param size page size
 */
public record PageRequest(int page, int size) {

	/** Largest page size a caller may ask for. */
	public static final int MAX_SIZE = 200;

	/** Page size when none is given. */
	public static final int DEFAULT_SIZE = 50;

	/**
	 * Parses raw parameters; throws a 400 {@link GrassrootsException} naming {@code page}
	 * or {@code size} when they are not numbers or out of range.
	 */
	public static PageRequest of(@Nullable String page, @Nullable String size) {
		int p = parse("page", page, 0);
		int s = parse("size", size, DEFAULT_SIZE);
		if (p < 0) {
			throw GrassrootsException.badField("page", page, "validation.min", 0);
		}
		if (s < 1 || s > MAX_SIZE) {
			throw GrassrootsException.badField("size", size, "validation.range", 1, MAX_SIZE);
		}
		return new PageRequest(p, s);
	}

	private static int parse(String field, @Nullable String raw, int fallback) {
		if (raw == null || raw.isBlank()) {
			return fallback;
		}
		try {
			return Integer.parseInt(raw.trim());
		}
		catch (NumberFormatException ex) {
			throw GrassrootsException.badField(field, raw, "validation.integer");
		}
	}

	public long offset() {
		return (long) this.page * this.size;
	}

}

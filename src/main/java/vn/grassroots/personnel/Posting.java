package vn.grassroots.personnel;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Where and when a decision or plan was posted publicly (niêm yết công khai).
 *
 * @param place where, e.g. "Trụ sở UBND xã, nhà văn hóa thôn"
 * @param on first day posted
 */
public record Posting(@Nullable String place, @Nullable LocalDate on) {

	/** Nothing posted yet. */
	public static final Posting NONE = new Posting(null, null);

}

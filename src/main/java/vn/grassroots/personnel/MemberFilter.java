package vn.grassroots.personnel;

import org.jspecify.annotations.Nullable;

/**
 * Filter of member lists.
 *
 * @param query accent-insensitive part of the name, optional
 * @param status status on the scope's date, optional
 * @param teamId team on the scope's date, optional
 */
public record MemberFilter(@Nullable String query, @Nullable MemberStatus status, @Nullable Long teamId) {

	/** No filter. */
	public static final MemberFilter ALL = new MemberFilter(null, null, null);

}

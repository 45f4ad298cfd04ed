package vn.grassroots.welfare;

import org.jspecify.annotations.Nullable;

/**
 * What the latest re-run changed for a member.
 *
 * @param memberId member
 * @param fullName name
 * @param oldTotal total before (null: not paid before)
 * @param newTotal total now (null: no longer paid)
 */
public record RunChange(long memberId, String fullName, @Nullable Long oldTotal, @Nullable Long newTotal) {
}

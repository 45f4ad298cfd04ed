package vn.grassroots.organisation;

import org.jspecify.annotations.Nullable;

/**
 * Filters of a unit list.
 *
 * @param type only units of this type
 * @param parentId only children of this unit
 * @param query accent-insensitive text matched against names and codes
 */
public record UnitFilter(@Nullable UnitType type, @Nullable Long parentId, @Nullable String query) {

	/** No filter. */
	public static UnitFilter none() {
		return new UnitFilter(null, null, null);
	}

}

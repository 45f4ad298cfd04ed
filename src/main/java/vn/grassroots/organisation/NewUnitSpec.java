package vn.grassroots.organisation;

import org.jspecify.annotations.Nullable;

/**
 * A unit to create by a reorganisation.
 *
 * @param type type
 * @param parentId parent unit (valid on the effective date)
 * @param code code, may be null
 * @param name short name
 * @param fullName full name with the unit kind
 * @param kind administrative kind, may be null
 */
public record NewUnitSpec(UnitType type, long parentId, @Nullable String code, String name, String fullName,
		@Nullable String kind) {
}

package vn.grassroots.organisation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A unit as it stood on a date.
 *
 * @param id internal id
 * @param type level in the tree
 * @param kind administrative kind (WARD, COMMUNE, SPECIAL_ZONE, PROVINCE, CITY, ...), if
 * known
 * @param code statistics code (or generated code for villages, teams and demo units)
 * @param name short name, e.g. "Ba Đình"
 * @param fullName name with the unit kind, e.g. "Phường Ba Đình"
 * @param nameEn English short name, if known
 * @param fullNameEn English full name, if known
 * @param parentId parent unit id, null for the ministry
 * @param parentCode parent's code
 * @param parentName parent's full name
 * @param path materialised path valid for the period
 * @param depth depth in the tree (ministry 0)
 * @param communeLevel whether the unit acts at commune level (communes and island
 * districts)
 * @param demo whether the unit belongs to the demo territory
 * @param validFrom first day the unit exists (null: before the records begin)
 * @param validTo first day the unit no longer exists (null: still exists)
 * @param periodFrom first day of the period shown (same parent, code and names)
 * @param periodTo first day after the period shown
 */
public record UnitView(long id, UnitType type, @Nullable String kind, @Nullable String code, String name,
		String fullName, @Nullable String nameEn, @Nullable String fullNameEn, @Nullable Long parentId,
		@Nullable String parentCode, @Nullable String parentName, String path, int depth, boolean communeLevel,
		boolean demo, @Nullable LocalDate validFrom, @Nullable LocalDate validTo, @Nullable LocalDate periodFrom,
		@Nullable LocalDate periodTo) {

	/** Whether the unit exists on the date. */
	public boolean validOn(LocalDate date) {
		return (this.validFrom == null || !this.validFrom.isAfter(date))
				&& (this.validTo == null || this.validTo.isAfter(date));
	}

}

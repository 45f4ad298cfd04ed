package vn.grassroots.organisation.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.grassroots.organisation.UnitType;
import vn.grassroots.shared.TextFolding;

/**
 * A period of a unit's placement and names.
 *
 * @param unitId unit
 * @param type the unit's type
 * @param parentId parent during the period
 * @param path materialised path during the period
 * @param code code
 * @param name short name
 * @param fullName full name
 * @param nameEn English short name
 * @param fullNameEn English full name
 * @param validFrom first day, or null
 * @param validTo first day after, or null
 */
public record NewPeriod(long unitId, UnitType type, @Nullable Long parentId, String path, @Nullable String code,
		String name, String fullName, @Nullable String nameEn, @Nullable String fullNameEn,
		@Nullable LocalDate validFrom, @Nullable LocalDate validTo) {

	/** Depth of the path: the ministry "/1/" is 0. */
	public int depth() {
		int slashes = 0;
		for (int i = 0; i < this.path.length(); i++) {
			if (this.path.charAt(i) == '/') {
				slashes++;
			}
		}
		return slashes - 2;
	}

	/** The folded text searched by accent-insensitive queries. */
	public String searchText() {
		StringBuilder text = new StringBuilder(TextFolding.fold(this.fullName));
		if (!this.fullName.contains(this.name)) {
			text.append(' ').append(TextFolding.fold(this.name));
		}
		if (this.code != null) {
			text.append(' ').append(this.code.toLowerCase(java.util.Locale.ROOT));
		}
		if (this.fullNameEn != null) {
			text.append(' ').append(TextFolding.fold(this.fullNameEn));
		}
		return text.length() > 800 ? text.substring(0, 800) : text.toString();
	}

}

package vn.grassroots.organisation;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Levels of the organisation tree, with the parent levels each may hang under. */
public enum UnitType {

	/** Ministry of Public Security: the root. */
	MINISTRY,
	/** Provincial police. */
	PROVINCE,
	/** District police: history before 2025-07-01 only. */
	DISTRICT,
	/** Commune police, with the commune, ward or special zone it serves. */
	COMMUNE,
	/** Village or residential group. */
	VILLAGE,
	/** Security and order protection team. */
	TEAM;

	/** Parent types this type may have. */
	public Set<UnitType> allowedParents() {
		return switch (this) {
			case MINISTRY -> Set.of();
			case PROVINCE -> Set.of(MINISTRY);
			case DISTRICT -> Set.of(PROVINCE);
			case COMMUNE -> Set.of(PROVINCE, DISTRICT);
			case VILLAGE -> Set.of(COMMUNE, DISTRICT);
			case TEAM -> Set.of(VILLAGE, COMMUNE);
		};
	}

	/**
	 * Parses an API code such as {@code COMMUNE}, case-insensitively; null when unknown.
	 */
	public static @Nullable UnitType parse(String code) {
		try {
			return valueOf(code.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}

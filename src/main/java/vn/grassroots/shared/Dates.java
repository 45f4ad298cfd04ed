package vn.grassroots.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/** Parsing of date parameters with errors that name the field. */
public final class Dates {

	/** The time zone of Vietnam, in which "today" is reckoned. */
	public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

	/** Session attribute in which pages remember the as-of date the user picked. */
	public static final String SESSION_AS_OF = "grassroots.asOf";

	private Dates() {
	}

	/** Today in Vietnam. */
	public static LocalDate today() {
		return LocalDate.now(ZONE);
	}

	/**
	 * Parses an ISO date ({@code yyyy-MM-dd}); blank gives {@code fallback}. Throws a 400
	 * {@link GrassrootsException} naming the field when the value is not a date.
	 */
	public static LocalDate parse(String field, @Nullable String raw, LocalDate fallback) {
		if (raw == null || raw.isBlank()) {
			return fallback;
		}
		try {
			return LocalDate.parse(raw.trim());
		}
		catch (DateTimeParseException ex) {
			throw GrassrootsException.badField(field, raw, "validation.date");
		}
	}

}

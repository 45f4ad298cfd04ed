package vn.grassroots.patrols.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import vn.grassroots.patrols.PatrolLogFilter;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.GrassrootsException;

/** Parsing of request parameters into 400 problems naming the parameter. */
final class Params {

	private Params() {
	}

	static @Nullable Long id(String name, @Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(raw.trim());
		}
		catch (NumberFormatException ex) {
			throw GrassrootsException.badField(name, raw, "validation.type");
		}
	}

	static @Nullable Long idOrNull(@Nullable String raw) {
		try {
			return (raw == null || raw.isBlank()) ? null : Long.valueOf(raw.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static YearMonth month(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return YearMonth.from(Dates.today());
		}
		try {
			return YearMonth.parse(raw.trim());
		}
		catch (DateTimeParseException ex) {
			throw GrassrootsException.badField("month", raw, "patrols.validation.month");
		}
	}

	static <E extends Enum<E>> E enumOf(Class<E> type, String name, @Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			throw GrassrootsException.badField(name, raw, "validation.required");
		}
		try {
			return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw GrassrootsException.badField(name, raw, "validation.one-of",
					java.util.Arrays.toString(type.getEnumConstants()));
		}
	}

	static PatrolLogFilter filter(@Nullable String unitId, @Nullable String from, @Nullable String to,
			@Nullable String night) {
		LocalDate f = (from == null || from.isBlank()) ? null : Dates.parse("from", from, Dates.today());
		LocalDate t = (to == null || to.isBlank()) ? null : Dates.parse("to", to, Dates.today());
		Boolean n = null;
		if (night != null && !night.isBlank()) {
			if (!"true".equalsIgnoreCase(night) && !"false".equalsIgnoreCase(night)) {
				throw GrassrootsException.badField("night", night, "validation.type");
			}
			n = Boolean.valueOf(night.trim().toLowerCase(Locale.ROOT));
		}
		return new PatrolLogFilter(id("unitId", unitId), f, t, n);
	}

}

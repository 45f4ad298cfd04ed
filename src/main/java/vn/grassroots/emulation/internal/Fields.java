package vn.grassroots.emulation.internal;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import vn.grassroots.shared.Dates;
import vn.grassroots.shared.GrassrootsException;

/**
 * Checks of raw request values: each failure is a 400 naming the field, value and reason.
 */
public final class Fields {

	private Fields() {
	}

	/** Trimmed text, required, at most {@code max} characters. */
	public static String text(String field, @Nullable String raw, int max) {
		String value = (raw != null) ? raw.trim() : "";
		if (value.isEmpty()) {
			throw GrassrootsException.badField(field, raw, "validation.required");
		}
		if (value.length() > max) {
			throw GrassrootsException.badField(field, raw, "validation.max-length", max);
		}
		return value;
	}

	/** Trimmed text or null when blank, at most {@code max} characters. */
	public static @Nullable String optionalText(String field, @Nullable String raw, int max) {
		return (raw == null || raw.isBlank()) ? null : text(field, raw, max);
	}

	/** A required ISO date. */
	public static LocalDate day(String field, @Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			throw GrassrootsException.badField(field, raw, "validation.required");
		}
		return Dates.parse(field, raw, Dates.today());
	}

	/** A required number within {@code [min, max]}. */
	public static int number(String field, @Nullable Integer raw, int min, int max) {
		if (raw == null) {
			throw GrassrootsException.badField(field, null, "validation.required");
		}
		if (raw < min || raw > max) {
			throw GrassrootsException.badField(field, raw, "validation.range", min, max);
		}
		return raw;
	}

	/** A required id. */
	public static long id(String field, @Nullable Long raw) {
		if (raw == null) {
			throw GrassrootsException.badField(field, null, "validation.required");
		}
		return raw;
	}

	/** A constant of the enum, case-insensitive. */
	public static <E extends Enum<E>> E choice(String field, @Nullable String raw, Class<E> type) {
		String name = (raw != null) ? raw.trim().toUpperCase(Locale.ROOT) : "";
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		throw GrassrootsException.badField(field, raw, "validation.one-of",
				java.util.Arrays.toString(type.getEnumConstants()));
	}

	/** Runs an insert and answers the generated id. */
	public static long insert(JdbcClient.StatementSpec statement) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		statement.update(keys, "id");
		Number id = keys.getKey();
		if (id == null) {
			throw new IllegalStateException("insert returned no id");
		}
		return id.longValue();
	}

}

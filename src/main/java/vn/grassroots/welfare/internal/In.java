package vn.grassroots.welfare.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import vn.grassroots.shared.GrassrootsException;

/** Checks of raw input that fail with a 400 naming the field, and small SQL helpers. */
public final class In {

	private In() {
	}

	public static String required(String field, @Nullable String raw, int maxLength) {
		if (raw == null || raw.isBlank()) {
			throw GrassrootsException.badField(field, raw, "validation.required");
		}
		String value = raw.trim();
		if (value.length() > maxLength) {
			throw GrassrootsException.badField(field, raw, "validation.max-length", maxLength);
		}
		return value;
	}

	public static @Nullable String optional(String field, @Nullable String raw, int maxLength) {
		return (raw == null || raw.isBlank()) ? null : required(field, raw, maxLength);
	}

	public static <E extends Enum<E>> E enumValue(String field, @Nullable String raw, Class<E> type) {
		if (raw == null || raw.isBlank()) {
			throw GrassrootsException.badField(field, raw, "validation.required");
		}
		try {
			return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw GrassrootsException.badField(field, raw, "validation.one-of",
					String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
		}
	}

	@SuppressWarnings("NullAway")
	public static LocalDate date(String field, @Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			throw GrassrootsException.badField(field, raw, "validation.required");
		}
		try {
			return LocalDate.parse(raw.trim());
		}
		catch (DateTimeParseException ex) {
			throw GrassrootsException.badField(field, raw, "validation.date");
		}
	}

	/** A month written yyyy-MM; answers its first day. */
	public static LocalDate month(String field, @Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			throw GrassrootsException.badField(field, raw, "validation.required");
		}
		try {
			return YearMonth.parse(raw.trim()).atDay(1);
		}
		catch (DateTimeParseException ex) {
			throw GrassrootsException.badField(field, raw, "welfare.validation.month");
		}
	}

	public static long nonNegative(String field, @Nullable Long value) {
		if (value == null) {
			throw GrassrootsException.badField(field, null, "validation.required");
		}
		if (value < 0) {
			throw GrassrootsException.badField(field, value, "validation.min", 0);
		}
		return value;
	}

	public static int range(String field, @Nullable Integer value, int min, int max) {
		if (value == null) {
			throw GrassrootsException.badField(field, null, "validation.required");
		}
		if (value < min || value > max) {
			throw GrassrootsException.badField(field, value, "validation.range", min, max);
		}
		return value;
	}

	public static boolean flag(@Nullable Boolean value) {
		return value != null && value;
	}

	public static long insert(JdbcClient.StatementSpec insert) {
		KeyHolder keys = new GeneratedKeyHolder();
		insert.update(keys, "id");
		Number key = keys.getKey();
		if (key == null) {
			throw new IllegalStateException("No generated id");
		}
		return key.longValue();
	}

}

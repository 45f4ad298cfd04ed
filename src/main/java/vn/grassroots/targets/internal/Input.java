package vn.grassroots.targets.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

import vn.grassroots.shared.GrassrootsException;

/** Checks of raw input that fail with a 400 naming the field. */
public final class Input {

	private Input() {
	}

	public static String required(String field, @Nullable String raw, int maxLength) {
		if (raw == null || raw.isBlank()) {
			throw GrassrootsException.badField(field, raw, "validation.required");
		}
		String value = raw.trim();
		if (value.length() > maxLength) {
			throw GrassrootsException.badField(field, raw, "targets.validation.too-long", maxLength);
		}
		return value;
	}

	public static @Nullable String optional(String field, @Nullable String raw, int maxLength) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		return required(field, raw, maxLength);
	}

	public static <E extends Enum<E>> E enumValue(String field, @Nullable String raw, Class<E> type) {
		if (raw == null || raw.isBlank()) {
			throw GrassrootsException.badField(field, raw, "validation.required");
		}
		try {
			return Enum.valueOf(type, raw.trim().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw GrassrootsException.badField(field, raw, "validation.one-of",
					String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
		}
	}

	public static LocalDate date(String field, @Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			throw GrassrootsException.badField(field, raw, "validation.required");
		}
		return optionalDate(field, raw);
	}

	@SuppressWarnings("NullAway")
	public static @Nullable LocalDate optionalDate(String field, @Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(raw.trim());
		}
		catch (DateTimeParseException ex) {
			throw GrassrootsException.badField(field, raw, "validation.date");
		}
	}

	public static BigDecimal number(String field, @Nullable BigDecimal value) {
		if (value == null) {
			throw GrassrootsException.badField(field, null, "validation.required");
		}
		return value;
	}

	public static BigDecimal nonNegative(String field, @Nullable BigDecimal value) {
		BigDecimal v = number(field, value);
		if (v.signum() < 0) {
			throw GrassrootsException.badField(field, value, "validation.min", 0);
		}
		return v;
	}

}

package vn.grassroots.personnel.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import vn.grassroots.personnel.Decision;
import vn.grassroots.personnel.Posting;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.GrassrootsException;

/** Parsing of request values with 400 problems naming the field. */
final class Requests {

	private Requests() {
	}

	static LocalDate date(String field, @Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			throw GrassrootsException.badField(field, raw, "validation.required");
		}
		return Dates.parse(field, raw, Dates.today());
	}

	@SuppressWarnings("NullAway")
	static LocalDate optionalDate(String field, @Nullable String raw, @Nullable LocalDate fallback) {
		if (raw == null || raw.isBlank()) {
			return fallback;
		}
		return Dates.parse(field, raw, Dates.today());
	}

	static <T> T required(String field, @Nullable T value) {
		if (value == null) {
			throw GrassrootsException.badField(field, null, "validation.required");
		}
		return value;
	}

	static <E extends Enum<E>> E enumOf(Class<E> type, String field, @Nullable String value) {
		E parsed = optionalEnum(type, field, value);
		if (parsed == null) {
			throw GrassrootsException.badField(field, value, "validation.required");
		}
		return parsed;
	}

	static <E extends Enum<E>> @Nullable E optionalEnum(Class<E> type, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw GrassrootsException.badField(field, value, "validation.one-of",
					Arrays.toString(type.getEnumConstants()));
		}
	}

	static Decision decision(PersonnelApiController.@Nullable DecisionRequest body) {
		if (body == null) {
			throw GrassrootsException.badField("decision", null, "validation.required");
		}
		return new Decision((body.number() != null) ? body.number() : "", date("decision.date", body.date()),
				(body.signer() != null) ? body.signer() : "");
	}

	static Posting posting(PersonnelApiController.@Nullable PostingRequest body) {
		if (body == null) {
			return Posting.NONE;
		}
		return new Posting(body.place(), optionalDate("posting.on", body.on(), null));
	}

	static int year(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return Dates.today().getYear();
		}
		try {
			int year = Integer.parseInt(raw.trim());
			if (year < 1900 || year > 2200) {
				throw GrassrootsException.badField("year", raw, "validation.range", 1900, 2200);
			}
			return year;
		}
		catch (NumberFormatException ex) {
			throw GrassrootsException.badField("year", raw, "validation.integer");
		}
	}

}

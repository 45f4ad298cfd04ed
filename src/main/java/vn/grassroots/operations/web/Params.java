package vn.grassroots.operations.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import vn.grassroots.operations.IncidentFilter;
import vn.grassroots.operations.IncidentStatus;
import vn.grassroots.operations.Severity;
import vn.grassroots.operations.TaskGroup;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.GrassrootsException;

/** Parsing of the request parameters of incident lists, with errors naming the field. */
final class Params {

	private Params() {
	}

	static IncidentFilter filter(@Nullable String status, @Nullable String taskGroup, @Nullable String severity,
			@Nullable String from, @Nullable String to, @Nullable String unitId, @Nullable String overdue) {
		LocalDate fromDate = Dates.parse("from", from, null);
		LocalDate toDate = Dates.parse("to", to, null);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			throw GrassrootsException.badField("to", to, "operations.validation.range-order");
		}
		Long unit = null;
		if (unitId != null && !unitId.isBlank()) {
			try {
				unit = Long.parseLong(unitId.trim());
			}
			catch (NumberFormatException ex) {
				throw GrassrootsException.badField("unitId", unitId, "validation.integer");
			}
		}
		return new IncidentFilter(enumOf(IncidentStatus.class, "status", status),
				enumOf(TaskGroup.class, "taskGroup", taskGroup), enumOf(Severity.class, "severity", severity), fromDate,
				toDate, unit, "true".equalsIgnoreCase(overdue));
	}

	static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, String field, @Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw GrassrootsException.badField(field, raw, "validation.one-of",
					java.util.Arrays.toString(type.getEnumConstants()));
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
			throw GrassrootsException.badField("month", raw, "operations.validation.month");
		}
	}

}

package vn.grassroots.patrols;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A roster shift as received from a page or the API.
 *
 * @param planId the patrol plan
 * @param date the day the shift starts, {@code yyyy-MM-dd}
 * @param start start time {@code HH:mm}
 * @param end end time {@code HH:mm}; at or before the start means the next day
 * @param memberIds the members assigned
 */
public record ShiftForm(@Nullable String planId, @Nullable String date, @Nullable String start, @Nullable String end,
		@Nullable List<Long> memberIds) {
}

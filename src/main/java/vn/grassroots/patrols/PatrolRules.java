package vn.grassroots.patrols;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Time rules of shifts and patrols, without state. Night duty is any time between 22:00
 * and 06:00 (the hours of the night-duty pay in the provinces' resolutions, e.g. Ho Chi
 * Minh City Resolution 54/2025/NQ-HĐND).
 */
public final class PatrolRules {

	/** Start of the night window. */
	public static final LocalTime NIGHT_START = LocalTime.of(22, 0);

	/** End of the night window (next morning). */
	public static final LocalTime NIGHT_END = LocalTime.of(6, 0);

	private PatrolRules() {
	}

	/**
	 * Whether any part of {@code [start, end)} lies between 22:00 and 06:00 on any day.
	 * @param start start, must be before {@code end}
	 * @param end end
	 */
	public static boolean night(LocalDateTime start, LocalDateTime end) {
		// the night windows that can touch the interval start on the evening before the
		// start day up to the end day
		for (LocalDate d = start.toLocalDate().minusDays(1); !d.isAfter(end.toLocalDate()); d = d.plusDays(1)) {
			LocalDateTime windowStart = d.atTime(NIGHT_START);
			LocalDateTime windowEnd = d.plusDays(1).atTime(NIGHT_END);
			if (overlap(start, end, windowStart, windowEnd)) {
				return true;
			}
		}
		return false;
	}

	/** Whether two half-open intervals {@code [a1, a2)} and {@code [b1, b2)} overlap. */
	public static boolean overlap(LocalDateTime a1, LocalDateTime a2, LocalDateTime b1, LocalDateTime b2) {
		return a1.isBefore(b2) && b1.isBefore(a2);
	}

	/**
	 * The end of a shift that starts on {@code date} at {@code start} and ends at
	 * {@code end}: the same day when {@code end} is after {@code start}, else the next
	 * day (a night shift 22:00-05:00).
	 */
	public static LocalDateTime end(LocalDate date, LocalTime start, LocalTime end) {
		return end.isAfter(start) ? date.atTime(end) : date.plusDays(1).atTime(end);
	}

}

package vn.grassroots.personnel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days: Monday to Friday except public holidays, plus Saturdays worked in
 * exchange for a swapped day off. Statutory time limits of Circular 14/2024/TT-BCA
 * ("within 5 working days") are counted on it: the limit ends on the n-th working day
 * after the day of the triggering event.
 */
public final class WorkingCalendar {

	private final Set<LocalDate> holidays;

	private final Set<LocalDate> workingSaturdays;

	/**
	 * @param holidays days off that fall on weekdays (weekend days are ignored)
	 * @param workingSaturdays weekend days that are worked
	 */
	public WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> workingSaturdays) {
		this.holidays = Set.copyOf(holidays);
		this.workingSaturdays = Set.copyOf(workingSaturdays);
	}

	/** Whether the day is a working day. */
	public boolean isWorkingDay(LocalDate day) {
		if (this.workingSaturdays.contains(day)) {
			return true;
		}
		DayOfWeek dow = day.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !this.holidays.contains(day);
	}

	/**
	 * The last day of a limit of {@code days} working days starting the day after
	 * {@code from}.
	 */
	public LocalDate plusWorkingDays(LocalDate from, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("days must not be negative");
		}
		LocalDate day = from;
		int left = days;
		while (left > 0) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	/** Working days after {@code from} up to and including {@code to}. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
			if (isWorkingDay(d)) {
				count++;
			}
		}
		return count;
	}

}

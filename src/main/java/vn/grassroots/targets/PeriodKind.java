package vn.grassroots.targets;

import java.time.LocalDate;

/**
 * Length of a reporting period; periods start on the first of a month aligned to the
 * year.
 */
public enum PeriodKind {

	MONTHLY(1), QUARTERLY(3), SIX_MONTHLY(6), ANNUAL(12);

	private final int months;

	PeriodKind(int months) {
		this.months = months;
	}

	public int months() {
		return this.months;
	}

	/** First day of the period of this kind that contains the date. */
	public LocalDate startOf(LocalDate date) {
		int month0 = (date.getMonthValue() - 1) / this.months * this.months;
		return LocalDate.of(date.getYear(), month0 + 1, 1);
	}

	/** Whether the date is the first day of a period of this kind. */
	public boolean isStart(LocalDate date) {
		return startOf(date).equals(date);
	}

	/** Last day (inclusive) of the period starting on {@code start}. */
	public LocalDate lastDay(LocalDate start) {
		return start.plusMonths(this.months).minusDays(1);
	}

	/** Due date of a report for the period: {@code dueDays} after its last day. */
	public LocalDate dueDate(LocalDate start, int dueDays) {
		return lastDay(start).plusDays(dueDays);
	}

}

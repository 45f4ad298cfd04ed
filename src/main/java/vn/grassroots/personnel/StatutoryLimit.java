package vn.grassroots.personnel;

import java.time.LocalDate;

/**
 * Time limits of Circular 14/2024/TT-BCA in working days, counted on a
 * {@link WorkingCalendar} from the day after the triggering event.
 */
public enum StatutoryLimit {

	/**
	 * Art. 4: the commune police send the proposal within 5 working days of the minutes.
	 */
	SELECTION_PROPOSAL(5),
	/** Art. 4: the chairman decides within 5 working days of the proposal. */
	SELECTION_DECISION(5),
	/**
	 * Art. 5, ground a: the commune police consult and propose within 5 working days of
	 * the application, the chairman decides within 5 more: 10 from the application.
	 */
	RESIGNATION_DECISION(10),
	/**
	 * Art. 5, grounds b to d: the chairman decides within 5 working days of the proposal.
	 */
	TERMINATION_DECISION(5),
	/** Art. 5: dissolving a team, the chairman decides within 5 working days. */
	DISSOLUTION_DECISION(5);

	private final int workingDays;

	StatutoryLimit(int workingDays) {
		this.workingDays = workingDays;
	}

	/** The limit in working days. */
	public int workingDays() {
		return this.workingDays;
	}

	/** The last day of the limit for an event on {@code from}. */
	public LocalDate due(WorkingCalendar calendar, LocalDate from) {
		return calendar.plusWorkingDays(from, this.workingDays);
	}

}

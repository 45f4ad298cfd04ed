package vn.grassroots.personnel;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Working days and the statutory limits of Circular 14/2024/TT-BCA across holidays. */
class WorkingCalendarTests {

	/** Holidays of 2025 as seeded by migration V11 (weekdays matter only). */
	private static final WorkingCalendar CALENDAR_2025 = new WorkingCalendar(holidays2025(),
			Set.of(LocalDate.of(2025, 4, 26)));

	private static Set<LocalDate> holidays2025() {
		Set<LocalDate> days = new HashSet<>();
		for (LocalDate d = LocalDate.of(2025, 1, 25); !d.isAfter(LocalDate.of(2025, 2, 2)); d = d.plusDays(1)) {
			days.add(d);
		}
		days.addAll(List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 7), LocalDate.of(2025, 4, 30),
				LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2), LocalDate.of(2025, 9, 1),
				LocalDate.of(2025, 9, 2)));
		return days;
	}

	@Test
	void countsFiveWorkingDaysOverAWeekend() {
		// Monday 2025-03-03 + 5 working days = Monday 2025-03-10
		assertThat(CALENDAR_2025.plusWorkingDays(LocalDate.of(2025, 3, 3), 5)).isEqualTo(LocalDate.of(2025, 3, 10));
	}

	@Test
	void countsTheProposalLimitAcrossTet() {
		// minutes on Thursday 2025-01-23; 24 Jan is the 1st working day, Tết runs to 2
		// Feb
		LocalDate due = CALENDAR_2025.plusWorkingDays(LocalDate.of(2025, 1, 23), 5);

		assertThat(due).isEqualTo(LocalDate.of(2025, 2, 6));
	}

	@Test
	void countsTheDecisionLimitAcrossHungKingsDay() {
		// proposal on Wednesday 2025-04-02: 3, 4, 8, 9, 10 April (7 April is a holiday)
		assertThat(CALENDAR_2025.plusWorkingDays(LocalDate.of(2025, 4, 2), 5)).isEqualTo(LocalDate.of(2025, 4, 10));
	}

	@Test
	void countsASwappedSaturdayAsWorkingAcrossReunificationDay() {
		// Friday 2025-04-25: Sat 26 (worked), 28, 29, then 30/4, 1/5, 2/5 off, then 5, 6
		// May
		assertThat(CALENDAR_2025.plusWorkingDays(LocalDate.of(2025, 4, 25), 5)).isEqualTo(LocalDate.of(2025, 5, 6));
	}

	@Test
	void countsAcrossNationalDay() {
		// Thursday 2025-08-28: 29 Aug, then 1 and 2 Sep off, 3, 4, 5, 8 Sep
		assertThat(CALENDAR_2025.plusWorkingDays(LocalDate.of(2025, 8, 28), 5)).isEqualTo(LocalDate.of(2025, 9, 8));
	}

	@Test
	void knowsWeekendsAndHolidaysAreNotWorkingDays() {
		assertThat(CALENDAR_2025.isWorkingDay(LocalDate.of(2025, 1, 28))).isFalse();
		assertThat(CALENDAR_2025.isWorkingDay(LocalDate.of(2025, 3, 8))).isFalse();
		assertThat(CALENDAR_2025.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
		assertThat(CALENDAR_2025.workingDaysBetween(LocalDate.of(2025, 1, 23), LocalDate.of(2025, 2, 6))).isEqualTo(5);
	}

	@Test
	void marksTheProposalOverdueTheWorkingDayAfterItsLimit() {
		LocalDate minutes = LocalDate.of(2025, 1, 23);

		List<ApplicationView.Deadline> onTime = SelectionService.deadlines(CALENDAR_2025, minutes, null, null,
				LocalDate.of(2025, 2, 6));
		List<ApplicationView.Deadline> late = SelectionService.deadlines(CALENDAR_2025, minutes, null, null,
				LocalDate.of(2025, 2, 7));

		assertThat(onTime.get(0).overdue()).isFalse();
		assertThat(late.get(0).overdue()).isTrue();
		assertThat(late.get(1).due()).isEqualTo(LocalDate.of(2025, 2, 13));
	}

	@Test
	void countsTheDecisionLimitFromTheProposalAcrossTet() {
		// proposal sent Friday 2025-01-24: the chairman decides by 7 February
		List<ApplicationView.Deadline> deadlines = SelectionService.deadlines(CALENDAR_2025, LocalDate.of(2025, 1, 20),
				LocalDate.of(2025, 1, 24), LocalDate.of(2025, 2, 7), LocalDate.of(2025, 3, 1));

		assertThat(deadlines.get(1).due()).isEqualTo(LocalDate.of(2025, 2, 7));
		assertThat(deadlines.get(1).overdue()).isFalse();
		assertThat(deadlines.get(0).overdue()).isFalse();
	}

	@Test
	void countsTheResignationLimitOfTenWorkingDaysAcrossTet() {
		// application Monday 2025-01-20: 21, 22, 23, 24 Jan, then Tết to 2 Feb, 3-7 Feb,
		// 10 Feb
		assertThat(StatutoryLimit.RESIGNATION_DECISION.due(CALENDAR_2025, LocalDate.of(2025, 1, 20)))
			.isEqualTo(LocalDate.of(2025, 2, 10));
	}

	@Test
	void countsTheTerminationDecisionLimitAcrossReunificationDay() {
		// proposal Tuesday 2025-04-29: 30/4, 1/5, 2/5 off; 5, 6, 7, 8, 9 May
		assertThat(StatutoryLimit.TERMINATION_DECISION.due(CALENDAR_2025, LocalDate.of(2025, 4, 29)))
			.isEqualTo(LocalDate.of(2025, 5, 9));
	}

	@Test
	void countsTheDissolutionDecisionLimitAcrossNewYear() {
		// proposal Tuesday 2024-12-31: 1/1 off; 2, 3, 6, 7, 8 January
		assertThat(StatutoryLimit.DISSOLUTION_DECISION.due(CALENDAR_2025, LocalDate.of(2024, 12, 31)))
			.isEqualTo(LocalDate.of(2025, 1, 8));
	}

	@Test
	void countsTheSelectionLimitsAsFiveWorkingDaysEach() {
		assertThat(StatutoryLimit.SELECTION_PROPOSAL.due(CALENDAR_2025, LocalDate.of(2025, 4, 2)))
			.isEqualTo(LocalDate.of(2025, 4, 10));
		assertThat(StatutoryLimit.SELECTION_DECISION.workingDays()).isEqualTo(5);
	}

}

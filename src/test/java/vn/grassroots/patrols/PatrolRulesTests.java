package vn.grassroots.patrols;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PatrolRulesTests {

	static final LocalDate DAY = LocalDate.of(2026, 3, 10);

	@Test
	void flagsAShiftAsNightWhenAnyPartLiesBetween22And06() {
		assertThat(PatrolRules.night(DAY.atTime(21, 0), DAY.atTime(22, 30))).isTrue();
		assertThat(PatrolRules.night(DAY.atTime(5, 0), DAY.atTime(8, 0))).isTrue();
		assertThat(PatrolRules.night(DAY.atTime(23, 0), DAY.plusDays(1).atTime(2, 0))).isTrue();
	}

	@Test
	void doesNotFlagADayShiftOrOneThatOnlyTouchesTheNightWindow() {
		assertThat(PatrolRules.night(DAY.atTime(14, 0), DAY.atTime(17, 0))).isFalse();
		assertThat(PatrolRules.night(DAY.atTime(6, 0), DAY.atTime(22, 0))).isFalse();
	}

	@Test
	void endsAShiftOnTheNextDayWhenItsEndIsNotAfterItsStart() {
		assertThat(PatrolRules.end(DAY, LocalTime.of(22, 0), LocalTime.of(2, 0)))
			.isEqualTo(LocalDateTime.of(2026, 3, 11, 2, 0));
		assertThat(PatrolRules.end(DAY, LocalTime.of(14, 0), LocalTime.of(17, 0)))
			.isEqualTo(LocalDateTime.of(2026, 3, 10, 17, 0));
	}

	@Test
	void findsOverlapsOfHalfOpenIntervalsButNotOfAdjacentOnes() {
		assertThat(PatrolRules.overlap(DAY.atTime(22, 0), DAY.atTime(23, 0), DAY.atTime(22, 30), DAY.atTime(23, 30)))
			.isTrue();
		assertThat(PatrolRules.overlap(DAY.atTime(20, 0), DAY.atTime(22, 0), DAY.atTime(22, 0), DAY.atTime(23, 0)))
			.isFalse();
	}

}

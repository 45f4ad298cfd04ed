package vn.grassroots.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.grassroots.shared.UnitScope;

/**
 * A named computation of the catalogue that criteria of a movement may use to score
 * participants from the system's data. Every Spring bean implementing it joins the
 * catalogue under its {@link #code()}, so another module (e.g. patrols, for patrol
 * coverage) can contribute one without changes here. A criterion names a code; it never
 * carries SQL.
 */
public interface EmulationComputation {

	/**
	 * Stable code, e.g. {@code CLASSIFICATION_GRADE}; the message key is
	 * {@code emulation.computation.<code>}.
	 */
	String code();

	/** The kinds of participants it can score. */
	Set<SubjectKind> appliesTo();

	/**
	 * Scores one participant over a period, in the caller's scope. Never returns null.
	 * @param scope the caller's scope
	 * @param participant who
	 * @param from first day of the movement's period
	 * @param to last day of the movement's period
	 */
	Measure compute(UnitScope scope, Participant participant, LocalDate from, LocalDate to);

	/**
	 * A participant to score.
	 *
	 * @param kind member or unit
	 * @param subjectId member id or unit id
	 * @param unitId the unit the participant belongs to (the member's commune, or the
	 * unit itself)
	 */
	record Participant(SubjectKind kind, long subjectId, long unitId) {
	}

	/**
	 * A computed score.
	 *
	 * @param score from 0 to 100, or null when there is no data (counts as 0)
	 * @param detail what it was computed from, e.g. {@code 12/15}
	 */
	record Measure(@Nullable BigDecimal score, String detail) {

		/**
		 * {@code part / whole} as a score out of 100 (2 decimals); no data when whole is
		 * 0.
		 */
		public static Measure ratio(long part, long whole) {
			if (whole == 0) {
				return new Measure(null, "0/0");
			}
			return new Measure(BigDecimal.valueOf(part * 100L)
				.divide(BigDecimal.valueOf(whole), 2, java.math.RoundingMode.HALF_UP), part + "/" + whole);
		}

	}

}

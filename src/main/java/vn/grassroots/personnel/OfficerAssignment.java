package vn.grassroots.personnel;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An officer's assignment: unit, position and rank over a period.
 *
 * @param unitId commune police unit
 * @param unitName its name
 * @param position position
 * @param rank rank
 * @param from first day
 * @param to first day no longer, null while current
 * @param decision decision reference
 */
public record OfficerAssignment(long unitId, @Nullable String unitName, OfficerPosition position, OfficerRank rank,
		LocalDate from, @Nullable LocalDate to, @Nullable String decision) {
}

package vn.grassroots.patrols;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the patrol log list; null means any.
 *
 * @param unitId a unit whose subtree (or a team or commune police itself) patrolled
 * @param from first day of the start
 * @param to last day of the start
 * @param night only night patrols (true) or only day patrols (false)
 */
public record PatrolLogFilter(@Nullable Long unitId, @Nullable LocalDate from, @Nullable LocalDate to,
		@Nullable Boolean night) {
}

package vn.grassroots.patrols;

import java.time.YearMonth;

/**
 * Patrol counts of a unit in a month.
 *
 * @param unitId a team, commune police or province
 * @param unitName its name
 * @param month the month
 * @param patrols patrols logged
 * @param nightPatrols of which night patrols
 * @param participations people on patrol summed over the patrols
 */
public record PatrolMonth(long unitId, String unitName, YearMonth month, long patrols, long nightPatrols,
		long participations) {
}

package vn.grassroots.patrols;

import org.jspecify.annotations.Nullable;

/**
 * A patrol plan as received from a page or the API.
 *
 * @param unitId a TEAM unit or a commune police unit
 * @param title title, e.g. "Tuần tra đêm tháng 12"
 * @param area area patrolled
 * @param route route, optional
 * @param schedule schedule in words, e.g. "22:00-02:00 hằng đêm", optional
 */
public record PlanForm(@Nullable String unitId, @Nullable String title, @Nullable String area, @Nullable String route,
		@Nullable String schedule) {
}

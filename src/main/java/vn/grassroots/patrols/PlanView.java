package vn.grassroots.patrols;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A patrol plan.
 *
 * @param id id
 * @param communeId commune police unit
 * @param teamId TEAM unit, null for a commune police plan
 * @param unitName the team's or commune's name
 * @param title title
 * @param area area
 * @param route route
 * @param schedule schedule in words
 * @param createdBy who created it
 * @param createdAt when
 */
public record PlanView(long id, long communeId, @Nullable Long teamId, String unitName, String title, String area,
		@Nullable String route, @Nullable String schedule, String createdBy, LocalDateTime createdAt) {

	/** The team or, without one, the commune police. */
	public long unitId() {
		return (this.teamId != null) ? this.teamId : this.communeId;
	}

}

package vn.grassroots.personnel;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A selection plan of a commune (Circular 14/2024/TT-BCA art. 3).
 *
 * @param id id
 * @param communeId commune police unit
 * @param communeName its name
 * @param title title
 * @param quota number of members needed
 * @param receiveFrom first day dossiers are received
 * @param receiveTo last day dossiers are received
 * @param councilOn expected council meeting date
 * @param approvedOn day the People's Committee approved the plan
 * @param postedPlace where it was posted
 * @param postedOn when
 * @param hardshipArea border, island, mountain or ethnic-minority area (primary education
 * suffices)
 * @param applications number of applications
 */
public record SelectionPlanView(long id, long communeId, @Nullable String communeName, String title, int quota,
		LocalDate receiveFrom, LocalDate receiveTo, @Nullable LocalDate councilOn, @Nullable LocalDate approvedOn,
		@Nullable String postedPlace, @Nullable LocalDate postedOn, boolean hardshipArea, long applications) {
}

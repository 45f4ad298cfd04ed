package vn.grassroots.personnel;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A selection plan to record.
 *
 * @param communeId commune police unit (in scope)
 * @param title title
 * @param quota members needed, at least 1
 * @param receiveFrom first day dossiers are received
 * @param receiveTo last day (not before the first)
 * @param councilOn expected council date, optional
 * @param approvedOn approval by the People's Committee, optional
 * @param posting public posting
 * @param hardshipArea border, island, mountain or ethnic-minority area
 */
public record NewSelectionPlan(long communeId, String title, int quota, LocalDate receiveFrom, LocalDate receiveTo,
		@Nullable LocalDate councilOn, @Nullable LocalDate approvedOn, Posting posting, boolean hardshipArea) {
}

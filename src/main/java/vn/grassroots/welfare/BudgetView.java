package vn.grassroots.welfare;

import java.util.List;

/**
 * Allowance cost of a year in the caller's scope.
 *
 * @param year year
 * @param rows cost per commune and month (every run, whatever its status)
 * @param provinces cost and forecast per province
 * @param total the same over the whole scope
 */
public record BudgetView(int year, List<Row> rows, List<Forecast> provinces, Forecast total) {

	/**
	 * The cost of a commune in a month.
	 *
	 * @param provinceId province
	 * @param communeId commune
	 * @param communeName commune name
	 * @param month month (1 to 12)
	 * @param status run status
	 * @param cost run total
	 */
	public record Row(long provinceId, long communeId, String communeName, int month, RunStatus status, long cost) {
	}

	/**
	 * Cost and forecast: approved (or locked) cost so far, plus the latest approved
	 * month's cost times the months left after it ({@link AllowanceRules#forecast}).
	 *
	 * @param provinceId province (0 for the whole scope)
	 * @param provinceName its latest full name (empty for the whole scope)
	 * @param approvedSoFar cost of the approved or locked months
	 * @param lastMonth latest approved month (0: none)
	 * @param lastMonthCost its cost
	 * @param forecast forecast for the year
	 */
	public record Forecast(long provinceId, String provinceName, long approvedSoFar, int lastMonth, long lastMonthCost,
			long forecast) {
	}

}

package vn.grassroots.targets;

import org.jspecify.annotations.Nullable;

/**
 * An indicator.
 *
 * @param id id
 * @param code stable code, e.g. HQ_OWN_SHARE
 * @param name name
 * @param source computed or reported
 * @param computation name of the computation of the catalogue (computed indicators)
 * @param aggregation how values combine up the hierarchy
 * @param higherIsBetter whether a higher value is better
 * @param objectiveId the objective it measures, if any
 */
public record IndicatorView(long id, String code, String name, IndicatorSource source, @Nullable String computation,
		Aggregation aggregation, boolean higherIsBetter, @Nullable Long objectiveId) {
}

package vn.grassroots.organisation.internal;

import org.jspecify.annotations.Nullable;

import vn.grassroots.organisation.Coverage;

/**
 * A lineage link. The predecessor id is null when the old unit is not in the data; its
 * code and name are then kept so that nothing is lost.
 *
 * @param reorganisationId the reorganisation
 * @param predecessorId old unit, or null
 * @param successorId new unit
 * @param coverage full or partial
 * @param predecessorCode old unit's code as given by the source
 * @param predecessorName old unit's name as given by the source
 */
public record NewLineage(long reorganisationId, @Nullable Long predecessorId, long successorId, Coverage coverage,
		@Nullable String predecessorCode, @Nullable String predecessorName) {
}

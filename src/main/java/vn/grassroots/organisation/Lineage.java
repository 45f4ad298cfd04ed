package vn.grassroots.organisation;

import java.util.List;

/**
 * Where a unit came from and what it became.
 *
 * @param unit the unit
 * @param predecessors units that went (wholly or partly) into it
 * @param successors units it went into
 */
public record Lineage(UnitView unit, List<LineageLink> predecessors, List<LineageLink> successors) {
}

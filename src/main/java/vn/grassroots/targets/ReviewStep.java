package vn.grassroots.targets;

import vn.grassroots.organisation.UnitType;

/**
 * A step of a form's review chain: the reviewer is the nearest ancestor of the report's
 * unit of level {@code reviewerType} on the tree of the day; a step whose level has no
 * such ancestor (e.g. DISTRICT after the 2025 reform) is skipped.
 *
 * @param stepNo 1, 2, ... in order
 * @param reviewerType the reviewing level
 * @param dueDays days after the period's end by which the level should have decided
 */
public record ReviewStep(int stepNo, UnitType reviewerType, int dueDays) {
}

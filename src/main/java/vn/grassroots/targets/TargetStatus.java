package vn.grassroots.targets;

/** How an actual value stands against its target. */
public enum TargetStatus {

	ON_TRACK, AT_RISK, MISSED

}

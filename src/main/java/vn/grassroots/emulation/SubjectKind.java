package vn.grassroots.emulation;

/**
 * Who takes part, is scored or is commended: an individual member or a unit (collective).
 */
public enum SubjectKind {

	/** A member of the grassroots security force. */
	MEMBER,
	/** A unit: a protection team, a commune police station, ... */
	UNIT

}

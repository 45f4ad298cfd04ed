package vn.grassroots.organisation;

/** How much of a predecessor went into a successor. */
public enum Coverage {

	/** The whole old unit went into the new one. */
	FULL,
	/** Only part did: the old unit was split among several new ones. */
	PARTIAL

}

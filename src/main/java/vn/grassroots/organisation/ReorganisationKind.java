package vn.grassroots.organisation;

/** Kinds of dated reorganisation events. */
public enum ReorganisationKind {

	/** Several units become one new unit. */
	MERGE,
	/** One unit is divided among several new units. */
	SPLIT,
	/** A unit takes a new name (and optionally code). */
	RENAME,
	/** A unit moves to another parent. */
	MOVE,
	/** A new unit is established. */
	ESTABLISH,
	/** A unit ceases to exist. */
	DISSOLVE

}

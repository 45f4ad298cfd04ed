package vn.grassroots.welfare;

/** How a province sets the monthly support. */
public enum PolicyKind {

	/** Coefficient x basic salary, by position and village type. */
	COEFFICIENT,
	/** Fixed VND amounts by position. */
	FIXED

}

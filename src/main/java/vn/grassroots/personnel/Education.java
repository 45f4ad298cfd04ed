package vn.grassroots.personnel;

/** Highest general education completed, lowest first. */
public enum Education {

	/** Did not complete primary education. */
	NONE,
	/** Completed primary education (tiểu học). */
	PRIMARY,
	/** Completed lower-secondary education (trung học cơ sở). */
	LOWER_SECONDARY,
	/** Completed upper-secondary education (trung học phổ thông). */
	UPPER_SECONDARY,
	/** College or university degree. */
	HIGHER;

	/** Whether this level is at least the given one. */
	public boolean atLeast(Education level) {
		return compareTo(level) >= 0;
	}

}

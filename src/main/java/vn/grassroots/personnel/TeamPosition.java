package vn.grassroots.personnel;

/** Position in a protection team (Law 30/2023/QH15 art. 16). */
public enum TeamPosition {

	/** Tổ trưởng. */
	LEADER,
	/** Tổ phó. */
	DEPUTY,
	/** Tổ viên. */
	MEMBER

}

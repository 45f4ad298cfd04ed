package vn.grassroots.personnel;

/** Ranks of the People's Public Security held at commune level, lowest first. */
public enum OfficerRank {

	/** Hạ sĩ. */
	CORPORAL,
	/** Trung sĩ. */
	SERGEANT,
	/** Thượng sĩ. */
	SENIOR_SERGEANT,
	/** Thiếu úy. */
	SECOND_LIEUTENANT,
	/** Trung úy. */
	FIRST_LIEUTENANT,
	/** Thượng úy. */
	SENIOR_LIEUTENANT,
	/** Đại úy. */
	CAPTAIN,
	/** Thiếu tá. */
	MAJOR,
	/** Trung tá: the highest rank of a commune police chief. */
	LIEUTENANT_COLONEL

}

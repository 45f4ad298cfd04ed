package vn.grassroots.personnel;

/** Position of a commune police officer (Decree 42/2021/ND-CP). */
public enum OfficerPosition {

	/** Trưởng Công an xã. */
	CHIEF,
	/** Phó trưởng Công an xã. */
	DEPUTY_CHIEF,
	/** Cán bộ, chiến sĩ. */
	OFFICER

}

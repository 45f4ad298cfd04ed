package vn.grassroots.personnel;

/** Annual classification grades, lowest first (Guideline 01/HD-BCA-V05). */
public enum Grade {

	/** Không hoàn thành nhiệm vụ. */
	NOT_COMPLETED,
	/** Hoàn thành nhiệm vụ. */
	COMPLETED,
	/** Hoàn thành tốt nhiệm vụ. */
	GOOD,
	/** Hoàn thành xuất sắc nhiệm vụ. */
	EXCELLENT;

	/** The lower of two grades. */
	public Grade atMost(Grade cap) {
		return (compareTo(cap) <= 0) ? this : cap;
	}

}

package vn.grassroots.personnel;

/** Sex as recorded on the citizen id card. */
public enum Sex {

	/** Male. */
	MALE,
	/** Female. */
	FEMALE

}

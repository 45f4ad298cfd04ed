package vn.grassroots.personnel;

/** The four grounds of termination in Law 30/2023/QH15 art. 17(3). */
public enum TerminationGround {

	/** (a) The member applies to leave. */
	A,
	/** (b) No longer fit, per a medical certificate. */
	B,
	/**
	 * (c) Repeatedly fails tasks without good reason or abuses the role after two written
	 * reminders.
	 */
	C,
	/**
	 * (d) Prosecuted, under preventive measures or administrative-handling measures.
	 */
	D

}

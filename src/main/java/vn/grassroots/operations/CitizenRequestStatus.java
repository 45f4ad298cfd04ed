package vn.grassroots.operations;

/** Where a citizen request stands. */
public enum CitizenRequestStatus {

	/** Received, waiting for triage. */
	NEW,
	/** Turned into an incident. */
	ACCEPTED,
	/** Rejected with a reason. */
	REJECTED

}

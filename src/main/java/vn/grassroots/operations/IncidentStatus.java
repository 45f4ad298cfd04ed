package vn.grassroots.operations;

/** Where an incident stands in its workflow. */
public enum IncidentStatus {

	/** Reported, waiting to be acknowledged. */
	REPORTED,
	/** Returned to the reporter for correction. */
	RETURNED,
	/** Acknowledged by an officer who is responsible for it. */
	ACKNOWLEDGED,
	/** Being handled. */
	IN_PROGRESS,
	/** Resolved (final). */
	RESOLVED,
	/** Transferred to a higher level (final here). */
	TRANSFERRED;

	/** Whether the incident is still open, so that its time limit runs. */
	public boolean open() {
		return this != RESOLVED && this != TRANSFERRED;
	}

}

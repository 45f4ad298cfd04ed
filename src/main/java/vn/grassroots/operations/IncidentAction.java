package vn.grassroots.operations;

/** A step of the incident workflow; see {@link IncidentWorkflow}. */
public enum IncidentAction {

	ACKNOWLEDGE, START, RESOLVE, TRANSFER, RETURN, RESUBMIT

}

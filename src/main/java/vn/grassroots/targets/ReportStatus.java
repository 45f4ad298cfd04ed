package vn.grassroots.targets;

/**
 * Life cycle of a periodic report: DRAFT -> SUBMITTED -> APPROVED, or RETURNED ->
 * SUBMITTED.
 */
public enum ReportStatus {

	DRAFT, SUBMITTED, RETURNED, APPROVED

}

package vn.grassroots.targets;

/** Kind of a guiding document. */
public enum DocumentType {

	RESOLUTION, DIRECTIVE, LAW, DECREE, CIRCULAR, PLAN

}

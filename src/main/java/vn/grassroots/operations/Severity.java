package vn.grassroots.operations;

/**
 * How serious an incident is; each severity has a time limit (table ops_severity_limit).
 */
public enum Severity {

	LOW, MEDIUM, HIGH, CRITICAL

}

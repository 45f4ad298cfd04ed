package vn.grassroots.shared;

import org.springframework.http.HttpStatus;

/**
 * The one registry of stable problem codes. A code is never reused. Each has a status and
 * the messages {@code problem.<id>} and {@code problem.<id>.title} in every bundle.
 */
public enum ProblemCode {

	/** A request parameter or body field is malformed. */
	BAD_REQUEST("GR-GEN-001", HttpStatus.BAD_REQUEST),
	/** The thing asked for does not exist or lies outside the caller's scope. */
	NOT_FOUND("GR-GEN-002", HttpStatus.NOT_FOUND),
	/** The caller lacks the role for the action. */
	FORBIDDEN_ACTION("GR-GEN-003", HttpStatus.FORBIDDEN),
	/** A well-formed request breaks a business rule. */
	RULE_VIOLATION("GR-GEN-004", HttpStatus.UNPROCESSABLE_CONTENT),
	/** The caller is not authenticated. */
	UNAUTHENTICATED("GR-GEN-005", HttpStatus.UNAUTHORIZED),
	/** A write conflicts with another change made meanwhile. */
	CONFLICT("GR-GEN-006", HttpStatus.CONFLICT),
	/** An unexpected failure; details are in the server log only. */
	INTERNAL("GR-GEN-999", HttpStatus.INTERNAL_SERVER_ERROR),
	/** A unit is not valid (not yet or no longer) at the date of an action. */
	UNIT_NOT_VALID("GR-ORG-001", HttpStatus.UNPROCESSABLE_CONTENT),
	/** A unit type cannot be the child of the given parent type. */
	UNIT_PARENT_TYPE("GR-ORG-002", HttpStatus.UNPROCESSABLE_CONTENT),
	/** An import file is malformed; nothing was imported. */
	IMPORT_MALFORMED("GR-ORG-003", HttpStatus.UNPROCESSABLE_CONTENT),
	/** An import is already running. */
	IMPORT_RUNNING("GR-ORG-004", HttpStatus.CONFLICT),
	/** A user name is taken. */
	USERNAME_TAKEN("GR-ACC-001", HttpStatus.UNPROCESSABLE_CONTENT),
	/** An incident cannot take the requested step from its current status. */
	INCIDENT_TRANSITION("GR-OPS-001", HttpStatus.UNPROCESSABLE_CONTENT),
	/** A request body or upload is larger than allowed. */
	CONTENT_TOO_LARGE("GR-OPS-002", HttpStatus.CONTENT_TOO_LARGE),
	/** A client sent more requests than allowed in the time window. */
	TOO_MANY_REQUESTS("GR-OPS-003", HttpStatus.TOO_MANY_REQUESTS),
	/** An upload is not of an accepted type. */
	UNSUPPORTED_TYPE("GR-OPS-004", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
	/** A member would be on two roster shifts or patrols at overlapping times. */
	PATROL_DOUBLE_BOOKED("GR-PAT-001", HttpStatus.UNPROCESSABLE_CONTENT),
	/** A member assigned to a shift or patrol is not active on its date. */
	PATROL_MEMBER_NOT_ACTIVE("GR-PAT-002", HttpStatus.UNPROCESSABLE_CONTENT),
	/**
	 * A shift would give a member more night duties in a month than the province allows.
	 */
	PATROL_NIGHT_CAP("GR-PAT-003", HttpStatus.UNPROCESSABLE_CONTENT);

	private final String id;

	private final HttpStatus status;

	ProblemCode(String id, HttpStatus status) {
		this.id = id;
		this.status = status;
	}

	/** The stable public id, e.g. {@code GR-ORG-001}. */
	public String id() {
		return this.id;
	}

	/** The HTTP status answered for this problem. */
	public HttpStatus status() {
		return this.status;
	}

	/** Message key of the problem's title. */
	public String titleKey() {
		return "problem." + this.id + ".title";
	}

	/** Message key of the problem's detail; takes the exception's arguments. */
	public String detailKey() {
		return "problem." + this.id;
	}

}

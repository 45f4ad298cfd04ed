package vn.grassroots.shared;

/**
 * Roles a user account can hold. What a role may do is always limited to the subtree of
 * the user's unit.
 */
public enum Role {

	/** Ministry administrator: manages organisation, accounts and imports. */
	MINISTRY_ADMIN,
	/** Provincial police officer. */
	PROVINCIAL_OFFICER,
	/** Chief of a commune police station. */
	COMMUNE_CHIEF,
	/** Officer of a commune police station. */
	COMMUNE_OFFICER,
	/** Leader of a security and order protection team. */
	TEAM_LEADER,
	/** Read-only auditor. */
	AUDITOR;

	/** Spring Security authority name, e.g. {@code ROLE_MINISTRY_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

}

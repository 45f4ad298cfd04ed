package vn.grassroots.personnel;

import java.util.Set;

/**
 * Status of a person of the grassroots force over time: applicant, selected, active,
 * suspended, then terminated (on one of the grounds of Law 30/2023/QH15 art. 17(3)) or
 * resigned.
 */
public enum MemberStatus {

	/** Filed an application. */
	APPLICANT,
	/** Passed the selection council, awaiting the chairman's decision. */
	SELECTED,
	/** Recognised as a member by the chairman's decision. */
	ACTIVE,
	/** Temporarily not serving. */
	SUSPENDED,
	/** Terminated on ground b, c or d (or a). */
	TERMINATED,
	/** Left at own request (ground a). */
	RESIGNED;

	/** Statuses reachable from this one. */
	public Set<MemberStatus> next() {
		return switch (this) {
			case APPLICANT -> Set.of(SELECTED, ACTIVE);
			case SELECTED -> Set.of(ACTIVE, APPLICANT);
			case ACTIVE -> Set.of(SUSPENDED, TERMINATED, RESIGNED);
			case SUSPENDED -> Set.of(ACTIVE, TERMINATED, RESIGNED);
			case TERMINATED, RESIGNED -> Set.of();
		};
	}

	/** Whether the person serves in a team in this status. */
	public boolean serving() {
		return this == ACTIVE || this == SUSPENDED;
	}

}

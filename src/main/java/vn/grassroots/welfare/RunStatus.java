package vn.grassroots.welfare;

/** Life cycle of a monthly allowance run: computed, reviewed, approved, locked. */
public enum RunStatus {

	COMPUTED, REVIEWED, APPROVED, LOCKED

}

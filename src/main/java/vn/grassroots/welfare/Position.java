package vn.grassroots.welfare;

/** Position in a protection team, as recorded by the personnel module. */
public enum Position {

	LEADER, DEPUTY, MEMBER

}

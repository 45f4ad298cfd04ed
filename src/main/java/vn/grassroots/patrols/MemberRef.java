package vn.grassroots.patrols;

/**
 * A member as shown on rosters and patrol logs: id and name only.
 *
 * @param id per_member id
 * @param name full name
 */
public record MemberRef(long id, String name) {
}

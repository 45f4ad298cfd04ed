package vn.grassroots.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the caller may see: the materialised paths of the unit subtrees in scope as of a
 * date. Built from the login for every request; every query takes it first.
 *
 * @param username the caller's user name
 * @param unitId the id of the caller's own unit
 * @param roles the caller's roles
 * @param asOf the date the caller looks at the organisation
 * @param paths path prefixes of the subtrees in scope at {@code asOf}; empty when nothing
 * is visible
 */
public record UnitScope(String username, long unitId, Set<Role> roles, LocalDate asOf, List<String> paths) {

	public UnitScope {
		roles = Set.copyOf(roles);
		paths = List.copyOf(paths);
	}

	/** Whether the caller holds the role. */
	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/** Whether the caller may change data (every role but the auditor). */
	public boolean canWrite() {
		return !this.roles.isEmpty() && !(this.roles.size() == 1 && has(Role.AUDITOR));
	}

	/** Whether the given path lies inside one of the scope's subtrees. */
	public boolean covers(String path) {
		return this.paths.stream().anyMatch(path::startsWith);
	}

	/** The same scope looking at another date with the paths valid then. */
	public UnitScope at(LocalDate date, List<String> pathsThen) {
		return new UnitScope(this.username, this.unitId, this.roles, date, pathsThen);
	}

	/**
	 * Throws {@link GrassrootsException} with {@link ProblemCode#FORBIDDEN_ACTION} unless
	 * the caller holds the role.
	 */
	public void require(Role role) {
		if (!has(role)) {
			throw new GrassrootsException(ProblemCode.FORBIDDEN_ACTION, role.name());
		}
	}

	/**
	 * Lower bound (inclusive) of the key range of a path prefix, for index range scans.
	 */
	public static String rangeStart(String pathPrefix) {
		return pathPrefix;
	}

	/**
	 * Upper bound (exclusive) of the key range of a path prefix: the prefix ends with
	 * '/', and '0' is the next character after '/' in binary order.
	 */
	public static String rangeEnd(String pathPrefix) {
		return pathPrefix.substring(0, pathPrefix.length() - 1) + "0";
	}

}

package vn.grassroots.access;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.grassroots.shared.Role;

/**
 * An account as listed to administrators.
 *
 * @param id id
 * @param username user name
 * @param displayName name shown
 * @param unitId unit
 * @param unitName the unit's name today
 * @param roles roles
 * @param enabled may log in
 * @param lockedUntil end of a lockout, if locked
 * @param demo demo account
 */
public record AccountView(long id, String username, String displayName, long unitId, @Nullable String unitName,
		Set<Role> roles, boolean enabled, @Nullable Instant lockedUntil, boolean demo) {
}

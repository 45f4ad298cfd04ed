package vn.grassroots.access;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.grassroots.shared.Role;

/**
 * The logged-in user: name, unit and roles. Serializable, as it lives in the database
 * session.
 *
 * @param id account id
 * @param username user name
 * @param passwordHash bcrypt hash (kept out of sessions after login by Spring Security)
 * @param displayName name shown
 * @param unitId the unit the user belongs to
 * @param roles roles
 * @param enabled whether the account may log in
 * @param locked whether the account is locked after repeated failures
 */
public record GrassrootsUser(long id, String username, String passwordHash, String displayName, long unitId,
		Set<Role> roles, boolean enabled, boolean locked) implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map((r) -> new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

}

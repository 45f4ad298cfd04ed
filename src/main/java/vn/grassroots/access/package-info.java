/**
 * Accounts and access: user accounts that belong to one unit and hold roles, login (form
 * for pages, HTTP Basic or bearer tokens for the API), lockout after repeated failures,
 * sessions kept in the database, and the {@link vn.grassroots.shared.UnitScope} of every
 * request.
 */
@NullMarked
@ApplicationModule(displayName = "Accounts and access",
		allowedDependencies = { "shared", "shared::web", "organisation", "audit" })
package vn.grassroots.access;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;

/**
 * Audit: who did what and when, with the state before and after every write, and every
 * login attempt. Entries are only ever added.
 */
@NullMarked
@ApplicationModule(displayName = "Audit", allowedDependencies = { "shared" })
package vn.grassroots.audit;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;

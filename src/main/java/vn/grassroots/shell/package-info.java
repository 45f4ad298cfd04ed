/**
 * The web shell: layout and navigation, the home page, language (Vietnamese by default,
 * English on a switch) and the as-of date picker shared by every page.
 */
@NullMarked
@ApplicationModule(displayName = "Web shell", allowedDependencies = { "shared", "organisation" })
package vn.grassroots.shell;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;

/**
 * Implementation tracking: guiding documents (resolutions, directives, laws, ...) and
 * their objectives, commune police infrastructure (headquarters, equipment against a
 * norm), indicators computed from system data or reported by hand, with targets per level
 * and a status, periodic reports with a review chain configured over the organisation
 * tree, and dashboards that roll values up the hierarchy as of a date, across the 2025
 * reform.
 */
@NullMarked
@ApplicationModule(displayName = "Implementation tracking",
		allowedDependencies = { "shared", "shared::web", "organisation", "audit", "documents" })
package vn.grassroots.targets;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;

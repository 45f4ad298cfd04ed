/**
 * Organisation: the police organisation from the ministry through provincial and commune
 * police to villages, residential groups and their protection teams, as it stood on any
 * date. Units and their placement in the tree are dated; reorganisations (merge, split,
 * rename, move) are dated events with a legal basis that link old units to new ones. Also
 * imports the national administrative-unit data and generates the demo territory.
 */
@NullMarked
@ApplicationModule(displayName = "Organisation",
		allowedDependencies = { "shared", "shared::web", "audit", "documents" })
package vn.grassroots.organisation;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;

/**
 * Operations: incident and situation reports of the commune police and the grassroots
 * force (six task groups, status workflow, time limits per severity, attachments),
 * citizen requests from a public page and an Open311 GeoReport v2 API, bulk ingestion
 * with client ids, lists, map and monthly statistics, and a seeded demo generator.
 */
@NullMarked
@ApplicationModule(displayName = "Operations",
		allowedDependencies = { "shared", "shared::web", "organisation", "audit", "documents", "targets" })
package vn.grassroots.operations;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;

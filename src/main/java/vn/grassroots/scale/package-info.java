/**
 * Scale: the national-scale data generator (villages, teams, members, officers, patrol
 * logs, incidents, reported indicator values and reports on the imported hierarchy),
 * loaded through COPY on PostgreSQL, for the benchmarks in {@code bench/}.
 */
@NullMarked
@ApplicationModule(displayName = "Scale",
		allowedDependencies = { "shared", "organisation", "operations", "personnel", "targets" })
package vn.grassroots.scale;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;

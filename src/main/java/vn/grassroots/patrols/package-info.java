/**
 * Patrols: patrol plans and duty rosters of the protection teams and commune police
 * (shifts with members, night flag, double-booking, active-member and night-duty cap
 * checks), patrol logs (single, from a shift, and bulk ingestion with client ids), the
 * monthly roll-up {@code pat_patrol_month}, iCalendar feeds, printable rosters, and the
 * {@link vn.grassroots.patrols.NightDuties} and
 * {@link vn.grassroots.patrols.PatrolStatistics} reads for other modules.
 */
@NullMarked
@ApplicationModule(displayName = "Patrols", allowedDependencies = { "shared", "shared::web", "organisation", "audit",
		"documents", "personnel", "operations", "targets" })
package vn.grassroots.patrols;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;

/**
 * Personnel: the people of the grassroots security and order force and of the commune
 * police. Protection teams' establishment decisions, covered villages and memberships
 * (keyed by the organisation's TEAM units); members from application through selection
 * (Circular 14/2024/TT-BCA) to termination (Law 30/2023/QH15 art. 17); commune police
 * officers and their staffing; a working-day calendar of Vietnamese public holidays for
 * statutory time limits. Citizen ids and phone numbers are masked unless a permitted role
 * asks to reveal them, which is audited.
 */
@NullMarked
@ApplicationModule(displayName = "Personnel",
		allowedDependencies = { "shared", "shared::web", "organisation", "audit", "documents", "targets" })
package vn.grassroots.personnel;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;

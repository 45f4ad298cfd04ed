/**
 * Regimes and policies (Law 30/2023/QH15 arts. 23-24, Decree 40/2024/ND-CP): provincial
 * support policies, effective-dated and versioned; the monthly allowance run of every
 * commune police unit (prorated support, night duty within a cap, insurance support) with
 * review, approval and lock; claims for illness, accident or death on duty with their
 * statutory time limits in working days; and the budget view.
 */
@NullMarked
@ApplicationModule(displayName = "Regimes and policies",
		allowedDependencies = { "shared", "shared::web", "organisation", "audit", "documents", "personnel", "patrols" })
package vn.grassroots.welfare;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;

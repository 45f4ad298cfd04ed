/**
 * Emulation and commendation (Law on Emulation and Commendation 06/2022/QH15): emulation
 * movements with weighted criteria, registrations and pledges; scores computed from the
 * system's data through a catalogue of named computations or entered by evaluators, and
 * deterministic rankings per level with their breakdown; emulation titles and forms of
 * commendation as data with conditions checked on nomination; nominations reviewed and
 * voted by the emulation council of the deciding level, decisions and the honour roll;
 * mass-mobilisation models, exemplars and events, and the yearly "All people protect
 * national security" day (19 August).
 */
@NullMarked
@ApplicationModule(displayName = "Emulation and commendation", allowedDependencies = { "shared", "shared::web",
		"organisation", "audit", "documents", "personnel", "operations", "targets" })
package vn.grassroots.emulation;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;

package vn.grassroots.organisation;

import java.util.List;
import java.util.Map;

/**
 * What an import of the national administrative-unit data found and did. Nothing in the
 * files is dropped silently: everything that could not be taken as it is appears as an
 * anomaly.
 *
 * @param alreadyImported whether the data was there already (then nothing was changed)
 * @param durationMillis how long the import took
 * @param before units per level in the hierarchy before the reform (PROVINCE, DISTRICT,
 * COMMUNE, ISLAND_DISTRICT)
 * @param after units per level from 2025-07-01 (PROVINCE, COMMUNE and the commune-level
 * kinds)
 * @param created units, periods, reorganisations and lineage links written
 * @param anomalies every irregularity found in the data
 */
public record ImportReport(boolean alreadyImported, long durationMillis, Map<String, Integer> before,
		Map<String, Integer> after, Map<String, Integer> created, List<Anomaly> anomalies) {

	/**
	 * One irregularity.
	 *
	 * @param kind MISSING_OLD_ID, ISLAND_DISTRICT, PARTIAL_SPLIT or STATED_COUNT_MISMATCH
	 * @param code the code concerned
	 * @param name the name concerned
	 * @param detail what was found and what the import did about it
	 */
	public record Anomaly(String kind, String code, String name, String detail) {
	}

	/** Number of anomalies per kind, in the order first found. */
	public Map<String, Long> anomalyCounts() {
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		this.anomalies.forEach((a) -> counts.merge(a.kind(), 1L, Long::sum));
		return counts;
	}

	/** Anomalies of one kind. */
	public List<Anomaly> anomalies(String kind) {
		return this.anomalies.stream().filter((a) -> a.kind().equals(kind)).toList();
	}

}

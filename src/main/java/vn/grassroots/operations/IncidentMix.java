package vn.grassroots.operations;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The realistic mix of incidents used by the generators (demo data and national-scale
 * data): relative frequency of each subtype and the severity drawn for it (fires, floods,
 * drugs and domestic violence tend to be more severe).
 */
public final class IncidentMix {

	private static final Map<String, Integer> SUBTYPE_WEIGHTS = Map.ofEntries(Map.entry("THEFT", 18),
			Map.entry("BRAWL", 10), Map.entry("DRUGS", 5), Map.entry("GAMBLING", 4), Map.entry("DOMESTIC_VIOLENCE", 5),
			Map.entry("SUSPICIOUS", 6), Map.entry("MOBILISATION", 5), Map.entry("COMMUNITY_MODEL", 2),
			Map.entry("FIRE", 5), Map.entry("FLOOD_RESCUE", 3), Map.entry("RESIDENCE_VIOLATION", 9),
			Map.entry("IDENTITY_PAPERS", 3), Map.entry("NOISE", 6), Map.entry("EDUCATION_AT_COMMUNE", 3),
			Map.entry("REOFFENDING_RISK", 2), Map.entry("TRAFFIC_ACCIDENT", 8), Map.entry("TRAFFIC_OBSTRUCTION", 5),
			Map.entry("PATROL_FINDING", 5), Map.entry("HELP_REQUEST", 3));

	private IncidentMix() {
	}

	/** Relative frequency of a subtype (1 for subtypes added to the catalogue later). */
	public static int weight(String subtypeCode) {
		return SUBTYPE_WEIGHTS.getOrDefault(subtypeCode, 1);
	}

	/** Draws a subtype of the list by its weight. */
	public static <T> T pick(List<T> subtypes, java.util.function.Function<T, String> code, Random random) {
		int total = 0;
		for (T s : subtypes) {
			total += weight(code.apply(s));
		}
		int roll = random.nextInt(total);
		for (T s : subtypes) {
			roll -= weight(code.apply(s));
			if (roll < 0) {
				return s;
			}
		}
		return subtypes.get(subtypes.size() - 1);
	}

	/** Draws the severity of an incident of the subtype. */
	public static Severity severity(String subtypeCode, Random random) {
		int roll = random.nextInt(100);
		int shift = switch (subtypeCode) {
			case "FIRE", "FLOOD_RESCUE", "DRUGS", "DOMESTIC_VIOLENCE" -> 25;
			case "TRAFFIC_ACCIDENT", "BRAWL" -> 12;
			default -> 0;
		};
		roll = Math.min(99, roll + shift);
		return (roll < 35) ? Severity.LOW
				: (roll < 75) ? Severity.MEDIUM : (roll < 93) ? Severity.HIGH : Severity.CRITICAL;
	}

}

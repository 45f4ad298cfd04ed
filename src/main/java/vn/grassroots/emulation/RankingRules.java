package vn.grassroots.emulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How a movement's participants are scored and ranked. The total is the weighted mean of
 * the criterion scores (0 to 100 each; a missing score counts as 0), rounded to 2
 * decimals. Ranks are strict and deterministic; ties on the total are broken, in order,
 * by the scores of the criteria taken by decreasing weight (then by their order in the
 * movement), then by the earlier registration, then by the lower registration id.
 */
public final class RankingRules {

	private RankingRules() {
	}

	/**
	 * A criterion's score of a participant.
	 *
	 * @param criterionId the criterion
	 * @param weight its weight
	 * @param sortOrder its order in the movement
	 * @param score from 0 to 100, null when not scored
	 */
	public record Part(long criterionId, int weight, int sortOrder, @Nullable BigDecimal score) {

		/** The score, 0 when missing. */
		public BigDecimal points() {
			return (this.score != null) ? this.score : BigDecimal.ZERO;
		}

	}

	/**
	 * A participant to rank.
	 *
	 * @param registrationId registration id
	 * @param registeredOn registration date
	 * @param parts one part per criterion applying to the participant
	 */
	public record Entry(long registrationId, LocalDate registeredOn, List<Part> parts) {

		public Entry {
			parts = List.copyOf(parts);
		}

	}

	/**
	 * A ranked participant.
	 *
	 * @param rank 1 for the first
	 * @param entry the participant
	 * @param total weighted total
	 */
	public record Ranked(int rank, Entry entry, BigDecimal total) {
	}

	/** Weighted mean of the parts, 2 decimals; 0 when there is no criterion. */
	public static BigDecimal total(List<Part> parts) {
		long weights = 0;
		BigDecimal sum = BigDecimal.ZERO;
		for (Part part : parts) {
			weights += part.weight();
			sum = sum.add(part.points().multiply(BigDecimal.valueOf(part.weight())));
		}
		if (weights == 0) {
			return BigDecimal.ZERO.setScale(2);
		}
		return sum.divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
	}

	/**
	 * The entries in rank order with their ranks (1, 2, 3, ... without gaps or shares).
	 */
	public static List<Ranked> rank(List<Entry> entries) {
		List<Ranked> scored = new ArrayList<>();
		for (Entry entry : entries) {
			scored.add(new Ranked(0, entry, total(entry.parts())));
		}
		scored.sort(ORDER);
		List<Ranked> ranked = new ArrayList<>();
		for (int i = 0; i < scored.size(); i++) {
			ranked.add(new Ranked(i + 1, scored.get(i).entry(), scored.get(i).total()));
		}
		return ranked;
	}

	private static final Comparator<Part> BY_WEIGHT = Comparator.comparingInt(Part::weight)
		.reversed()
		.thenComparingInt(Part::sortOrder)
		.thenComparingLong(Part::criterionId);

	private static final Comparator<Ranked> ORDER = Comparator.comparing(Ranked::total)
		.reversed()
		.thenComparing(RankingRules::byCriteria)
		.thenComparing((Ranked r) -> r.entry().registeredOn())
		.thenComparingLong((Ranked r) -> r.entry().registrationId());

	private static int byCriteria(Ranked a, Ranked b) {
		List<Part> pa = a.entry().parts().stream().sorted(BY_WEIGHT).toList();
		List<Part> pb = b.entry().parts().stream().sorted(BY_WEIGHT).toList();
		for (int i = 0; i < Math.min(pa.size(), pb.size()); i++) {
			int c = pb.get(i).points().compareTo(pa.get(i).points());
			if (c != 0) {
				return c;
			}
		}
		return 0;
	}

}

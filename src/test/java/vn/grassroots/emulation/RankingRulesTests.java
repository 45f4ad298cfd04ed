package vn.grassroots.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RankingRulesTests {

	static final LocalDate JAN = LocalDate.of(2026, 1, 10);

	static RankingRules.Entry entry(long id, LocalDate on, double heavy, double light) {
		return new RankingRules.Entry(id, on, List.of(new RankingRules.Part(1, 60, 10, BigDecimal.valueOf(heavy)),
				new RankingRules.Part(2, 40, 20, BigDecimal.valueOf(light))));
	}

	@Test
	void totalIsTheWeightedMeanWithMissingScoresAsZero() {
		List<RankingRules.Part> parts = List.of(new RankingRules.Part(1, 60, 10, BigDecimal.valueOf(80)),
				new RankingRules.Part(2, 40, 20, null));

		assertThat(RankingRules.total(parts)).isEqualByComparingTo("48.00");
	}

	@Test
	void equalTotalsAreBrokenByTheHeavierCriterionThenRegistrationDateThenId() {
		// 60*90 + 40*60 = 7800 and 60*70 + 40*90 = 7800: the same total of 78
		RankingRules.Entry strongOnHeavy = entry(5, JAN, 90, 60);
		RankingRules.Entry strongOnLight = entry(3, JAN, 70, 90);
		RankingRules.Entry sameButLater = entry(1, JAN.plusDays(3), 90, 60);
		RankingRules.Entry sameButHigherId = entry(9, JAN, 90, 60);

		List<RankingRules.Ranked> ranked = RankingRules
			.rank(List.of(strongOnLight, sameButLater, sameButHigherId, strongOnHeavy));

		assertThat(ranked).extracting((r) -> r.entry().registrationId()).containsExactly(5L, 9L, 1L, 3L);
		assertThat(ranked).extracting(RankingRules.Ranked::rank).containsExactly(1, 2, 3, 4);
		assertThat(ranked).extracting(RankingRules.Ranked::total)
			.allMatch((t) -> t.compareTo(new BigDecimal("78")) == 0);
	}

	@Test
	void theOrderDoesNotDependOnTheInputOrder() {
		List<RankingRules.Entry> entries = new ArrayList<>();
		for (int i = 1; i <= 30; i++) {
			entries.add(entry(i, JAN.plusDays(i % 4), (i * 37) % 5 * 10, (i * 11) % 3 * 10));
		}
		List<Long> first = RankingRules.rank(entries).stream().map((r) -> r.entry().registrationId()).toList();
		Collections.reverse(entries);

		List<Long> second = RankingRules.rank(entries).stream().map((r) -> r.entry().registrationId()).toList();

		assertThat(second).isEqualTo(first);
	}

}

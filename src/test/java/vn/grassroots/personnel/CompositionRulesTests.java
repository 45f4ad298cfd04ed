package vn.grassroots.personnel;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.grassroots.personnel.TeamPosition.DEPUTY;
import static vn.grassroots.personnel.TeamPosition.LEADER;
import static vn.grassroots.personnel.TeamPosition.MEMBER;

class CompositionRulesTests {

	private static List<Object> keys(List<Object[]> problems) {
		return problems.stream().map((p) -> p[0]).toList();
	}

	@Test
	void acceptsALeaderADeputyAndAMemberByDefault() {
		assertThat(CompositionRules.DEFAULT.problems(List.of(LEADER, DEPUTY, MEMBER))).isEmpty();
	}

	@Test
	void refusesTwoMembersUnderTheDefaultMinimumOfThree() {
		assertThat(keys(CompositionRules.DEFAULT.problems(List.of(LEADER, MEMBER))))
			.containsExactly("personnel.team.too-few");
	}

	@Test
	void refusesATeamWithoutLeaderOrWithTwo() {
		assertThat(keys(CompositionRules.DEFAULT.problems(List.of(DEPUTY, MEMBER, MEMBER))))
			.containsExactly("personnel.team.one-leader");
		assertThat(keys(CompositionRules.DEFAULT.problems(List.of(LEADER, LEADER, MEMBER))))
			.containsExactly("personnel.team.one-leader");
	}

	@Test
	void appliesAProvincesOwnLimits() {
		CompositionRules province = new CompositionRules(4, 5);

		assertThat(keys(province.problems(List.of(LEADER, DEPUTY, MEMBER)))).containsExactly("personnel.team.too-few");
		assertThat(province.problems(List.of(LEADER, DEPUTY, MEMBER, MEMBER, MEMBER))).isEmpty();
		assertThat(keys(province.problems(List.of(LEADER, DEPUTY, MEMBER, MEMBER, MEMBER, MEMBER))))
			.containsExactly("personnel.team.too-many");
	}

	@Test
	void refusesInconsistentLimits() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CompositionRules(5, 4));
		assertThatIllegalArgumentException().isThrownBy(() -> new CompositionRules(0, 4));
	}

	@Test
	void passesACandidateWithMoreThanHalfOfThosePresent() {
		assertThat(SelectionService.passes(9, 5)).isTrue();
		assertThat(SelectionService.passes(10, 5)).isFalse();
		assertThat(SelectionService.passes(10, 6)).isTrue();
	}

	@Test
	void ranksThoseWhoPassedByVotes() {
		Map<Long, Integer> ranks = SelectionService
			.rank(List.of(new SelectionService.Vote(1, 9, 5), new SelectionService.Vote(2, 9, 8),
					new SelectionService.Vote(3, 9, 4), new SelectionService.Vote(4, 9, 8)));

		assertThat(ranks).containsEntry(2L, 1).containsEntry(4L, 2).containsEntry(1L, 3).doesNotContainKey(3L);
	}

}

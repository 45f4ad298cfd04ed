package vn.grassroots.personnel;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Establishment of a protection team by the commune chairman's decision on the commune
 * police's proposal (Law 30/2023/QH15 art. 14, 16; Circular 14/2024/TT-BCA art. 4).
 *
 * @param villageIds the villages or residential groups covered (one or more, of one
 * commune); the team unit hangs under the first
 * @param name team name, e.g. the village's name
 * @param establishedOn first day of the team
 * @param decision the chairman's decision
 * @param posting where and when it was posted
 * @param leaderId the leader (a selected or active member)
 * @param deputyIds deputy leaders
 * @param memberIds the other members
 */
public record EstablishTeam(List<Long> villageIds, String name, LocalDate establishedOn, Decision decision,
		Posting posting, @Nullable Long leaderId, List<Long> deputyIds, List<Long> memberIds) {

	public EstablishTeam {
		villageIds = List.copyOf(villageIds);
		deputyIds = List.copyOf(deputyIds);
		memberIds = List.copyOf(memberIds);
	}

}

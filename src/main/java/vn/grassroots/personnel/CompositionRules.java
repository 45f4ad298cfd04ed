package vn.grassroots.personnel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How a protection team may be composed: the Provincial People's Council sets the number
 * of members (Law 30/2023/QH15 art. 14); every team has exactly one leader (art. 16).
 * Deputies are optional here (art. 16 names one; some provinces have none for
 * three-member teams).
 *
 * @param minMembers fewest members, leader and deputies included
 * @param maxMembers most members, leader and deputies included
 */
public record CompositionRules(int minMembers, int maxMembers) {

	/** Defaults where the province set nothing. */
	public static final CompositionRules DEFAULT = new CompositionRules(3, 10);

	public CompositionRules {
		if (minMembers < 1 || maxMembers < minMembers) {
			throw new IllegalArgumentException("need 1 <= min <= max");
		}
	}

	/**
	 * Message keys (with arguments in the second element) of every rule the positions
	 * break; empty when the composition is valid. Never null.
	 */
	public List<Object[]> problems(Collection<TeamPosition> positions) {
		List<Object[]> problems = new ArrayList<>();
		long leaders = positions.stream().filter((p) -> p == TeamPosition.LEADER).count();
		if (leaders != 1) {
			problems.add(new Object[] { "personnel.team.one-leader", leaders });
		}
		if (positions.size() < this.minMembers) {
			problems.add(new Object[] { "personnel.team.too-few", positions.size(), this.minMembers });
		}
		if (positions.size() > this.maxMembers) {
			problems.add(new Object[] { "personnel.team.too-many", positions.size(), this.maxMembers });
		}
		return problems;
	}

}

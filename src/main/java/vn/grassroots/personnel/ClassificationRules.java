package vn.grassroots.personnel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The annual classification of a commune's teams and members (Guideline 01/HD-BCA-V05,
 * domain brief §3.4), as pure rules:
 * <ol>
 * <li>the review year runs from 15 November of the previous year to 14 November;</li>
 * <li>not graded: under 9 months of service (members) or of operation (teams) in the
 * year, or an open complaint or denunciation;</li>
 * <li>by the share of assigned tasks completed: more than {@code excellentAbove}%
 * excellent, at least {@code goodFrom}% good, at least {@code completedFrom}% completed
 * (the last is not in the sources: configurable), else not completed; a breach of the
 * Law's Art. 6(1), (2) or (5) caps a member at completed;</li>
 * <li>a team with a member graded not completed cannot be excellent;</li>
 * <li>a leader (or the deputy in charge) is not graded above the team, unless marked as a
 * newcomer not linked to the team's result;</li>
 * <li>"excellent" may not exceed 20% of the number graded "good" in the commune, counted
 * for teams and members apart: the excellents with the lowest shares become good until it
 * holds (ties by id, so the result is deterministic).</li>
 * </ol>
 *
 * @param excellentAbove share above which a subject is excellent (95)
 * @param goodFrom share from which a subject is good (80)
 * @param completedFrom share from which a subject has completed its tasks (50,
 * configurable)
 * @param excellentQuotaPercent excellents as a share of goods (20)
 */
public record ClassificationRules(double excellentAbove, double goodFrom, double completedFrom,
		int excellentQuotaPercent) {

	/** The thresholds of the guideline, with 50% for "completed". */
	public static final ClassificationRules DEFAULT = new ClassificationRules(95, 80, 50, 20);

	/** Months of service or operation under which nobody is graded. */
	public static final int MIN_MONTHS = 9;

	/**
	 * First day of the review year that ends in {@code year}: 15 November of the year
	 * before.
	 */
	public static LocalDate yearStart(int year) {
		return LocalDate.of(year - 1, 11, 15);
	}

	/** Last day of the review year: 14 November. */
	public static LocalDate yearEnd(int year) {
		return LocalDate.of(year, 11, 14);
	}

	/**
	 * One subject to grade.
	 *
	 * @param id member or team id
	 * @param team true for a team, false for a member
	 * @param teamId the member's team (null for teams)
	 * @param leader whether the member leads the team (leader or deputy in charge)
	 * @param newcomer a leader not linked to the team's result
	 * @param months months of service or operation in the review year
	 * @param assigned tasks assigned
	 * @param completed tasks completed
	 * @param openComplaint under an open complaint or denunciation
	 * @param breach broke the Law's Art. 6(1), (2) or (5)
	 */
	public record Subject(long id, boolean team, @Nullable Long teamId, boolean leader, boolean newcomer, int months,
			int assigned, int completed, boolean openComplaint, boolean breach) {

		double share() {
			return (this.assigned <= 0) ? 0 : 100.0 * this.completed / this.assigned;
		}

	}

	/**
	 * A subject's outcome.
	 *
	 * @param subject the subject
	 * @param grade the grade, null when not graded
	 * @param reasons message keys explaining the grade (cap, quota, not graded)
	 */
	public record Outcome(Subject subject, @Nullable Grade grade, List<String> reasons) {
	}

	/** Grades every subject of one commune and year. */
	public List<Outcome> grade(List<Subject> subjects) {
		Map<Long, Outcome> members = new HashMap<>();
		Map<Long, Outcome> teams = new HashMap<>();
		for (Subject s : subjects) {
			Outcome o = byShare(s);
			(s.team() ? teams : members).put(s.id(), o);
		}
		// a team with a member graded not completed cannot be excellent
		for (Outcome t : new ArrayList<>(teams.values())) {
			boolean failing = members.values()
				.stream()
				.anyMatch((m) -> t.subject().id() == nz(m.subject().teamId()) && m.grade() == Grade.NOT_COMPLETED);
			if (failing && t.grade() == Grade.EXCELLENT) {
				teams.put(t.subject().id(), capped(t, Grade.GOOD, "personnel.classification.member-failed"));
			}
		}
		// a leader is not graded above the team
		for (Outcome m : new ArrayList<>(members.values())) {
			Subject s = m.subject();
			Outcome team = (s.teamId() != null) ? teams.get(s.teamId()) : null;
			if (s.leader() && !s.newcomer() && team != null && team.grade() != null && m.grade() != null
					&& m.grade().compareTo(team.grade()) > 0) {
				members.put(s.id(), capped(m, team.grade(), "personnel.classification.leader-cap"));
			}
		}
		List<Outcome> result = new ArrayList<>();
		result.addAll(quota(new ArrayList<>(teams.values())));
		result.addAll(quota(new ArrayList<>(members.values())));
		result
			.sort(Comparator.comparing((Outcome o) -> !o.subject().team()).thenComparingLong((o) -> o.subject().id()));
		return result;
	}

	private Outcome byShare(Subject s) {
		if (s.openComplaint()) {
			return new Outcome(s, null, List.of("personnel.classification.complaint"));
		}
		if (s.months() < MIN_MONTHS) {
			return new Outcome(s, null, List.of("personnel.classification.too-short"));
		}
		double share = s.share();
		Grade grade;
		if (share > this.excellentAbove) {
			grade = Grade.EXCELLENT;
		}
		else if (share >= this.goodFrom) {
			grade = Grade.GOOD;
		}
		else if (share >= this.completedFrom) {
			grade = Grade.COMPLETED;
		}
		else {
			grade = Grade.NOT_COMPLETED;
		}
		Outcome outcome = new Outcome(s, grade, List.of());
		if (s.breach() && !s.team()) {
			outcome = capped(outcome, Grade.COMPLETED, "personnel.classification.breach");
		}
		return outcome;
	}

	/**
	 * Demotes the weakest excellents to good until excellents are at most the quota of
	 * goods.
	 */
	private List<Outcome> quota(List<Outcome> outcomes) {
		List<Outcome> excellent = outcomes.stream()
			.filter((o) -> o.grade() == Grade.EXCELLENT)
			.sorted(Comparator.comparingDouble((Outcome o) -> -o.subject().share())
				.thenComparingLong((o) -> o.subject().id()))
			.toList();
		long good = outcomes.stream().filter((o) -> o.grade() == Grade.GOOD).count();
		int keep = excellent.size();
		while (keep > 0 && keep * 100L > this.excellentQuotaPercent * (good + (excellent.size() - keep))) {
			keep--;
		}
		List<Outcome> result = new ArrayList<>(outcomes);
		for (int i = keep; i < excellent.size(); i++) {
			Outcome demoted = capped(excellent.get(i), Grade.GOOD, "personnel.classification.quota");
			result.set(result.indexOf(excellent.get(i)), demoted);
		}
		return result;
	}

	private static Outcome capped(Outcome o, Grade cap, String reason) {
		if (o.grade() == null || o.grade().compareTo(cap) <= 0) {
			return o;
		}
		List<String> reasons = new ArrayList<>(o.reasons());
		reasons.add(reason);
		return new Outcome(o.subject(), o.grade().atMost(cap), List.copyOf(reasons));
	}

	private static long nz(@Nullable Long value) {
		return (value != null) ? value : -1;
	}

}

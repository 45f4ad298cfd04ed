package vn.grassroots.emulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.grassroots.personnel.Grade;
import vn.grassroots.shared.FieldProblem;

/**
 * The conditions of a title or form of commendation, and the council's vote threshold.
 * Conditions count consecutive years ending with the award year: the annual
 * classification (Guideline 01/HD-BCA-V05 grades) at least the required grade in each of
 * {@code gradeYears}, and the prerequisite title on the honour roll in each of
 * {@code prerequisiteYears}.
 */
public final class CommendationRules {

	private CommendationRules() {
	}

	/**
	 * The unmet conditions, each naming the field {@code subjectId} with its reason;
	 * empty when the subject may be nominated.
	 * @param grades final grades of the subject by review year
	 * @param prerequisiteYears award years in which the subject received the prerequisite
	 * title
	 * @param prerequisiteName name of the prerequisite title
	 */
	public static List<FieldProblem> unmet(CommendationForm form, long subjectId, int year, Map<Integer, Grade> grades,
			Set<Integer> prerequisiteYears, @Nullable String prerequisiteName) {
		List<FieldProblem> problems = new ArrayList<>();
		Grade required = form.requiredGrade();
		if (required != null && form.gradeYears() > 0) {
			List<String> found = new ArrayList<>();
			boolean met = true;
			for (int y = year - form.gradeYears() + 1; y <= year; y++) {
				Grade g = grades.get(y);
				found.add(y + ": " + ((g != null) ? g.name() : "—"));
				met &= g != null && g.compareTo(required) >= 0;
			}
			if (!met) {
				problems.add(new FieldProblem("subjectId", subjectId, "emulation.condition.grade",
						new Object[] { new DefaultMessageSourceResolvable("emulation.grade." + required.name()),
								form.gradeYears(), String.valueOf(year), String.join(", ", found) }));
			}
		}
		if (form.prerequisiteForm() != null && form.prerequisiteYears() > 0) {
			List<Integer> missing = new ArrayList<>();
			for (int y = year - form.prerequisiteYears() + 1; y <= year; y++) {
				if (!prerequisiteYears.contains(y)) {
					missing.add(y);
				}
			}
			if (!missing.isEmpty()) {
				problems.add(new FieldProblem("subjectId", subjectId, "emulation.condition.prerequisite",
						new Object[] { (prerequisiteName != null) ? prerequisiteName : form.prerequisiteForm(),
								form.prerequisiteYears(), String.valueOf(year), missing.toString() }));
			}
		}
		return problems;
	}

	/**
	 * Whether a vote reaches the council's threshold: more than (strict) or at least
	 * {@code numerator/denominator} of the members present voted for.
	 */
	public static boolean passes(int votesFor, int present, int numerator, int denominator, boolean strict) {
		long left = (long) votesFor * denominator;
		long right = (long) numerator * present;
		return strict ? left > right : left >= right;
	}

	/** The threshold written for people, e.g. {@code > 1/2} or {@code ≥ 2/3}. */
	public static String threshold(int numerator, int denominator, boolean strict) {
		return (strict ? "> " : "≥ ") + numerator + "/" + denominator;
	}

}

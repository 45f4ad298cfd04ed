package vn.grassroots.personnel;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The member criteria of Law 30/2023/QH15 art. 13, checked on the decision date. Each
 * failed rule is reported with its reason; an empty list means eligible.
 * <ul>
 * <li>age: from 18 (the 18th birthday counts) to 70 in full years (until the day before
 * the 71st birthday); older only with the commune chairman's approval (art. 13(1));</li>
 * <li>no prosecution, sentence or pending measure: the applicant's declaration (art.
 * 13(2));</li>
 * <li>education: lower secondary, or primary in border, island, mountain, especially
 * difficult and ethnic-minority areas (art. 13(3));</li>
 * <li>residence of at least one year where the person applies (art. 13(4));</li>
 * <li>a health certificate dated on or before the decision date (art. 13(5)).</li>
 * </ul>
 *
 * @param birthDate date of birth
 * @param education highest education completed
 * @param residenceSince start of permanent or temporary residence, null if unknown
 * @param healthCertificateOn date of the health certificate, null if none
 * @param noProsecutionDeclared the applicant declared no prosecution or pending measures
 * @param over70Approved the commune chairman approved an applicant over 70
 * @param hardshipArea the commune or plan lies in a border, island, mountain or
 * ethnic-minority area
 */
public record Eligibility(LocalDate birthDate, Education education, @Nullable LocalDate residenceSince,
		@Nullable LocalDate healthCertificateOn, boolean noProsecutionDeclared, boolean over70Approved,
		boolean hardshipArea) {

	/** Minimum age in full years. */
	public static final int MIN_AGE = 18;

	/** Maximum age in full years without the chairman's approval. */
	public static final int MAX_AGE = 70;

	/**
	 * A failed rule.
	 *
	 * @param rule the rule's name (AGE, EDUCATION, RESIDENCE, HEALTH, RECORD)
	 * @param reasonKey message key of the reason
	 * @param args message arguments
	 */
	public record Failure(String rule, String reasonKey, List<Object> args) {

		public Failure {
			args = List.copyOf(args);
		}

	}

	/** The age in full years on the date. */
	public int ageOn(LocalDate date) {
		return Period.between(this.birthDate, date).getYears();
	}

	/** The rules failed on the decision date; empty when eligible. Never null. */
	public List<Failure> check(LocalDate decisionDate) {
		List<Failure> failures = new ArrayList<>();
		int age = ageOn(decisionDate);
		if (age < MIN_AGE) {
			failures.add(new Failure("AGE", "personnel.eligibility.too-young", List.of(age, MIN_AGE)));
		}
		else if (age > MAX_AGE && !this.over70Approved) {
			failures.add(new Failure("AGE", "personnel.eligibility.over-70", List.of(age, MAX_AGE)));
		}
		Education needed = this.hardshipArea ? Education.PRIMARY : Education.LOWER_SECONDARY;
		if (!this.education.atLeast(needed)) {
			failures.add(new Failure("EDUCATION", "personnel.eligibility.education", List.of(needed.name())));
		}
		if (this.residenceSince == null || this.residenceSince.plusYears(1).isAfter(decisionDate)) {
			failures.add(new Failure("RESIDENCE", "personnel.eligibility.residence", List.of()));
		}
		if (this.healthCertificateOn == null || this.healthCertificateOn.isAfter(decisionDate)) {
			failures.add(new Failure("HEALTH", "personnel.eligibility.health", List.of()));
		}
		if (!this.noProsecutionDeclared) {
			failures.add(new Failure("RECORD", "personnel.eligibility.record", List.of()));
		}
		return failures;
	}

}

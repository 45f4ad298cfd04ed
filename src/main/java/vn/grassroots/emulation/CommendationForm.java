package vn.grassroots.emulation;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import vn.grassroots.personnel.Grade;

/**
 * An emulation title or a form of commendation, as configured.
 *
 * @param code stable code
 * @param kind TITLE (emulation title) or CERTIFICATE (form of commendation)
 * @param subjectKind individuals (MEMBER) or collectives (UNIT)
 * @param subjectLevel for collectives, the unit type that may receive it (null: any)
 * @param nameVi Vietnamese name
 * @param nameEn English name
 * @param decidingLevel level of the unit whose council reviews and whose head decides
 * @param requiredGrade lowest annual classification required, or null
 * @param gradeYears consecutive years (ending with the award year) the grade is required
 * @param prerequisiteForm title required before, or null
 * @param prerequisiteYears consecutive years (ending with the award year) it is required
 * @param basis legal basis, with a note where not verified
 */
public record CommendationForm(String code, String kind, SubjectKind subjectKind, @Nullable String subjectLevel,
		String nameVi, String nameEn, String decidingLevel, @Nullable Grade requiredGrade, int gradeYears,
		@Nullable String prerequisiteForm, int prerequisiteYears, String basis) {

	/** The name in the language. */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameVi;
	}

}

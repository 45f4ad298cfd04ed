package vn.grassroots.operations;

/**
 * An entry of the incident subtype catalogue (table {@code ops_incident_subtype}).
 *
 * @param code stable code
 * @param taskGroup the task group it belongs to
 * @param nameVi Vietnamese name
 * @param nameEn English name
 * @param publicService whether citizens may choose it (Open311 service)
 */
public record Subtype(String code, TaskGroup taskGroup, String nameVi, String nameEn, boolean publicService) {

	/** The name in the language. */
	public String name(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameVi;
	}

}

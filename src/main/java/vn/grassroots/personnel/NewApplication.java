package vn.grassroots.personnel;

import java.time.LocalDate;

/**
 * An application to a selection plan with its dossier checklist (Circular 14/2024/TT-BCA
 * art. 3: application form, personal history, health certificate, education certificate)
 * and the declarations the eligibility check needs.
 *
 * @param memberId the applicant (registered person of the plan's commune)
 * @param receivedOn day received, within the plan's period
 * @param applicationForm application (Form 01) received
 * @param personalHistory personal history statement received
 * @param healthCertificate health certificate received
 * @param educationCertificate education certificate received
 * @param noProsecutionDeclared declares no prosecution, sentence or pending measure
 * @param over70Approved the chairman approved an applicant over 70
 */
public record NewApplication(long memberId, LocalDate receivedOn, boolean applicationForm, boolean personalHistory,
		boolean healthCertificate, boolean educationCertificate, boolean noProsecutionDeclared,
		boolean over70Approved) {
}

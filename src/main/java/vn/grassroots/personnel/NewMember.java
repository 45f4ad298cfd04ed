package vn.grassroots.personnel;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A person to register as an applicant of the grassroots force.
 *
 * @param fullName full name
 * @param birthDate date of birth
 * @param sex sex
 * @param citizenId 12-digit personal identification number, see {@link CitizenId}
 * @param phone phone number, optional
 * @param residenceVillageId the village or residential group of residence (in scope)
 * @param residenceSince start of residence there, optional
 * @param education highest education completed
 * @param healthCertificateOn date of the health certificate, optional
 * @param previousService e.g. former part-time commune police, civil defence; optional
 * @param registeredOn the day the person becomes an applicant
 */
public record NewMember(String fullName, LocalDate birthDate, Sex sex, String citizenId, @Nullable String phone,
		long residenceVillageId, @Nullable LocalDate residenceSince, Education education,
		@Nullable LocalDate healthCertificateOn, @Nullable String previousService, LocalDate registeredOn) {
}

package vn.grassroots.personnel;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A person of the grassroots force as of a date. {@code citizenId} and {@code phone} are
 * masked unless revealed.
 *
 * @param id id
 * @param communeId the commune police unit managing the person
 * @param fullName full name
 * @param birthDate date of birth
 * @param sex sex
 * @param citizenId citizen id, masked unless revealed
 * @param phone phone, masked unless revealed
 * @param residenceVillageId village of residence
 * @param residenceVillage its name
 * @param residenceSince start of residence
 * @param education education
 * @param healthCertificateOn health certificate date
 * @param previousService previous service
 * @param status status on the date
 * @param statusSince since when
 * @param teamId team on the date
 * @param teamName its name
 * @param position position in it
 * @param revealed whether personal data is shown in full
 */
public record MemberView(long id, long communeId, String fullName, LocalDate birthDate, Sex sex, String citizenId,
		@Nullable String phone, @Nullable Long residenceVillageId, @Nullable String residenceVillage,
		@Nullable LocalDate residenceSince, Education education, @Nullable LocalDate healthCertificateOn,
		@Nullable String previousService, @Nullable MemberStatus status, @Nullable LocalDate statusSince,
		@Nullable Long teamId, @Nullable String teamName, @Nullable TeamPosition position, boolean revealed) {
}

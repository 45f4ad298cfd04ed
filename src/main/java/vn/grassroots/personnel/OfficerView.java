package vn.grassroots.personnel;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A commune police officer as of a date.
 *
 * @param id id
 * @param fullName full name
 * @param birthDate date of birth
 * @param phone phone, masked unless revealed
 * @param unitId unit assigned to on the date
 * @param unitName its name
 * @param position position
 * @param rank rank
 * @param since start of the current assignment
 */
public record OfficerView(long id, String fullName, @Nullable LocalDate birthDate, @Nullable String phone,
		@Nullable Long unitId, @Nullable String unitName, @Nullable OfficerPosition position,
		@Nullable OfficerRank rank, @Nullable LocalDate since) {
}

package vn.grassroots.personnel;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A member card as its commune police see it.
 *
 * @param id id
 * @param memberId the member
 * @param cardNumber the number printed on the card
 * @param verifyToken the secret part of the public verification address
 * @param issuedOn issue date
 * @param validTo last day of validity
 * @param revokedAt when it was revoked, or null
 * @param revokedReason why
 * @param issuedBy who issued it
 */
public record MemberCardView(long id, long memberId, String cardNumber, String verifyToken, LocalDate issuedOn,
		LocalDate validTo, @Nullable Instant revokedAt, @Nullable String revokedReason, String issuedBy) {

	/** Whether the card is valid on the date (not revoked, not expired). */
	public boolean validOn(LocalDate date) {
		return this.revokedAt == null && !date.isBefore(this.issuedOn) && !date.isAfter(this.validTo);
	}

}

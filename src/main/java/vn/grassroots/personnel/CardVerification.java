package vn.grassroots.personnel;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the public verification page shows of a card: never the citizen ID, address, phone
 * or birth date.
 *
 * @param state VALID, REVOKED, EXPIRED or NOT_SERVING (the holder no longer serves)
 * @param cardNumber the card's number
 * @param fullName the holder's name
 * @param team the holder's team, if any
 * @param commune the commune police the holder serves with
 * @param validTo last day of validity
 */
public record CardVerification(State state, String cardNumber, String fullName, @Nullable String team,
		@Nullable String commune, LocalDate validTo) {

	/** Outcome of a check. */
	public enum State {

		/** The card is valid. */
		VALID,
		/** The card was revoked. */
		REVOKED,
		/** The card's validity has ended. */
		EXPIRED,
		/** The holder is no longer an active member. */
		NOT_SERVING

	}

}

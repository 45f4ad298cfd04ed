package vn.grassroots.personnel;

import java.time.LocalDate;

/**
 * A decision of the commune People's Committee chairman.
 *
 * @param number number and symbol, e.g. "12/QĐ-UBND"
 * @param date date signed
 * @param signer who signed
 */
public record Decision(String number, LocalDate date, String signer) {
}

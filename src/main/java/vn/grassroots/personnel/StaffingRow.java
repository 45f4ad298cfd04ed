package vn.grassroots.personnel;

/**
 * Officers of a commune police unit on a date against the norm.
 *
 * @param communeId unit
 * @param code its code
 * @param name its name
 * @param officers officers assigned
 * @param chiefs of them chiefs
 * @param deputies of them deputy chiefs
 * @param norm the norm (at least)
 * @param shortfall officers missing to the norm, 0 if met
 */
public record StaffingRow(long communeId, String code, String name, long officers, long chiefs, long deputies, int norm,
		long shortfall) {
}

package vn.grassroots.targets;

/**
 * The inventory of one category of equipment of a station against the norm.
 *
 * @param unitId the station's unit
 * @param category category, e.g. VEHICLE, RADIO, COMPUTER, BODY_CAMERA
 * @param quantity what the station has
 * @param norm what every station should have (0 when no norm is set)
 */
public record EquipmentView(long unitId, String category, int quantity, int norm) {

	public boolean meetsNorm() {
		return this.quantity >= this.norm;
	}

}

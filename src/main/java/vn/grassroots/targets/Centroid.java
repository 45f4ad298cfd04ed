package vn.grassroots.targets;

/**
 * The approximate centre of a province, for the dashboard map.
 *
 * @param unitId the province
 * @param lat latitude
 * @param lon longitude
 */
public record Centroid(long unitId, double lat, double lon) {
}

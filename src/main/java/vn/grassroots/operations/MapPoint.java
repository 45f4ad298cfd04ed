package vn.grassroots.operations;

import java.math.BigDecimal;

/**
 * An incident with coordinates, for the map.
 *
 * @param id id
 * @param lat latitude
 * @param lon longitude
 * @param severity severity
 * @param status status
 * @param subtype subtype code
 * @param unitName the unit's name
 * @param communeName the commune the unit belongs to (itself for a commune)
 */
public record MapPoint(long id, BigDecimal lat, BigDecimal lon, Severity severity, IncidentStatus status,
		String subtype, String unitName, String communeName) {
}

package vn.grassroots.operations;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

import vn.grassroots.shared.FieldProblem;
import vn.grassroots.shared.GrassrootsException;

/**
 * Coordinates (WGS 84) that lie inside Vietnam's bounding box: latitude 8.18 to 23.39,
 * longitude 102.14 to 109.47.
 *
 * @param lat latitude, 6 decimals
 * @param lon longitude, 6 decimals
 */
public record GeoPoint(BigDecimal lat, BigDecimal lon) {

	public static final double MIN_LAT = 8.18;

	public static final double MAX_LAT = 23.39;

	public static final double MIN_LON = 102.14;

	public static final double MAX_LON = 109.47;

	/** Whether the point lies inside Vietnam's bounding box. */
	public static boolean insideVietnam(double lat, double lon) {
		return lat >= MIN_LAT && lat <= MAX_LAT && lon >= MIN_LON && lon <= MAX_LON;
	}

	/**
	 * Parses optional coordinates: both blank gives null; one without the other, a
	 * non-number or a point outside Vietnam adds a problem naming the field.
	 */
	public static @Nullable GeoPoint parse(String latField, @Nullable String lat, String lonField, @Nullable String lon,
			java.util.List<FieldProblem> problems) {
		boolean noLat = lat == null || lat.isBlank();
		boolean noLon = lon == null || lon.isBlank();
		if (noLat && noLon) {
			return null;
		}
		if (noLat) {
			problems.add(new FieldProblem(latField, lat, "validation.required"));
			return null;
		}
		if (noLon) {
			problems.add(new FieldProblem(lonField, lon, "validation.required"));
			return null;
		}
		Double la = number(latField, lat, problems);
		Double lo = number(lonField, lon, problems);
		if (la == null || lo == null) {
			return null;
		}
		if (la < MIN_LAT || la > MAX_LAT) {
			problems.add(new FieldProblem(latField, lat, "operations.geo.outside-vietnam", MIN_LAT, MAX_LAT));
			return null;
		}
		if (lo < MIN_LON || lo > MAX_LON) {
			problems.add(new FieldProblem(lonField, lon, "operations.geo.outside-vietnam", MIN_LON, MAX_LON));
			return null;
		}
		return new GeoPoint(BigDecimal.valueOf(la).setScale(6, RoundingMode.HALF_UP),
				BigDecimal.valueOf(lo).setScale(6, RoundingMode.HALF_UP));
	}

	private static @Nullable Double number(String field, String raw, java.util.List<FieldProblem> problems) {
		try {
			double value = Double.parseDouble(raw.trim());
			if (Double.isNaN(value) || Double.isInfinite(value)) {
				throw new NumberFormatException();
			}
			return value;
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem(field, raw, "operations.validation.number"));
			return null;
		}
	}

	/** Throws a 400 naming the fields when there are problems. */
	static void throwIfAny(java.util.List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new GrassrootsException(vn.grassroots.shared.ProblemCode.BAD_REQUEST, problems,
					problems.get(0).field());
		}
	}

}

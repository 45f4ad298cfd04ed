package vn.grassroots.operations;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.grassroots.shared.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

class GeoPointTests {

	@Test
	void acceptsPointsInsideVietnamsBoundingBox() {
		List<FieldProblem> problems = new ArrayList<>();

		GeoPoint hanoi = GeoPoint.parse("lat", "21.0285", "lon", "105.8542", problems);

		assertThat(problems).isEmpty();
		assertThat(hanoi).isNotNull();
		assertThat(hanoi.lat()).hasToString("21.028500");
		assertThat(GeoPoint.insideVietnam(8.18, 102.14)).isTrue();
		assertThat(GeoPoint.insideVietnam(23.39, 109.47)).isTrue();
	}

	@Test
	void rejectsPointsOutsideNamingTheField() {
		List<FieldProblem> problems = new ArrayList<>();
		GeoPoint.parse("lat", "48.85", "lon", "105.0", problems);
		GeoPoint.parse("lat", "10.0", "lon", "2.35", problems);
		GeoPoint.parse("lat", "abc", "lon", "105", problems);
		GeoPoint.parse("lat", "10.5", "lon", "", problems);

		assertThat(problems).extracting(FieldProblem::field).containsExactly("lat", "lon", "lat", "lon");
		assertThat(problems.get(0).reasonKey()).isEqualTo("operations.geo.outside-vietnam");
		assertThat(GeoPoint.insideVietnam(8.17, 105)).isFalse();
		assertThat(GeoPoint.insideVietnam(15, 109.48)).isFalse();
	}

	@Test
	void noCoordinatesAtAllIsFine() {
		List<FieldProblem> problems = new ArrayList<>();

		assertThat(GeoPoint.parse("lat", null, "lon", " ", problems)).isNull();
		assertThat(problems).isEmpty();
	}

}

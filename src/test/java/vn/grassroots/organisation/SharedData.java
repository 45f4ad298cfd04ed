package vn.grassroots.organisation;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * The real national data in {@code ../shared/data/admin-units}: tests skip with a message
 * when it is absent locally, and fail in CI.
 */
final class SharedData {

	private SharedData() {
	}

	static Path adminUnits() {
		Path dir = Path.of(System.getProperty("grassroots.shared-data", "../shared/data")).resolve("admin-units");
		boolean present = Files.isRegularFile(dir.resolve("vn-units-2025-03.json"))
				&& Files.isRegularFile(dir.resolve("vn-reform-2025-07.json"));
		if (!present) {
			String message = "The national admin-units data is absent from " + dir.toAbsolutePath();
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(message + " (required in CI)");
			}
			Assumptions.abort(message + ": skipping");
		}
		return dir;
	}

}

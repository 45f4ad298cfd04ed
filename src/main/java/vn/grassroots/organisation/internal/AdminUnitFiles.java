package vn.grassroots.organisation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and checks the two national data files: the hierarchy before the 2025 reform and
 * the reform itself. Any malformed content is reported with its position (file, line and
 * column for syntax, JSON path for structure); nothing is returned in that case.
 */
public final class AdminUnitFiles {

	/** File name of the hierarchy as of 2025-03. */
	public static final String BASE_FILE = "vn-units-2025-03.json";

	/** File name of the reform of 2025-07-01. */
	public static final String REFORM_FILE = "vn-reform-2025-07.json";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private AdminUnitFiles() {
	}

	/** An old province, district or commune. */
	public record OldUnit(String code, String name, String fullName, @Nullable String nameEn,
			@Nullable String fullNameEn, List<OldUnit> children, boolean islandDistrict) {
	}

	/** One old unit named in the reform file. */
	public record Merge(String oldId, String name, String type) {
	}

	/** A new province or commune-level unit. */
	public record NewUnitEntry(String code, String name, List<Merge> merges, List<NewUnitEntry> children) {
	}

	/** Both files, checked. */
	public record Contents(List<OldUnit> provinces, List<NewUnitEntry> newProvinces, int statedProvinces,
			int statedCommunes) {
	}

	/** Reads both files from the directory; throws {@link MalformedFileException}. */
	public static Contents read(Path directory) {
		JsonNode base = parse(directory.resolve(BASE_FILE));
		JsonNode reform = parse(directory.resolve(REFORM_FILE));
		List<OldUnit> provinces = new ArrayList<>();
		Checker b = new Checker(BASE_FILE);
		b.array(base, "$");
		for (int i = 0; i < base.size(); i++) {
			JsonNode p = base.get(i);
			String at = "$[" + i + "]";
			List<OldUnit> districts = new ArrayList<>();
			JsonNode ds = p.get("District");
			b.array(ds, at + ".District");
			for (int j = 0; j < ds.size(); j++) {
				JsonNode d = ds.get(j);
				String dat = at + ".District[" + j + "]";
				JsonNode ws = d.get("Ward");
				List<OldUnit> communes = new ArrayList<>();
				boolean island = (ws == null || ws.isNull());
				if (!island) {
					b.array(ws, dat + ".Ward");
					for (int k = 0; k < ws.size(); k++) {
						communes.add(b.old(ws.get(k), dat + ".Ward[" + k + "]", List.of(), false, 5));
					}
				}
				districts.add(b.old(d, dat, communes, island, 3));
			}
			provinces.add(b.old(p, at, districts, false, 2));
		}
		Checker r = new Checker(REFORM_FILE);
		JsonNode data = reform.get("data");
		r.array(data, "$.data");
		List<NewUnitEntry> newProvinces = new ArrayList<>();
		for (int i = 0; i < data.size(); i++) {
			JsonNode p = data.get(i);
			String at = "$.data[" + i + "]";
			JsonNode l2 = p.get("level2s");
			r.array(l2, at + ".level2s");
			List<NewUnitEntry> communes = new ArrayList<>();
			for (int j = 0; j < l2.size(); j++) {
				JsonNode c = l2.get(j);
				String cat = at + ".level2s[" + j + "]";
				communes.add(new NewUnitEntry(r.code(c, "level2_id", cat, 5), r.text(c, "name", cat),
						r.merges(c.get("merges"), cat + ".merges"), List.of()));
			}
			newProvinces.add(new NewUnitEntry(r.code(p, "level1_id", at, 2), r.text(p, "name", at),
					r.merges(p.get("merges"), at + ".merges"), communes));
		}
		JsonNode stats = reform.get("stats");
		int statedProvinces = (stats != null && stats.get("level1_count") != null) ? stats.get("level1_count").asInt()
				: -1;
		int statedCommunes = (stats != null && stats.get("level2_count") != null) ? stats.get("level2_count").asInt()
				: -1;
		return new Contents(provinces, newProvinces, statedProvinces, statedCommunes);
	}

	private static JsonNode parse(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new MalformedFileException(file.getFileName().toString(), "file not found in " + file.getParent(), 0,
					0, "$");
		}
		try (InputStream in = Files.newInputStream(file)) {
			return MAPPER.readTree(in);
		}
		catch (JacksonException ex) {
			TokenStreamLocation loc = ex.getLocation();
			throw new MalformedFileException(file.getFileName().toString(), ex.getOriginalMessage(),
					(loc != null) ? loc.getLineNr() : 0, (loc != null) ? loc.getColumnNr() : 0, "");
		}
		catch (IOException ex) {
			throw new MalformedFileException(file.getFileName().toString(), ex.getMessage(), 0, 0, "");
		}
	}

	private record Checker(String file) {

		void array(@Nullable JsonNode node, String at) {
			if (node == null || !node.isArray()) {
				fail(at, "expected an array");
			}
		}

		String text(JsonNode node, String field, String at) {
			if (node == null || !node.isObject()) {
				fail(at, "expected an object");
			}
			JsonNode value = node.get(field);
			if (value == null || !value.isString() || value.stringValue().isBlank()) {
				fail(at + "." + field, "expected a non-empty string");
			}
			return value.stringValue().trim();
		}

		@Nullable String optionalText(JsonNode node, String field) {
			JsonNode value = node.get(field);
			return (value != null && value.isString() && !value.stringValue().isBlank()) ? value.stringValue().trim()
					: null;
		}

		String code(JsonNode node, String field, String at, int digits) {
			String code = text(node, field, at);
			if (!code.chars().allMatch(Character::isDigit) || code.length() != digits) {
				fail(at + "." + field, "expected a code of " + digits + " digits, found \"" + code + "\"");
			}
			return code;
		}

		OldUnit old(JsonNode node, String at, List<OldUnit> children, boolean island, int digits) {
			return new OldUnit(code(node, "Code", at, digits), text(node, "Name", at), text(node, "FullName", at),
					optionalText(node, "NameEn"), optionalText(node, "FullNameEn"), children, island);
		}

		List<Merge> merges(@Nullable JsonNode node, String at) {
			array(node, at);
			List<Merge> merges = new ArrayList<>();
			for (int i = 0; i < node.size(); i++) {
				JsonNode m = node.get(i);
				String mat = at + "[" + i + "]";
				String oldId = text(m, "old_id", mat);
				if (!oldId.chars().allMatch(Character::isDigit)) {
					fail(mat + ".old_id", "expected digits, found \"" + oldId + "\"");
				}
				String type = text(m, "type", mat);
				if (!type.equals("full") && !type.equals("partial")) {
					fail(mat + ".type", "expected \"full\" or \"partial\", found \"" + type + "\"");
				}
				merges.add(new Merge(oldId, text(m, "name", mat), type));
			}
			if (merges.isEmpty()) {
				fail(at, "expected at least one old unit");
			}
			return merges;
		}

		private void fail(String at, String reason) {
			throw new MalformedFileException(this.file, reason, 0, 0, at);
		}

	}

	/** A file that cannot be imported, with where and why. */
	public static class MalformedFileException extends RuntimeException {

		private final String file;

		private final String reason;

		private final int line;

		private final int column;

		private final String jsonPath;

		MalformedFileException(String file, String reason, int line, int column, String jsonPath) {
			super(file + (line > 0 ? " line " + line + " column " + column : "")
					+ (jsonPath.isEmpty() ? "" : " at " + jsonPath) + ": " + reason);
			this.file = file;
			this.reason = reason;
			this.line = line;
			this.column = column;
			this.jsonPath = jsonPath;
		}

		public String file() {
			return this.file;
		}

		public String reason() {
			return this.reason;
		}

		public int line() {
			return this.line;
		}

		public int column() {
			return this.column;
		}

		public String jsonPath() {
			return this.jsonPath;
		}

	}

}

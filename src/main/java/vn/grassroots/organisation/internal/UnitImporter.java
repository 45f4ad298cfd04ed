package vn.grassroots.organisation.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.grassroots.organisation.Coverage;
import vn.grassroots.organisation.ImportReport;
import vn.grassroots.organisation.ImportReport.Anomaly;
import vn.grassroots.organisation.ReorganisationKind;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.organisation.internal.AdminUnitFiles.Contents;
import vn.grassroots.organisation.internal.AdminUnitFiles.Merge;
import vn.grassroots.organisation.internal.AdminUnitFiles.NewUnitEntry;
import vn.grassroots.organisation.internal.AdminUnitFiles.OldUnit;
import vn.grassroots.shared.TextFolding;

/**
 * Imports the hierarchy before the reform (valid until 2025-06-30) and the units of the
 * reform of 2025-07-01 with their lineage, in one transaction. A unit continues (keeps
 * its identity) when the reform formed it from exactly one whole old unit with the same
 * code that went nowhere else; every other new unit is a new unit linked to its
 * predecessors. Importing again changes nothing.
 */
@Component
public class UnitImporter {

	/** The day the 2025 reform took effect. */
	public static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);

	static final String BASE = "vn2025-03:";

	static final String REFORM = "vn2025-07:";

	static final String PROVINCE_BASIS = "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp"
			+ " đơn vị hành chính cấp tỉnh";

	static final String COMMUNE_BASIS = "Nghị quyết của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành"
			+ " chính cấp xã năm 2025 của ";

	static final String DISTRICT_BASIS = "Luật Tổ chức chính quyền địa phương số 72/2025/QH15: đơn vị hành chính"
			+ " cấp huyện kết thúc hoạt động từ ngày 01/7/2025";

	private final JdbcTemplate jdbc;

	private final UnitWriter writer;

	private final UnitIds ids;

	private final TransactionTemplate tx;

	UnitImporter(JdbcTemplate jdbc, UnitWriter writer, UnitIds ids, TransactionTemplate tx) {
		this.jdbc = jdbc;
		this.writer = writer;
		this.ids = ids;
		this.tx = tx;
	}

	/**
	 * Imports the files of the directory. Throws
	 * {@link AdminUnitFiles.MalformedFileException} (and imports nothing) when a file is
	 * malformed.
	 * @param progress told (phase, done, total) as the import goes
	 */
	public ImportReport importFrom(Path directory, String actor, Progress progress) {
		long start = System.currentTimeMillis();
		progress.report("reading", 0, 2);
		Contents contents = AdminUnitFiles.read(directory);
		progress.report("checking", 1, 2);
		Plan plan = new Plan(contents);
		Integer existing = this.jdbc.queryForObject("select count(*) from org_unit where source = ?", Integer.class,
				BASE + "P:" + contents.provinces().get(0).code());
		boolean already = existing != null && existing > 0;
		Map<String, Integer> created = new LinkedHashMap<>();
		if (!already) {
			this.tx.executeWithoutResult((status) -> plan.write(actor, created, progress));
		}
		progress.report("done", 1, 1);
		return new ImportReport(already, System.currentTimeMillis() - start, plan.before, plan.after, created,
				plan.anomalies);
	}

	/** Receives progress. */
	@FunctionalInterface
	public interface Progress {

		void report(String phase, int done, int total);

	}

	private final class Plan {

		final Contents contents;

		final Map<String, OldUnit> oldCommunes = new HashMap<>();

		final Map<String, OldUnit> islandDistricts = new HashMap<>();

		final Map<String, String> communeDistrict = new HashMap<>();

		final Map<String, Integer> communeOccurrences = new HashMap<>();

		final Map<String, Integer> provinceOccurrences = new HashMap<>();

		final Map<String, NewUnitEntry> continuingCommunes = new HashMap<>();

		final Map<String, NewUnitEntry> continuingProvinces = new HashMap<>();

		final Map<String, String> newCommuneProvince = new HashMap<>();

		final Map<String, Integer> before = new LinkedHashMap<>();

		final Map<String, Integer> after = new LinkedHashMap<>();

		final List<Anomaly> anomalies = new ArrayList<>();

		Plan(Contents contents) {
			this.contents = contents;
			int districts = 0;
			for (OldUnit p : contents.provinces()) {
				for (OldUnit d : p.children()) {
					districts++;
					if (d.islandDistrict()) {
						this.islandDistricts.put(d.code(), d);
						this.anomalies.add(new Anomaly("ISLAND_DISTRICT", d.code(), d.fullName(),
								"district without communes: acts as a commune-level unit until 2025-07-01"));
					}
					for (OldUnit c : d.children()) {
						this.oldCommunes.put(c.code(), c);
						this.communeDistrict.put(c.code(), d.code());
					}
				}
			}
			this.before.put("PROVINCE", contents.provinces().size());
			this.before.put("DISTRICT", districts);
			this.before.put("COMMUNE", this.oldCommunes.size());
			this.before.put("ISLAND_DISTRICT", this.islandDistricts.size());
			int communes = 0;
			Map<String, Integer> kinds = new LinkedHashMap<>();
			for (NewUnitEntry np : contents.newProvinces()) {
				np.merges().forEach((m) -> this.provinceOccurrences.merge(m.oldId(), 1, Integer::sum));
				for (NewUnitEntry c : np.children()) {
					communes++;
					kinds.merge(communeKind(c.name()), 1, Integer::sum);
					this.newCommuneProvince.put(c.code(), np.code());
					c.merges().forEach((m) -> this.communeOccurrences.merge(m.oldId(), 1, Integer::sum));
				}
			}
			this.after.put("PROVINCE", contents.newProvinces().size());
			this.after.put("COMMUNE", communes);
			kinds.forEach((k, v) -> this.after.put("COMMUNE_" + k, v));
			for (NewUnitEntry np : contents.newProvinces()) {
				if (continues(np, this.provinceOccurrences)) {
					this.continuingProvinces.put(np.code(), np);
				}
				for (NewUnitEntry c : np.children()) {
					if (continues(c, this.communeOccurrences) && this.oldCommunes.containsKey(c.code())) {
						this.continuingCommunes.put(c.code(), c);
					}
					for (Merge m : c.merges()) {
						if (!this.oldCommunes.containsKey(m.oldId())) {
							boolean island = this.islandDistricts.containsKey(m.oldId());
							this.anomalies.add(new Anomaly("MISSING_OLD_ID", m.oldId(), m.name(),
									"not a commune of " + AdminUnitFiles.BASE_FILE + "; named as " + m.type()
											+ " predecessor of " + c.code() + " " + c.name() + ": "
											+ (island ? "linked to the island district " + m.oldId()
													: "kept by code and name, without a unit")));
						}
					}
				}
			}
			Map<String, List<String>> splits = new LinkedHashMap<>();
			for (NewUnitEntry np : contents.newProvinces()) {
				for (NewUnitEntry c : np.children()) {
					for (Merge m : c.merges()) {
						if (this.communeOccurrences.getOrDefault(m.oldId(), 0) > 1) {
							splits.computeIfAbsent(m.oldId() + "\u0000" + m.name(), (k) -> new ArrayList<>())
								.add(c.code() + " " + c.name() + " (" + m.type() + ")");
						}
					}
				}
			}
			splits.forEach((key, parts) -> {
				String[] codeName = key.split("\u0000");
				this.anomalies.add(new Anomaly("PARTIAL_SPLIT", codeName[0], codeName[1],
						"split among " + parts.size() + " new units: " + String.join("; ", parts)));
			});
			if (contents.statedProvinces() >= 0 && contents.statedProvinces() != contents.newProvinces().size()) {
				this.anomalies.add(new Anomaly("STATED_COUNT_MISMATCH", "stats.level1_count", "",
						"stated " + contents.statedProvinces() + ", found " + contents.newProvinces().size()));
			}
			if (contents.statedCommunes() >= 0 && contents.statedCommunes() != communes) {
				this.anomalies.add(new Anomaly("STATED_COUNT_MISMATCH", "stats.level2_count", "",
						"stated " + contents.statedCommunes() + ", found " + communes));
			}
		}

		private static boolean continues(NewUnitEntry entry, Map<String, Integer> occurrences) {
			return entry.merges().size() == 1 && "full".equals(entry.merges().get(0).type())
					&& entry.merges().get(0).oldId().equals(entry.code())
					&& occurrences.getOrDefault(entry.code(), 0) == 1;
		}

		void write(String actor, Map<String, Integer> created, Progress progress) {
			List<NewUnit> units = new ArrayList<>();
			List<NewPeriod> periods = new ArrayList<>();
			Map<String, Long> oldProvinceIds = new HashMap<>();
			Map<String, Long> newProvinceIds = new HashMap<>();
			Map<String, String> newProvincePaths = new HashMap<>();
			Map<String, Long> oldCommuneIds = new HashMap<>();
			Map<String, Long> districtIds = new HashMap<>();
			Map<String, Long> newCommuneIds = new HashMap<>();
			int total = this.oldCommunes.size() + this.after.get("COMMUNE");
			progress.report("units", 0, total);
			// provinces before the reform; those that continue keep their identity
			for (OldUnit p : this.contents.provinces()) {
				long id = UnitImporter.this.ids.next();
				oldProvinceIds.put(p.code(), id);
				NewUnitEntry cont = this.continuingProvinces.get(p.code());
				String path = "/1/" + id + "/";
				units.add(new NewUnit(id, UnitType.PROVINCE, provinceKind(p.fullName()), false, BASE + "P:" + p.code(),
						false, null, (cont != null) ? null : REFORM_DAY));
				if (cont != null) {
					newProvinceIds.put(p.code(), id);
					newProvincePaths.put(p.code(), path);
				}
				boolean renamed = cont != null && !cont.name().equals(p.fullName());
				periods.add(new NewPeriod(id, UnitType.PROVINCE, 1L, path, p.code(), p.name(), p.fullName(), p.nameEn(),
						p.fullNameEn(), null, (cont != null && !renamed) ? null : REFORM_DAY));
				if (renamed) {
					periods.add(newPeriod(id, UnitType.PROVINCE, 1L, path, cont, REFORM_DAY));
				}
			}
			for (NewUnitEntry np : this.contents.newProvinces()) {
				if (!newProvinceIds.containsKey(np.code())) {
					long id = UnitImporter.this.ids.next();
					newProvinceIds.put(np.code(), id);
					newProvincePaths.put(np.code(), "/1/" + id + "/");
					units.add(new NewUnit(id, UnitType.PROVINCE, provinceKind(np.name()), false,
							REFORM + "P:" + np.code(), false, REFORM_DAY, null));
					periods.add(newPeriod(id, UnitType.PROVINCE, 1L, "/1/" + id + "/", np, REFORM_DAY));
				}
			}
			int done = 0;
			for (OldUnit p : this.contents.provinces()) {
				long pid = oldProvinceIds.get(p.code());
				String ppath = "/1/" + pid + "/";
				for (OldUnit d : p.children()) {
					long did = UnitImporter.this.ids.next();
					districtIds.put(d.code(), did);
					String dpath = ppath + did + "/";
					units.add(new NewUnit(did, UnitType.DISTRICT,
							d.islandDistrict() ? "ISLAND_DISTRICT" : districtKind(d.fullName()), d.islandDistrict(),
							BASE + "D:" + d.code(), false, null, REFORM_DAY));
					periods.add(new NewPeriod(did, UnitType.DISTRICT, pid, dpath, d.code(), d.name(), d.fullName(),
							d.nameEn(), d.fullNameEn(), null, REFORM_DAY));
					for (OldUnit c : d.children()) {
						long cid = UnitImporter.this.ids.next();
						oldCommuneIds.put(c.code(), cid);
						NewUnitEntry cont = this.continuingCommunes.get(c.code());
						units.add(new NewUnit(cid, UnitType.COMMUNE, communeKind(c.fullName()), true,
								BASE + "C:" + c.code(), false, null, (cont != null) ? null : REFORM_DAY));
						periods.add(new NewPeriod(cid, UnitType.COMMUNE, did, dpath + cid + "/", c.code(), c.name(),
								c.fullName(), c.nameEn(), c.fullNameEn(), null, REFORM_DAY));
						if (cont != null) {
							String provinceCode = this.newCommuneProvince.get(c.code());
							newCommuneIds.put(c.code(), cid);
							periods.add(newPeriod(cid, UnitType.COMMUNE, newProvinceIds.get(provinceCode),
									newProvincePaths.get(provinceCode) + cid + "/", cont, REFORM_DAY));
						}
						done++;
					}
				}
				progress.report("units", done, total);
			}
			for (NewUnitEntry np : this.contents.newProvinces()) {
				long pid = newProvinceIds.get(np.code());
				for (NewUnitEntry c : np.children()) {
					if (!newCommuneIds.containsKey(c.code())) {
						long cid = UnitImporter.this.ids.next();
						newCommuneIds.put(c.code(), cid);
						units.add(new NewUnit(cid, UnitType.COMMUNE, communeKind(c.name()), true,
								REFORM + "C:" + c.code(), false, REFORM_DAY, null));
						periods.add(newPeriod(cid, UnitType.COMMUNE, pid, newProvincePaths.get(np.code()) + cid + "/",
								c, REFORM_DAY));
					}
					done++;
				}
				progress.report("units", done, total);
			}
			UnitImporter.this.writer.insertUnits(units);
			progress.report("periods", 0, periods.size());
			UnitImporter.this.writer.insertPeriods(periods);
			progress.report("lineage", 0, 1);
			// reorganisations and lineage
			List<NewReorganisation> reorganisations = new ArrayList<>();
			List<Object[]> pendingLinks = new ArrayList<>();
			BiConsumer<NewReorganisation, Object[]> add = (r, link) -> {
				reorganisations.add(r);
				if (link != null) {
					pendingLinks.add(link);
				}
			};
			for (NewUnitEntry np : this.contents.newProvinces()) {
				long pid = newProvinceIds.get(np.code());
				String source = REFORM + "R:P:" + np.code();
				if (this.continuingProvinces.containsKey(np.code())) {
					OldUnit old = this.contents.provinces()
						.stream()
						.filter((p) -> p.code().equals(np.code()))
						.findFirst()
						.orElseThrow();
					if (!old.fullName().equals(np.name())) {
						add.accept(new NewReorganisation(ReorganisationKind.RENAME, REFORM_DAY, PROVINCE_BASIS, null,
								pid, source, actor), null);
					}
					continue;
				}
				add.accept(new NewReorganisation(ReorganisationKind.MERGE, REFORM_DAY, PROVINCE_BASIS, null, pid,
						source, actor), null);
				for (Merge m : np.merges()) {
					pendingLinks.add(new Object[] { source, oldProvinceIds.get(m.oldId()), pid, m });
				}
			}
			for (NewUnitEntry np : this.contents.newProvinces()) {
				String basis = COMMUNE_BASIS + np.name();
				for (NewUnitEntry c : np.children()) {
					long cid = newCommuneIds.get(c.code());
					String source = REFORM + "R:C:" + c.code();
					if (this.continuingCommunes.containsKey(c.code())) {
						add.accept(new NewReorganisation(ReorganisationKind.MOVE, REFORM_DAY, basis,
								"Chuyển trực thuộc cấp tỉnh khi kết thúc cấp huyện", cid, source, actor), null);
						continue;
					}
					boolean split = c.merges().size() == 1 && "partial".equals(c.merges().get(0).type());
					add.accept(new NewReorganisation(split ? ReorganisationKind.SPLIT : ReorganisationKind.MERGE,
							REFORM_DAY, basis, null, cid, source, actor), null);
					for (Merge m : c.merges()) {
						Long oldId = oldCommuneIds.get(m.oldId());
						if (oldId == null) {
							oldId = districtIds.get(m.oldId());
							if (oldId != null && !this.islandDistricts.containsKey(m.oldId())) {
								oldId = null;
							}
						}
						pendingLinks.add(new Object[] { source, oldId, cid, m });
					}
				}
			}
			for (OldUnit p : this.contents.provinces()) {
				for (OldUnit d : p.children()) {
					add.accept(new NewReorganisation(ReorganisationKind.DISSOLVE, REFORM_DAY, DISTRICT_BASIS, null,
							districtIds.get(d.code()), REFORM + "R:D:" + d.code(), actor), null);
				}
			}
			Map<String, Long> reorganisationIds = UnitImporter.this.writer.insertReorganisations(reorganisations,
					REFORM + "R:");
			List<NewLineage> links = new ArrayList<>();
			for (Object[] l : pendingLinks) {
				Merge m = (Merge) l[3];
				links.add(new NewLineage(reorganisationIds.get((String) l[0]), (Long) l[1], (Long) l[2],
						"full".equals(m.type()) ? Coverage.FULL : Coverage.PARTIAL, m.oldId(), m.name()));
			}
			UnitImporter.this.writer.insertLineage(links);
			created.put("units", units.size());
			created.put("periods", periods.size());
			created.put("reorganisations", reorganisations.size());
			created.put("lineageLinks", links.size());
			created.put("continuingProvinces", this.continuingProvinces.size());
			created.put("continuingCommunes", this.continuingCommunes.size());
		}

	}

	private static NewPeriod newPeriod(long id, UnitType type, Long parentId, String path, NewUnitEntry entry,
			LocalDate from) {
		String shortName = shortName(entry.name());
		String en = englishName(shortName);
		String kindEn = switch (type == UnitType.PROVINCE ? provinceKind(entry.name()) : communeKind(entry.name())) {
			case "CITY" -> "City";
			case "PROVINCE" -> "Province";
			case "WARD" -> "Ward";
			case "SPECIAL_ZONE" -> "Special Zone";
			case "TOWNSHIP" -> "Township";
			default -> "Commune";
		};
		return new NewPeriod(id, type, parentId, path, entry.code(), shortName, entry.name(), en, en + " " + kindEn,
				from, null);
	}

	static String provinceKind(String fullName) {
		return fullName.startsWith("Thành phố") ? "CITY" : "PROVINCE";
	}

	static String districtKind(String fullName) {
		if (fullName.startsWith("Quận")) {
			return "URBAN_DISTRICT";
		}
		if (fullName.startsWith("Thị xã")) {
			return "TOWN";
		}
		return fullName.startsWith("Thành phố") ? "CITY" : "RURAL_DISTRICT";
	}

	static String communeKind(String fullName) {
		if (fullName.startsWith("Phường")) {
			return "WARD";
		}
		if (fullName.startsWith("Đặc khu")) {
			return "SPECIAL_ZONE";
		}
		return fullName.startsWith("Thị trấn") ? "TOWNSHIP" : "COMMUNE";
	}

	static String shortName(String fullName) {
		for (String prefix : List.of("Thành phố ", "Tỉnh ", "Phường ", "Xã ", "Đặc khu ", "Thị trấn ", "Quận ",
				"Huyện ", "Thị xã ")) {
			if (fullName.startsWith(prefix)) {
				return fullName.substring(prefix.length());
			}
		}
		return fullName;
	}

	static String englishName(String vietnamese) {
		StringBuilder en = new StringBuilder();
		for (String word : TextFolding.fold(vietnamese).split(" ")) {
			if (!word.isEmpty()) {
				if (en.length() > 0) {
					en.append(' ');
				}
				en.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
			}
		}
		return en.toString();
	}

}

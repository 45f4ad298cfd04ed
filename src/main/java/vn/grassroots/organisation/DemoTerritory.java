package vn.grassroots.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.organisation.internal.NewLineage;
import vn.grassroots.organisation.internal.NewPeriod;
import vn.grassroots.organisation.internal.NewReorganisation;
import vn.grassroots.organisation.internal.NewUnit;
import vn.grassroots.organisation.internal.UnitIds;
import vn.grassroots.organisation.internal.UnitImporter;
import vn.grassroots.organisation.internal.UnitSql;
import vn.grassroots.organisation.internal.UnitWriter;

/**
 * A deterministic, seeded generator of a clearly labelled demo territory: provinces with
 * districts and communes before the reform of 2025-07-01, their merger on that date, and
 * villages with protection teams under the new communes. The same seed always gives the
 * same territory. {@link #addVillagesAndTeams} also runs on any imported hierarchy, for
 * scale tests.
 */
@Service
public class DemoTerritory {

	private static final String[] SYLLABLES = { "An", "Bình", "Phú", "Hòa", "Tân", "Xuân", "Vĩnh", "Yên", "Đông", "Tây",
			"Nam", "Bắc", "Thạnh", "Lộc", "Phước", "Mỹ", "Long", "Hưng", "Thịnh", "Quang", "Trung", "Đình", "Sơn", "Hà",
			"Thủy", "Lâm", "Minh", "Đức", "Thành", "Lạc" };

	private static final String[] PROVINCES = { "Sông Lam", "Bạch Đằng", "Trường Sơn", "Cửu Long" };

	private final UnitWriter writer;

	private final UnitIds ids;

	private final JdbcClient jdbc;

	DemoTerritory(UnitWriter writer, UnitIds ids, JdbcClient jdbc) {
		this.writer = writer;
		this.ids = ids;
		this.jdbc = jdbc;
	}

	/** Whether a demo territory exists already. */
	@Transactional(readOnly = true)
	public boolean exists() {
		return this.jdbc.sql("select count(*) from org_unit where demo = true").query(Long.class).single() > 0;
	}

	/**
	 * Generates the demo territory: four provinces with two districts of four communes
	 * each until 2025-06-30; from 2025-07-01 the first two provinces are merged and every
	 * pair of communes (one of them split in two) forms a new commune with 4 to 6
	 * villages, each with a protection team.
	 */
	@Transactional
	public void generate(long seed) {
		Random random = new Random(seed);
		LocalDate reform = UnitImporter.REFORM_DAY;
		List<NewUnit> units = new ArrayList<>();
		List<NewPeriod> periods = new ArrayList<>();
		List<long[]> oldCommunes = new ArrayList<>();
		List<String[]> oldCommuneNames = new ArrayList<>();
		long[] provinceIds = new long[PROVINCES.length];
		for (int p = 0; p < PROVINCES.length; p++) {
			long pid = this.ids.next();
			provinceIds[p] = pid;
			boolean merged = p < 2;
			String code = "DM" + (p + 1);
			String name = PROVINCES[p];
			units.add(new NewUnit(pid, UnitType.PROVINCE, "PROVINCE", false, "demo:P:" + code, true, null,
					merged ? reform : null));
			periods.add(period(pid, UnitType.PROVINCE, 1L, "/1/" + pid + "/", code, name + " (demo)",
					"Tỉnh " + name + " (demo)", null, merged ? reform : null));
			for (int d = 1; d <= 2; d++) {
				long did = this.ids.next();
				String dcode = code + "-" + d;
				String dname = word(random) + " " + word(random);
				units.add(new NewUnit(did, UnitType.DISTRICT, "RURAL_DISTRICT", false, "demo:D:" + dcode, true, null,
						reform));
				String dpath = "/1/" + pid + "/" + did + "/";
				periods.add(period(did, UnitType.DISTRICT, pid, dpath, dcode, dname, "Huyện " + dname, null, reform));
				for (int c = 1; c <= 4; c++) {
					long cid = this.ids.next();
					String ccode = dcode + "-" + c;
					String cname = word(random) + " " + word(random);
					String full = ((c % 2 == 0) ? "Xã " : "Thị trấn ") + cname;
					units.add(new NewUnit(cid, UnitType.COMMUNE, (c % 2 == 0) ? "COMMUNE" : "TOWNSHIP", true,
							"demo:C:" + ccode, true, null, reform));
					periods
						.add(period(cid, UnitType.COMMUNE, did, dpath + cid + "/", ccode, cname, full, null, reform));
					oldCommunes.add(new long[] { cid, p });
					oldCommuneNames.add(new String[] { ccode, full });
				}
			}
		}
		long mergedId = this.ids.next();
		units.add(new NewUnit(mergedId, UnitType.PROVINCE, "PROVINCE", false, "demo:P:DM5", true, reform, null));
		periods.add(period(mergedId, UnitType.PROVINCE, 1L, "/1/" + mergedId + "/", "DM5", "Hồng Lam (demo)",
				"Tỉnh Hồng Lam (demo)", reform, null));
		// new communes from pairs of old ones; the third pair of each province shares its
		// second commune with the fourth (a partial split)
		List<long[]> links = new ArrayList<>();
		List<long[]> newCommunes = new ArrayList<>();
		int n = 0;
		for (int i = 0; i + 1 < oldCommunes.size(); i += 2) {
			int p = (int) oldCommunes.get(i)[1];
			long parent = (p < 2) ? mergedId : provinceIds[p];
			long cid = this.ids.next();
			n++;
			String code = "DM" + ((p < 2) ? 5 : p + 1) + "-" + String.format("%02d", n);
			String cname = word(random) + " " + word(random);
			boolean ward = n % 3 == 0;
			units.add(new NewUnit(cid, UnitType.COMMUNE, ward ? "WARD" : "COMMUNE", true, "demo:C:" + code, true,
					reform, null));
			periods.add(period(cid, UnitType.COMMUNE, parent, "/1/" + parent + "/" + cid + "/", code, cname,
					(ward ? "Phường " : "Xã ") + cname, reform, null));
			newCommunes.add(new long[] { cid, parent });
			links.add(new long[] { oldCommunes.get(i)[0], cid, i, 1 });
			boolean splitPair = (i / 2) % 4 == 2;
			links.add(new long[] { oldCommunes.get(i + 1)[0], cid, i + 1, splitPair ? 0 : 1 });
			if ((i / 2) % 4 == 3) {
				// this commune also takes the other part of the previous pair's second
				// commune
				links.add(new long[] { oldCommunes.get(i - 1)[0], cid, i - 1, 0 });
			}
		}
		this.writer.insertUnits(units);
		this.writer.insertPeriods(periods);
		String basis = "Dữ liệu minh họa (demo): sắp xếp đơn vị hành chính ngày 01/7/2025";
		long provinceMerge = this.writer.insertReorganisation(
				new NewReorganisation(ReorganisationKind.MERGE, reform, basis, null, mergedId, "demo:R:P:DM5", "demo"));
		List<NewLineage> lineage = new ArrayList<>();
		lineage.add(new NewLineage(provinceMerge, provinceIds[0], mergedId, Coverage.FULL, "DM1", PROVINCES[0]));
		lineage.add(new NewLineage(provinceMerge, provinceIds[1], mergedId, Coverage.FULL, "DM2", PROVINCES[1]));
		long communeMerge = 0;
		long lastTarget = -1;
		for (long[] l : links) {
			if (l[1] != lastTarget) {
				communeMerge = this.writer.insertReorganisation(new NewReorganisation(ReorganisationKind.MERGE, reform,
						basis, null, l[1], "demo:R:C:" + l[1], "demo"));
				lastTarget = l[1];
			}
			String[] old = oldCommuneNames.get((int) l[2]);
			lineage.add(new NewLineage(communeMerge, l[0], l[1], (l[3] == 1) ? Coverage.FULL : Coverage.PARTIAL, old[0],
					old[1]));
		}
		this.writer.insertLineage(lineage);
		addVillagesAndTeams(random, newCommunes, 4, 6, reform, true);
	}

	/**
	 * Adds villages and one protection team per village under every commune valid on the
	 * date whose path starts with {@code pathPrefix}; for scale tests on real
	 * hierarchies.
	 * @return number of villages created
	 */
	@Transactional
	public int addVillagesAndTeams(long seed, String pathPrefix, int minVillages, int maxVillages, LocalDate from) {
		List<long[]> communes = this.jdbc
			.sql("select p.unit_id, p.parent_id from org_unit_period p where p.type = 'COMMUNE' and p.path >= :s and"
					+ " p.path < :e and " + UnitSql.validAt("p", "d") + " order by p.unit_id")
			.param("s", pathPrefix)
			.param("e", vn.grassroots.shared.UnitScope.rangeEnd(pathPrefix))
			.param("d", from)
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		return addVillagesAndTeams(new Random(seed), communes, minVillages, maxVillages, from, false);
	}

	private int addVillagesAndTeams(Random random, List<long[]> communes, int min, int max, LocalDate from,
			boolean demo) {
		List<NewUnit> units = new ArrayList<>();
		List<NewPeriod> periods = new ArrayList<>();
		int villages = 0;
		for (long[] commune : communes) {
			var c = this.jdbc
				.sql("select path, code from org_unit_period p where unit_id = :id and " + UnitSql.validAt("p", "d"))
				.param("id", commune[0])
				.param("d", from)
				.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2) })
				.single();
			int count = min + random.nextInt(max - min + 1);
			for (int v = 1; v <= count; v++) {
				long vid = this.ids.next();
				boolean urban = random.nextBoolean();
				String vname = urban ? "Tổ dân phố " + v : "Thôn " + word(random) + " " + word(random);
				String vcode = c[1] + "-V" + String.format("%02d", v);
				units.add(new NewUnit(vid, UnitType.VILLAGE, urban ? "RESIDENTIAL_GROUP" : "VILLAGE", false,
						demo ? "demo:V:" + vcode : null, demo, from, null));
				String vpath = c[0] + vid + "/";
				periods.add(period(vid, UnitType.VILLAGE, commune[0], vpath, vcode,
						vname.substring(vname.indexOf(' ') + 1), vname, from, null));
				long tid = this.ids.next();
				String tcode = c[1] + "-T" + String.format("%02d", v);
				units.add(new NewUnit(tid, UnitType.TEAM, "PROTECTION_TEAM", false, demo ? "demo:T:" + tcode : null,
						demo, from, null));
				periods.add(period(tid, UnitType.TEAM, vid, vpath + tid + "/", tcode, vname, "Tổ bảo vệ ANTT " + vname,
						from, null));
				villages++;
			}
		}
		this.writer.insertUnits(units);
		this.writer.insertPeriods(periods);
		return villages;
	}

	private static String word(Random random) {
		return SYLLABLES[random.nextInt(SYLLABLES.length)];
	}

	private static NewPeriod period(long id, UnitType type, Long parent, String path, String code, String name,
			String fullName, @Nullable LocalDate from, @Nullable LocalDate to) {
		return new NewPeriod(id, type, parent, path, code, name, fullName, null, null, from, to);
	}

}

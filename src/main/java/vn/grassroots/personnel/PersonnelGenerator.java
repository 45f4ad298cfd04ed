package vn.grassroots.personnel;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.shared.UnitScope;

/**
 * A deterministic, seeded generator of personnel data: for every protection team without
 * a personnel record, the establishment decision, its village and 3 to 6 members (one
 * leader, one deputy, the rest members); for every commune police unit without officers,
 * 12 to 15 officers (one chief, two deputy chiefs). The same seed on the same units gives
 * the same data; units that already have data are skipped, so running again changes
 * nothing. Used for the demo data and for scale tests on imported hierarchies.
 */
@Service
public class PersonnelGenerator {

	private static final String[] SURNAMES = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
			"Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý" };

	private static final String[] MALE_MIDDLE = { "Văn", "Hữu", "Đức", "Minh", "Quốc", "Thành", "Công" };

	private static final String[] FEMALE_MIDDLE = { "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mai" };

	private static final String[] GIVEN = { "An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam",
			"Phong", "Quân", "Sơn", "Tâm", "Thắng", "Trung", "Tuấn", "Việt", "Hà", "Hoa", "Lan", "Linh", "Hương",
			"Nhung", "Trang", "Yến", "Hạnh" };

	private static final String[] PROVINCE_CODES = { "001", "008", "019", "022", "026", "031", "033", "036", "038",
			"040", "042", "044", "045", "046", "048", "051", "052", "056", "064", "066", "068", "075", "079", "082",
			"083", "086", "089", "092", "094", "096" };

	private static final String[] PREVIOUS = { "Công an xã bán chuyên trách", "Bảo vệ dân phố", "Đội trưởng dân phòng",
			"Dân quân tự vệ" };

	/** Officers' assignments start no earlier than the regular commune police rollout. */
	static final LocalDate ROLLOUT = LocalDate.of(2022, 7, 1);

	private final JdbcClient jdbc;

	private final MemberService members;

	private final TeamService teams;

	private final OfficerService officers;

	private final AuditTrail audit;

	PersonnelGenerator(JdbcClient jdbc, MemberService members, TeamService teams, OfficerService officers,
			AuditTrail audit) {
		this.jdbc = jdbc;
		this.members = members;
		this.teams = teams;
		this.officers = officers;
		this.audit = audit;
	}

	/**
	 * What was generated.
	 *
	 * @param teams teams given a personnel record
	 * @param members members created
	 * @param officers officers created
	 */
	public record Result(int teams, int members, int officers) {
	}

	/** Whether demo personnel data exists already. */
	@Transactional(readOnly = true)
	public boolean demoExists() {
		return this.jdbc.sql("select count(*) from per_team where demo = true").query(Long.class).single() > 0;
	}

	/**
	 * Generates personnel for the teams valid on {@code on} and the commune police units
	 * whose path starts with {@code pathPrefix}, e.g. {@code "/1/"} for everything.
	 * @param seed the random seed
	 * @param pathPrefix a unit path ending with '/'
	 * @param on the teams' establishment date
	 * @param demoOnly only units of the demo territory, marking the data as demo
	 */
	@Transactional
	public Result generate(long seed, String pathPrefix, LocalDate on, boolean demoOnly) {
		List<Long> teamIds = this.jdbc
			.sql("select tp.unit_id from org_unit_period tp join org_unit u on u.id = tp.unit_id where tp.type = 'TEAM'"
					+ " and tp.path >= :s and tp.path < :e and " + valid("tp") + (demoOnly ? " and u.demo = true" : "")
					+ " and not exists (select 1 from per_team t where t.team_id = tp.unit_id) order by tp.unit_id")
			.param("s", pathPrefix)
			.param("e", UnitScope.rangeEnd(pathPrefix))
			.param("d", on)
			.query(Long.class)
			.list();
		Random random = new Random(seed);
		Set<String> citizenIds = new HashSet<>(
				this.jdbc.sql("select citizen_id from per_member").query(String.class).list());
		int[] counts = new int[3];
		generateTeams(random, teamIds, on, demoOnly, citizenIds, counts);
		List<Object[]> communes = this.jdbc
			.sql("select u.id, u.valid_from, u.valid_to from org_unit u where u.type = 'COMMUNE'"
					+ (demoOnly ? " and u.demo = true" : "") + " and exists (select 1 from org_unit_period p where"
					+ " p.unit_id = u.id and p.path >= :s and p.path < :e) and not exists (select 1 from"
					+ " per_officer_assignment a where a.unit_id = u.id) order by u.id")
			.param("s", pathPrefix)
			.param("e", UnitScope.rangeEnd(pathPrefix))
			.query((rs,
					n) -> new Object[] { rs.getLong(1), MemberService.date(rs, "valid_from"),
							MemberService.date(rs, "valid_to") })
			.list();
		for (Object[] c : communes) {
			counts[2] += officersFor(random, (Long) c[0], (LocalDate) c[1], (LocalDate) c[2], demoOnly);
		}
		Result result = new Result(counts[0], counts[1], counts[2]);
		this.audit.record("system", "personnel.generate", null, null, null,
				"seed " + seed + " under " + pathPrefix + ": " + result);
		return result;
	}

	/**
	 * Generates personnel records for the given TEAM units valid on {@code on} that have
	 * none yet; for scale tests.
	 */
	@Transactional
	public Result generateForTeams(long seed, List<Long> teamIds, LocalDate on) {
		Random random = new Random(seed);
		Set<String> citizenIds = new HashSet<>(
				this.jdbc.sql("select citizen_id from per_member").query(String.class).list());
		int[] counts = new int[3];
		List<Long> missing = teamIds.stream()
			.filter((id) -> this.jdbc.sql("select count(*) from per_team where team_id = :t")
				.param("t", id)
				.query(Long.class)
				.single() == 0)
			.toList();
		generateTeams(random, missing, on, false, citizenIds, counts);
		return new Result(counts[0], counts[1], counts[2]);
	}

	private static String valid(String a) {
		return "(" + a + ".valid_from is null or " + a + ".valid_from <= :d) and (" + a + ".valid_to is null or " + a
				+ ".valid_to > :d)";
	}

	private void generateTeams(Random random, List<Long> teamIds, LocalDate on, boolean demo, Set<String> citizenIds,
			int[] counts) {
		int decisionNo = 1;
		for (Long teamId : teamIds) {
			List<long[]> place = this.jdbc
				.sql("select vp.unit_id, vp.parent_id from org_unit_period tp join org_unit_period vp on vp.unit_id ="
						+ " tp.parent_id and " + valid("vp") + " where tp.unit_id = :t and " + valid("tp")
						+ " and vp.type = 'VILLAGE'")
				.param("t", teamId)
				.param("d", on)
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
				.list();
			if (place.isEmpty()) {
				continue;
			}
			long village = place.get(0)[0];
			long commune = place.get(0)[1];
			Decision decision = new Decision(String.format("%02d/QĐ-UBND", decisionNo++), on,
					"Chủ tịch UBND xã (demo)");
			Posting posting = new Posting("Trụ sở UBND xã, nhà văn hóa thôn", on);
			this.teams.insertTeam(teamId, commune, decision, posting, on, demo, "system");
			this.teams.insertVillage(teamId, village, on);
			int size = 3 + random.nextInt(4);
			for (int i = 0; i < size; i++) {
				TeamPosition position = (i == 0) ? TeamPosition.LEADER
						: ((i == 1) ? TeamPosition.DEPUTY : TeamPosition.MEMBER);
				long member = person(random, commune, village, on, demo, citizenIds);
				this.members.insertStatus(member, MemberStatus.APPLICANT, on.minusDays(45), null, null, null,
						Posting.NONE, "system");
				this.members.insertStatus(member, MemberStatus.SELECTED, on.minusDays(20), null, null, null,
						Posting.NONE, "system");
				this.members.insertStatus(member, MemberStatus.ACTIVE, on, null, null, decision, posting, "system");
				this.teams.insertMembership(member, teamId, position, on, decision.number(), "system");
				counts[1]++;
			}
			counts[0]++;
		}
	}

	private long person(Random random, long commune, long village, LocalDate on, boolean demo, Set<String> citizenIds) {
		Sex sex = (random.nextInt(5) == 0) ? Sex.FEMALE : Sex.MALE;
		String name = pick(random, SURNAMES) + " " + pick(random, (sex == Sex.MALE) ? MALE_MIDDLE : FEMALE_MIDDLE) + " "
				+ pick(random, GIVEN);
		LocalDate birth = on.minusYears(20 + random.nextInt(45)).minusDays(random.nextInt(365));
		String citizenId;
		do {
			int century = birth.getYear() / 100 - 19;
			citizenId = pick(random, PROVINCE_CODES) + (century * 2 + ((sex == Sex.FEMALE) ? 1 : 0))
					+ String.format("%02d", birth.getYear() % 100) + String.format("%06d", random.nextInt(1_000_000));
		}
		while (!citizenIds.add(citizenId));
		String phone = "09" + String.format("%08d", random.nextInt(100_000_000));
		Education education = (random.nextInt(6) == 0) ? Education.UPPER_SECONDARY
				: (random.nextInt(8) == 0 ? Education.HIGHER : Education.LOWER_SECONDARY);
		@Nullable String previous = (random.nextInt(3) == 0) ? pick(random, PREVIOUS) : null;
		NewMember m = new NewMember(name, birth, sex, citizenId, phone, village,
				birth.plusYears(18 + random.nextInt(3)), education, on.minusDays(30 + random.nextInt(60)), previous,
				on.minusDays(45));
		return this.members.insert(commune, m, name, phone, "system", demo);
	}

	private int officersFor(Random random, long commune, @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
			boolean demo) {
		LocalDate from = (validFrom == null || validFrom.isBefore(ROLLOUT)) ? ROLLOUT : validFrom;
		if (validTo != null && !validTo.isAfter(from)) {
			return 0;
		}
		int count = 12 + random.nextInt(4);
		for (int i = 0; i < count; i++) {
			OfficerPosition position = (i == 0) ? OfficerPosition.CHIEF
					: ((i <= 2) ? OfficerPosition.DEPUTY_CHIEF : OfficerPosition.OFFICER);
			OfficerRank rank = switch (position) {
				case CHIEF -> (random.nextBoolean() ? OfficerRank.LIEUTENANT_COLONEL : OfficerRank.MAJOR);
				case DEPUTY_CHIEF -> (random.nextBoolean() ? OfficerRank.MAJOR : OfficerRank.CAPTAIN);
				case OFFICER -> OfficerRank.values()[1 + random.nextInt(6)];
			};
			Sex sex = (random.nextInt(6) == 0) ? Sex.FEMALE : Sex.MALE;
			String name = pick(random, SURNAMES) + " " + pick(random, (sex == Sex.MALE) ? MALE_MIDDLE : FEMALE_MIDDLE)
					+ " " + pick(random, GIVEN);
			LocalDate birth = from.minusYears(23 + random.nextInt(25)).minusDays(random.nextInt(365));
			String phone = "08" + String.format("%08d", random.nextInt(100_000_000));
			long id = this.officers.insert(name, birth, phone, demo, "system");
			this.officers.insertAssignment(id, commune, position, rank, from, null, "system");
			if (validTo != null) {
				this.jdbc.sql("update per_officer_assignment set valid_to = :t where officer_id = :o")
					.param("t", validTo)
					.param("o", id)
					.update();
			}
		}
		return count;
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

}

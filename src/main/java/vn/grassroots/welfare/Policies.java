package vn.grassroots.welfare;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.ProblemCode;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;
import vn.grassroots.welfare.internal.In;

/**
 * Provincial support policies, effective-dated and versioned per PROVINCE unit, the
 * national basic salary over time, and the village types. A new version starts on the
 * first day of a month and ends where the next version starts; it is refused (422 on
 * {@code validFrom}) when a locked allowance run of the province falls in the months it
 * would govern, so a locked month never changes.
 */
@Service
@Transactional
public class Policies {

	private final JdbcClient jdbc;

	private final UnitQueries units;

	private final AuditTrail audit;

	Policies(JdbcClient jdbc, UnitQueries units, AuditTrail audit) {
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
	}

	/**
	 * A new policy version.
	 *
	 * @param validFrom first day, the first of a month (yyyy-MM-dd)
	 * @param kind COEFFICIENT or FIXED
	 * @param resolution the resolution
	 * @param nightRate VND per night
	 * @param nightCap nights paid at most per month
	 * @param bhytRate BHYT support share of the monthly support (0 to 1)
	 * @param bhxhRate BHXH support share of the monthly support (0 to 1)
	 * @param mealPerDay inpatient meal allowance per day
	 * @param deathBenefit survivor allowance
	 * @param funeralAllowance funeral costs
	 * @param rates the rates
	 * @param bhytFixed BHYT support in fixed VND a month (default 0)
	 * @param bhxhFixed BHXH support in fixed VND a month (default 0)
	 * @param holidayRate VND per day of duty on a rest day or holiday (default 0)
	 * @param hazardousRate VND per day of heavy or hazardous work (default 0)
	 * @param sharedDutyCap whether the cap limits night, holiday and hazardous days
	 * together (default false: nights only)
	 * @param hardshipRate extra VND per working day in a hardship area (default 0)
	 * @param concurrentShare share of a concurrently held position's support, 0 to 1
	 * (default 0)
	 * @param disabilityBase lost-working-capacity allowance at 5% (default 0)
	 * @param disabilityStep added per further 1% (default 0)
	 */
	public record NewPolicy(@Nullable String validFrom, @Nullable String kind, @Nullable String resolution,
			@Nullable Long nightRate, @Nullable Integer nightCap, @Nullable BigDecimal bhytRate,
			@Nullable BigDecimal bhxhRate, @Nullable Long mealPerDay, @Nullable Long deathBenefit,
			@Nullable Long funeralAllowance, @Nullable List<NewRate> rates, @Nullable Long bhytFixed,
			@Nullable Long bhxhFixed, @Nullable Long holidayRate, @Nullable Long hazardousRate,
			@Nullable Boolean sharedDutyCap, @Nullable Long hardshipRate, @Nullable BigDecimal concurrentShare,
			@Nullable Long disabilityBase, @Nullable Long disabilityStep) {
	}

	/**
	 * A designation of a commune as a hardship area.
	 *
	 * @param communeId the COMMUNE unit
	 * @param areaKind BORDER, ISLAND, MOUNTAIN, DIFFICULT, ETHNIC_MINORITY or KEY_DEFENCE
	 * @param validFrom first day (yyyy-MM-dd)
	 * @param validTo first day no longer designated (empty: open)
	 * @param legalBasis the decision that designates it
	 */
	public record HardshipArea(@Nullable Long communeId, @Nullable String areaKind, @Nullable String validFrom,
			@Nullable String validTo, @Nullable String legalBasis) {
	}

	/** Kinds of hardship areas of Law 30/2023 art. 23(2). */
	public enum AreaKind {

		BORDER, ISLAND, MOUNTAIN, DIFFICULT, ETHNIC_MINORITY, KEY_DEFENCE

	}

	/**
	 * A rate of a new version.
	 *
	 * @param position LEADER, DEPUTY or MEMBER
	 * @param villageType 1 to 3 (COEFFICIENT); ignored for FIXED
	 * @param coefficient coefficient (COEFFICIENT)
	 * @param amount VND (FIXED)
	 */
	public record NewRate(@Nullable String position, @Nullable Integer villageType, @Nullable BigDecimal coefficient,
			@Nullable Long amount) {
	}

	/** The basic salary in force on the day. */
	@Transactional(readOnly = true)
	public long basicSalary(LocalDate day) {
		return this.jdbc
			.sql("select amount from wel_basic_salary where valid_from = (select max(valid_from) from wel_basic_salary"
					+ " where valid_from <= :d)")
			.param("d", day)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	/** Records a new version for the province in scope. */
	public PolicyView create(UnitScope scope, long provinceId, NewPolicy command) {
		if (!scope.has(Role.MINISTRY_ADMIN) && !scope.has(Role.PROVINCIAL_OFFICER)) {
			throw new GrassrootsException(ProblemCode.FORBIDDEN_ACTION, Role.PROVINCIAL_OFFICER.name());
		}
		UnitView province = province(scope, provinceId);
		LocalDate from = In.date("validFrom", command.validFrom());
		if (from.getDayOfMonth() != 1) {
			throw GrassrootsException.badField("validFrom", command.validFrom(), "welfare.validation.first-of-month");
		}
		PolicyKind kind = In.enumValue("kind", command.kind(), PolicyKind.class);
		String resolution = In.required("resolution", command.resolution(), 200);
		long nightRate = In.nonNegative("nightRate", command.nightRate());
		int nightCap = In.range("nightCap", command.nightCap(), 0, 31);
		BigDecimal bhyt = share("bhytRate", command.bhytRate());
		BigDecimal bhxh = share("bhxhRate", command.bhxhRate());
		long meal = In.nonNegative("mealPerDay", (command.mealPerDay() != null) ? command.mealPerDay() : 0L);
		long death = In.nonNegative("deathBenefit", (command.deathBenefit() != null) ? command.deathBenefit() : 0L);
		long funeral = In.nonNegative("funeralAllowance",
				(command.funeralAllowance() != null) ? command.funeralAllowance() : 0L);
		long bhytFixed = In.nonNegative("bhytFixed", (command.bhytFixed() != null) ? command.bhytFixed() : 0L);
		long bhxhFixed = In.nonNegative("bhxhFixed", (command.bhxhFixed() != null) ? command.bhxhFixed() : 0L);
		long holidayRate = orZero("holidayRate", command.holidayRate());
		long hazardousRate = orZero("hazardousRate", command.hazardousRate());
		boolean sharedCap = Boolean.TRUE.equals(command.sharedDutyCap());
		long hardshipRate = orZero("hardshipRate", command.hardshipRate());
		BigDecimal concurrent = share("concurrentShare",
				(command.concurrentShare() != null) ? command.concurrentShare() : BigDecimal.ZERO);
		long disabilityBase = orZero("disabilityBase", command.disabilityBase());
		long disabilityStep = orZero("disabilityStep", command.disabilityStep());
		List<PolicyView.Rate> rates = rates(kind, command.rates());
		if (this.jdbc.sql("select count(*) from wel_policy where province_id = :p and valid_from = :f")
			.param("p", provinceId)
			.param("f", from)
			.query(Long.class)
			.single() > 0) {
			throw GrassrootsException.ruleOnField("validFrom", command.validFrom(),
					"welfare.validation.version-exists");
		}
		LocalDate next = this.jdbc
			.sql("select min(valid_from) from wel_policy where province_id = :p and valid_from > :f")
			.param("p", provinceId)
			.param("f", from)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
		long locked = this.jdbc
			.sql("select count(*) from wel_run where status = 'LOCKED' and run_month >= :f"
					+ ((next != null) ? " and run_month < :n" : "")
					+ " and (province_id = :p or policy_id in (select id from wel_policy where province_id = :p))")
			.params((next != null) ? java.util.Map.of("p", provinceId, "f", from, "n", next)
					: java.util.Map.of("p", provinceId, "f", from))
			.query(Long.class)
			.single();
		if (locked > 0) {
			throw GrassrootsException.ruleOnField("validFrom", command.validFrom(), "welfare.validation.month-locked");
		}
		this.jdbc
			.sql("update wel_policy set valid_to = :f where province_id = :p and valid_from < :f"
					+ " and (valid_to is null or valid_to > :f)")
			.param("p", provinceId)
			.param("f", from)
			.update();
		long id = In.insert(this.jdbc.sql("insert into wel_policy (province_id, valid_from, valid_to, kind, resolution,"
				+ " night_rate, night_cap, bhyt_rate, bhxh_rate, meal_per_day, death_benefit, funeral_allowance,"
				+ " created_by, created_at, bhyt_fixed, bhxh_fixed, holiday_rate, hazardous_rate, shared_duty_cap,"
				+ " hardship_rate, concurrent_share, disability_base, disability_step) values (:p, :f, :t, :k, :r, :nr,"
				+ " :nc, :hy, :hx, :m, :d, :fu, :by, :at, :hyf, :hxf, :hol, :haz, :sc, :hs, :cs, :db, :ds)")
			.param("hol", holidayRate)
			.param("haz", hazardousRate)
			.param("sc", sharedCap)
			.param("hs", hardshipRate)
			.param("cs", concurrent)
			.param("db", disabilityBase)
			.param("ds", disabilityStep)
			.param("p", provinceId)
			.param("f", from)
			.param("t", next, java.sql.Types.DATE)
			.param("k", kind.name())
			.param("r", resolution)
			.param("nr", nightRate)
			.param("nc", nightCap)
			.param("hy", bhyt)
			.param("hx", bhxh)
			.param("m", meal)
			.param("d", death)
			.param("fu", funeral)
			.param("by", scope.username())
			.param("hyf", bhytFixed)
			.param("hxf", bhxhFixed)
			.param("at", Timestamp.from(Instant.now())));
		for (PolicyView.Rate rate : rates) {
			this.jdbc
				.sql("insert into wel_policy_rate (policy_id, position, village_type, coefficient, amount)"
						+ " values (:id, :pos, :vt, :c, :a)")
				.param("id", id)
				.param("pos", rate.position().name())
				.param("vt", rate.villageType())
				.param("c", rate.coefficient(), java.sql.Types.NUMERIC)
				.param("a", rate.amount(), java.sql.Types.BIGINT)
				.update();
		}
		PolicyView view = get(id);
		this.audit.record(scope.username(), "welfare.policy.create", "wel_policy", String.valueOf(id), null,
				province.fullName() + ": " + view);
		return view;
	}

	/** Every version of the province in scope, oldest first. */
	@Transactional(readOnly = true)
	public List<PolicyView> versions(UnitScope scope, long provinceId) {
		province(scope, provinceId);
		return this.jdbc.sql("select id from wel_policy where province_id = :p order by valid_from")
			.param("p", provinceId)
			.query(Long.class)
			.list()
			.stream()
			.map(this::get)
			.toList();
	}

	/**
	 * A province's policy versions as shown to a caller.
	 *
	 * @param provinceId province
	 * @param provinceName its latest full name
	 * @param versions versions, oldest first
	 */
	public record ProvincePolicies(long provinceId, String provinceName, List<PolicyView> versions) {
	}

	/**
	 * The policies the caller works under: those of the provinces in scope, and for a
	 * caller below a province the policy of the province above (the rules it is paid by,
	 * read-only).
	 */
	@Transactional(readOnly = true)
	public List<ProvincePolicies> forCaller(UnitScope scope) {
		java.util.Set<Long> provinces = new java.util.TreeSet<>();
		vn.grassroots.organisation.SubtreeFilter in = this.units.subtree(scope);
		provinces.addAll(in
			.bind(this.jdbc
				.sql("select distinct p.province_id from wel_policy p where " + in.condition("p.province_id")))
			.query(Long.class)
			.list());
		this.units.find(scope, scope.unitId())
			.ifPresent((own) -> this.units.ancestors(own)
				.stream()
				.filter((u) -> u.type() == UnitType.PROVINCE)
				.forEach((u) -> provinces.add(u.id())));
		List<ProvincePolicies> result = new ArrayList<>();
		for (long province : provinces) {
			List<PolicyView> versions = this.jdbc
				.sql("select id from wel_policy where province_id = :p order by valid_from")
				.param("p", province)
				.query(Long.class)
				.list()
				.stream()
				.map(this::get)
				.toList();
			if (!versions.isEmpty()) {
				result.add(new ProvincePolicies(province, unitName(province), versions));
			}
		}
		return result;
	}

	/** A unit's latest full name (its id when it has none); never null. */
	public String unitName(long unitId) {
		return this.jdbc
			.sql("select full_name from org_unit_period where unit_id = :u order by valid_from desc nulls last")
			.param("u", unitId)
			.query(String.class)
			.list()
			.stream()
			.findFirst()
			.orElse(String.valueOf(unitId));
	}

	/** The version of the province in force on the day, if any. */
	@Transactional(readOnly = true)
	public Optional<PolicyView> inForce(long provinceId, LocalDate day) {
		return this.jdbc
			.sql("select id from wel_policy where province_id = :p and valid_from <= :d"
					+ " and (valid_to is null or valid_to > :d)")
			.param("p", provinceId)
			.param("d", day)
			.query(Long.class)
			.optional()
			.map(this::get);
	}

	/**
	 * The version that governs a commune on a day: its province's; when the province has
	 * none (a province formed by a merger that has not adopted its own resolution yet),
	 * the version of the province the commune's area belonged to before: the commune's
	 * own earlier periods, then those of its predecessor communes, latest first. A merged
	 * province's communes thus keep being paid under their old province's resolution
	 * until the new one adopts its own.
	 */
	@Transactional(readOnly = true)
	public Optional<PolicyView> governing(long communeId, long provinceId, LocalDate day) {
		Optional<PolicyView> own = inForce(provinceId, day);
		if (own.isPresent()) {
			return own;
		}
		List<String> paths = this.jdbc
			.sql("select p.path from org_unit_period p where p.valid_to is not null and p.valid_to <= :d"
					+ " and (p.unit_id = :c or p.unit_id in (select l.predecessor_id from org_lineage l"
					+ " where l.successor_id = :c)) order by p.valid_to desc, p.id desc")
			.param("d", day)
			.param("c", communeId)
			.query(String.class)
			.list();
		java.util.Set<Long> tried = new java.util.HashSet<>(List.of(provinceId));
		for (String path : paths) {
			String[] ids = path.split("/");
			if (ids.length > 2 && !ids[2].isEmpty()) {
				long earlier = Long.parseLong(ids[2]);
				if (tried.add(earlier)) {
					Optional<PolicyView> version = inForce(earlier, day);
					if (version.isPresent()) {
						return version;
					}
				}
			}
		}
		return Optional.empty();
	}

	/** One version by id, without scope (internal use). */
	@Transactional(readOnly = true)
	public PolicyView get(long id) {
		List<PolicyView.Rate> rates = this.jdbc
			.sql("select * from wel_policy_rate where policy_id = :id order by position, village_type")
			.param("id", id)
			.query((rs, n) -> new PolicyView.Rate(Position.valueOf(rs.getString("position")), rs.getInt("village_type"),
					rs.getBigDecimal("coefficient"), (Long) rs.getObject("amount", Long.class)))
			.list();
		return this.jdbc.sql("select * from wel_policy where id = :id")
			.param("id", id)
			.query((rs, n) -> policy(rs, rates))
			.optional()
			.orElseThrow(() -> GrassrootsException.notFound("policy"));
	}

	/** Sets the type (1 to 3) of a VILLAGE unit in scope. */
	public int setVillageType(UnitScope scope, long villageId, @Nullable Integer villageType) {
		if (!scope.canWrite()) {
			throw new GrassrootsException(ProblemCode.FORBIDDEN_ACTION, "WRITE");
		}
		UnitView village = this.units.find(scope, villageId)
			.filter((u) -> u.type() == UnitType.VILLAGE)
			.orElseThrow(() -> GrassrootsException.notFound("village"));
		int type = In.range("villageType", villageType, 1, 3);
		Integer before = villageTypeRow(villageId);
		if (before == null) {
			this.jdbc
				.sql("insert into wel_village_type (village_id, village_type, updated_by, updated_at)"
						+ " values (:v, :t, :by, :at)")
				.param("v", villageId)
				.param("t", type)
				.param("by", scope.username())
				.param("at", Timestamp.from(Instant.now()))
				.update();
		}
		else {
			this.jdbc
				.sql("update wel_village_type set village_type = :t, updated_by = :by, updated_at = :at"
						+ " where village_id = :v")
				.param("v", villageId)
				.param("t", type)
				.param("by", scope.username())
				.param("at", Timestamp.from(Instant.now()))
				.update();
		}
		this.audit.record(scope.username(), "welfare.village-type.set", "wel_village_type", String.valueOf(villageId),
				(before != null) ? before.toString() : null, village.fullName() + ": " + type);
		return type;
	}

	/** The type of a village: its row, or 3 when none is set. */
	@Transactional(readOnly = true)
	public int villageType(@Nullable Long villageId) {
		if (villageId == null) {
			return 3;
		}
		Integer type = villageTypeRow(villageId);
		return (type != null) ? type : 3;
	}

	private @Nullable Integer villageTypeRow(long villageId) {
		return this.jdbc.sql("select village_type from wel_village_type where village_id = :v")
			.param("v", villageId)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	private UnitView province(UnitScope scope, long provinceId) {
		return this.units.find(scope, provinceId)
			.filter((u) -> u.type() == UnitType.PROVINCE)
			.orElseThrow(() -> GrassrootsException.notFound("province"));
	}

	private static long orZero(String field, @Nullable Long value) {
		return In.nonNegative(field, (value != null) ? value : 0L);
	}

	/**
	 * Designates a commune in scope as a hardship area from a day; refused (422 on
	 * {@code validFrom}) when a locked allowance run of the commune falls in the period.
	 */
	public HardshipAreaView designate(UnitScope scope, HardshipArea command) {
		if (!scope.has(Role.MINISTRY_ADMIN) && !scope.has(Role.PROVINCIAL_OFFICER)) {
			throw new GrassrootsException(ProblemCode.FORBIDDEN_ACTION, Role.PROVINCIAL_OFFICER.name());
		}
		if (command.communeId() == null) {
			throw GrassrootsException.badField("communeId", null, "validation.required");
		}
		long communeId = command.communeId();
		UnitView commune = this.units.find(scope, communeId)
			.filter((u) -> u.type() == UnitType.COMMUNE)
			.orElseThrow(() -> GrassrootsException.notFound("commune " + communeId));
		AreaKind kind = In.enumValue("areaKind", command.areaKind(), AreaKind.class);
		LocalDate from = In.date("validFrom", command.validFrom());
		LocalDate to = (command.validTo() == null || command.validTo().isBlank()) ? null
				: In.date("validTo", command.validTo());
		if (to != null && !to.isAfter(from)) {
			throw GrassrootsException.badField("validTo", command.validTo(), "validation.min", from.plusDays(1));
		}
		String basis = In.required("legalBasis", command.legalBasis(), 200);
		long locked = this.jdbc
			.sql("select count(*) from wel_run where commune_id = :c and status = 'LOCKED'" + " and run_month >= :f0"
					+ ((to != null) ? " and run_month < :t" : ""))
			.param("c", communeId)
			.param("f0", from.withDayOfMonth(1))
			.params((to != null) ? java.util.Map.of("t", to) : java.util.Map.of())
			.query(Long.class)
			.single();
		if (locked > 0) {
			throw GrassrootsException.ruleOnField("validFrom", command.validFrom(), "welfare.validation.month-locked");
		}
		long id = In.insert(this.jdbc
			.sql("insert into wel_hardship_area (commune_id, area_kind, valid_from, valid_to, legal_basis,"
					+ " recorded_by, recorded_at) values (:c, :k, :f, :t, :b, :by, :at)")
			.param("c", communeId)
			.param("k", kind.name())
			.param("f", from)
			.param("t", to, java.sql.Types.DATE)
			.param("b", basis)
			.param("by", scope.username())
			.param("at", Timestamp.from(Instant.now())));
		HardshipAreaView view = new HardshipAreaView(id, communeId, commune.fullName(), kind, from, to, basis);
		this.audit.record(scope.username(), "welfare.hardship-area.designate", "wel_hardship_area", String.valueOf(id),
				null, view.toString());
		return view;
	}

	/** The hardship-area designations of communes in scope. */
	@Transactional(readOnly = true)
	public List<HardshipAreaView> hardshipAreas(UnitScope scope) {
		vn.grassroots.organisation.SubtreeFilter in = this.units.subtree(scope);
		return in
			.bind(this.jdbc.sql("select a.*, (select max(p.full_name) from org_unit_period p"
					+ " where p.unit_id = a.commune_id) as commune_name from wel_hardship_area a where "
					+ in.condition("a.commune_id") + " order by a.commune_id, a.valid_from, a.id"))
			.query((rs, n) -> new HardshipAreaView(rs.getLong("id"), rs.getLong("commune_id"),
					rs.getString("commune_name"), AreaKind.valueOf(rs.getString("area_kind")),
					rs.getDate("valid_from").toLocalDate(),
					(rs.getDate("valid_to") != null) ? rs.getDate("valid_to").toLocalDate() : null,
					rs.getString("legal_basis")))
			.list();
	}

	/** The days of [from, to) on which the commune was a designated hardship area. */
	@Transactional(readOnly = true)
	public java.util.Set<LocalDate> hardshipDays(long communeId, LocalDate from, LocalDate to) {
		java.util.Set<LocalDate> days = new java.util.HashSet<>();
		this.jdbc
			.sql("select valid_from, valid_to from wel_hardship_area where commune_id = :c and valid_from < :t"
					+ " and (valid_to is null or valid_to > :f)")
			.param("c", communeId)
			.param("f", from)
			.param("t", to)
			.query((rs,
					n) -> new LocalDate[] { rs.getDate("valid_from").toLocalDate(),
							(rs.getDate("valid_to") != null) ? rs.getDate("valid_to").toLocalDate() : to })
			.list()
			.forEach((period) -> {
				LocalDate d = period[0].isAfter(from) ? period[0] : from;
				LocalDate end = period[1].isBefore(to) ? period[1] : to;
				for (; d.isBefore(end); d = d.plusDays(1)) {
					days.add(d);
				}
			});
		return days;
	}

	private static BigDecimal share(String field, @Nullable BigDecimal value) {
		if (value == null) {
			throw GrassrootsException.badField(field, null, "validation.required");
		}
		if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
			throw GrassrootsException.badField(field, value, "validation.range", 0, 1);
		}
		return value;
	}

	private static List<PolicyView.Rate> rates(PolicyKind kind, @Nullable List<NewRate> raw) {
		if (raw == null || raw.isEmpty()) {
			throw GrassrootsException.badField("rates", null, "validation.required");
		}
		List<PolicyView.Rate> rates = new ArrayList<>();
		for (int i = 0; i < raw.size(); i++) {
			NewRate r = raw.get(i);
			String prefix = "rates[" + i + "].";
			Position position = In.enumValue(prefix + "position", r.position(), Position.class);
			if (kind == PolicyKind.COEFFICIENT) {
				int type = In.range(prefix + "villageType", r.villageType(), 1, 3);
				BigDecimal c = r.coefficient();
				if (c == null) {
					throw GrassrootsException.badField(prefix + "coefficient", null, "validation.required");
				}
				if (c.signum() < 0 || c.compareTo(BigDecimal.TEN) > 0) {
					throw GrassrootsException.badField(prefix + "coefficient", c, "validation.range", 0, 10);
				}
				rates.add(new PolicyView.Rate(position, type, c.setScale(3, java.math.RoundingMode.HALF_UP), null));
			}
			else {
				rates.add(new PolicyView.Rate(position, 0, null, In.nonNegative(prefix + "amount", r.amount())));
			}
		}
		long distinct = rates.stream().map((r) -> r.position() + "/" + r.villageType()).distinct().count();
		if (distinct != rates.size()) {
			throw GrassrootsException.badField("rates", null, "welfare.validation.duplicate-rate");
		}
		return rates;
	}

	private static PolicyView policy(ResultSet rs, List<PolicyView.Rate> rates) throws SQLException {
		java.sql.Date to = rs.getDate("valid_to");
		return new PolicyView(rs.getLong("id"), rs.getLong("province_id"), rs.getDate("valid_from").toLocalDate(),
				(to != null) ? to.toLocalDate() : null, PolicyKind.valueOf(rs.getString("kind")),
				rs.getString("resolution"), rs.getLong("night_rate"), rs.getInt("night_cap"),
				rs.getBigDecimal("bhyt_rate"), rs.getBigDecimal("bhxh_rate"), rs.getLong("meal_per_day"),
				rs.getLong("death_benefit"), rs.getLong("funeral_allowance"), rates, rs.getLong("bhyt_fixed"),
				rs.getLong("bhxh_fixed"), rs.getLong("holiday_rate"), rs.getLong("hazardous_rate"),
				rs.getBoolean("shared_duty_cap"), rs.getLong("hardship_rate"), rs.getBigDecimal("concurrent_share"),
				rs.getLong("disability_base"), rs.getLong("disability_step"));
	}

}

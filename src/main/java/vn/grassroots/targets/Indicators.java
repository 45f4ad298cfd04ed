package vn.grassroots.targets;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.organisation.SubtreeFilter;
import vn.grassroots.organisation.UnitFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;
import vn.grassroots.targets.internal.Computations;
import vn.grassroots.targets.internal.Input;
import vn.grassroots.targets.internal.Keys;
import vn.grassroots.targets.internal.Rollup;

/**
 * Indicators, their targets per level, values reported by hand, and their rolled-up
 * results per unit and period as of a date.
 */
@Service
@Transactional
public class Indicators {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private static final String SELECT = "select id, code, name, source, computation, aggregation, higher_is_better,"
			+ " objective_id from tgt_indicator";

	private final JdbcClient jdbc;

	private final UnitQueries units;

	private final AuditTrail audit;

	private final Rollup rollup;

	private final Computations computations;

	Indicators(JdbcClient jdbc, UnitQueries units, AuditTrail audit, Rollup rollup, Computations computations) {
		this.jdbc = jdbc;
		this.computations = computations;
		this.units = units;
		this.audit = audit;
		this.rollup = rollup;
	}

	/**
	 * A new indicator.
	 *
	 * @param code stable code (A-Z, 0-9, _)
	 * @param name name
	 * @param source COMPUTED or REPORTED
	 * @param computation for COMPUTED: the name of a computation of the catalogue
	 * @param aggregation SUM, AVERAGE or RATIO_OF_SUMS
	 * @param higherIsBetter whether higher is better (default true)
	 * @param objectiveId the objective it measures
	 */
	public record NewIndicator(@Nullable String code, @Nullable String name, @Nullable String source,
			@Nullable String computation, @Nullable String aggregation, @Nullable Boolean higherIsBetter,
			@Nullable Long objectiveId) {
	}

	/**
	 * A target for every unit of a level.
	 *
	 * @param unitType the level
	 * @param baseline baseline value
	 * @param baselineOn baseline date
	 * @param targetValue target value
	 * @param deadline deadline
	 */
	public record NewTarget(@Nullable String unitType, @Nullable BigDecimal baseline, @Nullable String baselineOn,
			@Nullable BigDecimal targetValue, @Nullable String deadline) {
	}

	/**
	 * A value reported by hand.
	 *
	 * @param unitId the unit
	 * @param periodKind MONTHLY, QUARTERLY, SIX_MONTHLY or ANNUAL
	 * @param periodStart the period's first day
	 * @param numerator the value (or numerator of a ratio)
	 * @param denominator the denominator of a ratio (RATIO_OF_SUMS only)
	 */
	public record NewValue(@Nullable Long unitId, @Nullable String periodKind, @Nullable String periodStart,
			@Nullable BigDecimal numerator, @Nullable BigDecimal denominator) {
	}

	/** Names of the computations of the catalogue. */
	public List<String> computations() {
		return this.computations.names();
	}

	@Transactional(readOnly = true)
	public List<IndicatorView> list() {
		return this.jdbc.sql(SELECT + " order by code").query((rs, n) -> indicator(rs)).list();
	}

	@Transactional(readOnly = true)
	public IndicatorView get(long id) {
		return this.jdbc.sql(SELECT + " where id = :id")
			.param("id", id)
			.query((rs, n) -> indicator(rs))
			.optional()
			.orElseThrow(() -> GrassrootsException.notFound("indicator " + id));
	}

	@Transactional(readOnly = true)
	public java.util.Optional<IndicatorView> findByCode(String code) {
		return this.jdbc.sql(SELECT + " where code = :code")
			.param("code", code)
			.query((rs, n) -> indicator(rs))
			.optional();
	}

	public IndicatorView create(UnitScope scope, NewIndicator command) {
		scope.require(Role.MINISTRY_ADMIN);
		String code = Input.required("code", command.code(), 40).toUpperCase(java.util.Locale.ROOT);
		if (!CODE.matcher(code).matches()) {
			throw GrassrootsException.badField("code", command.code(), "targets.validation.code");
		}
		String name = Input.required("name", command.name(), 300);
		IndicatorSource source = Input.enumValue("source", command.source(), IndicatorSource.class);
		Aggregation aggregation = Input.enumValue("aggregation", command.aggregation(), Aggregation.class);
		String computation = Input.optional("computation", command.computation(), 40);
		if (source == IndicatorSource.COMPUTED && (computation == null || !this.computations.exists(computation))) {
			throw GrassrootsException.badField("computation", command.computation(), "validation.one-of",
					String.join(", ", this.computations.names()));
		}
		if (source == IndicatorSource.REPORTED && computation != null) {
			throw GrassrootsException.ruleOnField("computation", computation,
					"targets.validation.reported-computation");
		}
		if (command.objectiveId() != null && this.jdbc.sql("select count(*) from tgt_objective where id = :id")
			.param("id", command.objectiveId())
			.query(Long.class)
			.single() == 0) {
			throw GrassrootsException.ruleOnField("objectiveId", command.objectiveId(), "targets.validation.unknown");
		}
		if (findByCode(code).isPresent()) {
			throw GrassrootsException.ruleOnField("code", code, "targets.validation.code-taken");
		}
		long id = Keys.insert(this.jdbc
			.sql("insert into tgt_indicator (code, name, source, computation, aggregation, higher_is_better,"
					+ " objective_id, created_by, created_at) values (:code, :name, :source, :computation,"
					+ " :aggregation, :higher, :objective, :by, :at)")
			.param("code", code)
			.param("name", name)
			.param("source", source.name())
			.param("computation", computation)
			.param("aggregation", aggregation.name())
			.param("higher", command.higherIsBetter() == null || command.higherIsBetter())
			.param("objective", command.objectiveId())
			.param("by", scope.username())
			.param("at", Timestamp.from(Instant.now())));
		IndicatorView view = get(id);
		this.audit.record(scope.username(), "targets.indicator.create", "tgt_indicator", String.valueOf(id), null,
				view.toString());
		return view;
	}

	public TargetView addTarget(UnitScope scope, long indicatorId, NewTarget command) {
		scope.require(Role.MINISTRY_ADMIN);
		get(indicatorId);
		UnitType type = Input.enumValue("unitType", command.unitType(), UnitType.class);
		BigDecimal baseline = Input.number("baseline", command.baseline());
		LocalDate baselineOn = Input.date("baselineOn", command.baselineOn());
		BigDecimal targetValue = Input.number("targetValue", command.targetValue());
		LocalDate deadline = Input.date("deadline", command.deadline());
		if (!deadline.isAfter(baselineOn)) {
			throw GrassrootsException.ruleOnField("deadline", command.deadline(),
					"targets.validation.deadline-after-baseline");
		}
		long id = Keys.insert(this.jdbc
			.sql("insert into tgt_target (indicator_id, unit_type, baseline, baseline_on, target_value, deadline,"
					+ " created_by, created_at) values (:i, :type, :baseline, :on, :target, :deadline, :by, :at)")
			.param("i", indicatorId)
			.param("type", type.name())
			.param("baseline", baseline)
			.param("on", baselineOn)
			.param("target", targetValue)
			.param("deadline", deadline)
			.param("by", scope.username())
			.param("at", Timestamp.from(Instant.now())));
		TargetView view = new TargetView(id, indicatorId, type, baseline, baselineOn, targetValue, deadline);
		this.audit.record(scope.username(), "targets.target.create", "tgt_target", String.valueOf(id), null,
				view.toString());
		return view;
	}

	@Transactional(readOnly = true)
	public List<TargetView> targets(long indicatorId) {
		return this.jdbc
			.sql("select id, indicator_id, unit_type, baseline, baseline_on, target_value, deadline from tgt_target"
					+ " where indicator_id = :i order by unit_type, deadline, id")
			.param("i", indicatorId)
			.query(Indicators::target)
			.list();
	}

	private Map<Long, List<TargetView>> targets(List<IndicatorView> indicators) {
		Map<Long, List<TargetView>> targets = new java.util.HashMap<>();
		if (indicators.isEmpty()) {
			return targets;
		}
		this.jdbc
			.sql("select id, indicator_id, unit_type, baseline, baseline_on, target_value, deadline from tgt_target"
					+ " where indicator_id in (:i) order by unit_type, deadline, id")
			.param("i", indicators.stream().map(IndicatorView::id).toList())
			.query(Indicators::target)
			.list()
			.forEach((t) -> targets.computeIfAbsent(t.indicatorId(), (k) -> new ArrayList<>()).add(t));
		return targets;
	}

	private static TargetView target(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new TargetView(rs.getLong(1), rs.getLong(2), UnitType.valueOf(rs.getString(3)), rs.getBigDecimal(4),
				rs.getDate(5).toLocalDate(), rs.getBigDecimal(6), rs.getDate(7).toLocalDate());
	}

	/**
	 * Records (or replaces) a value reported by hand for a unit in scope. Values that
	 * came from an approved report change only through a correction of the report (422).
	 */
	public RecordedValue recordValue(UnitScope scope, long indicatorId, NewValue command) {
		Infrastructure.requireWriter(scope);
		IndicatorView indicator = get(indicatorId);
		if (command.unitId() == null) {
			throw GrassrootsException.badField("unitId", null, "validation.required");
		}
		UnitView unit = this.units.get(scope, command.unitId());
		PeriodKind kind = Input.enumValue("periodKind", command.periodKind(), PeriodKind.class);
		LocalDate start = periodStart(kind, command.periodStart());
		BigDecimal[] nd = numbers(indicator, command.numerator(), command.denominator());
		if (indicator.source() != IndicatorSource.REPORTED) {
			throw GrassrootsException.ruleOnField("indicatorId", indicatorId, "targets.validation.not-reported");
		}
		var existing = this.jdbc
			.sql("select id, numerator, denominator, report_id from tgt_value where indicator_id = :i and unit_id = :u"
					+ " and period_kind = :k and period_start = :p")
			.param("i", indicatorId)
			.param("u", unit.id())
			.param("k", kind.name())
			.param("p", start)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getObject(4) })
			.optional();
		if (existing.isPresent() && existing.get()[3] != null) {
			throw GrassrootsException.ruleOnField("numerator", command.numerator(),
					"targets.validation.value-from-report");
		}
		RecordedValue value = writeValue(scope.username(), indicator, unit.id(), kind, start, nd[0], nd[1], null);
		this.audit.record(scope.username(), "targets.value.record", "tgt_value", String.valueOf(value.id()),
				existing.map((e) -> e[1] + "/" + e[2]).orElse(null), value.toString());
		return value;
	}

	/** Writes an annual demo value (demo data only; audited like any value). */
	public void writeDemoValue(UnitScope scope, IndicatorView indicator, long unitId, LocalDate start,
			BigDecimal value) {
		scope.require(Role.MINISTRY_ADMIN);
		RecordedValue written = writeValue(scope.username(), indicator, unitId, PeriodKind.ANNUAL, start, value,
				BigDecimal.ONE, null);
		this.audit.record(scope.username(), "targets.value.record", "tgt_value", String.valueOf(written.id()), null,
				written.toString());
	}

	/**
	 * Writes a value (from a report when {@code reportId} is set) and invalidates the
	 * roll-up.
	 */
	RecordedValue writeValue(String actor, IndicatorView indicator, long unitId, PeriodKind kind, LocalDate start,
			BigDecimal numerator, BigDecimal denominator, @Nullable Long reportId) {
		this.jdbc
			.sql("delete from tgt_value where indicator_id = :i and unit_id = :u and period_kind = :k"
					+ " and period_start = :p")
			.param("i", indicator.id())
			.param("u", unitId)
			.param("k", kind.name())
			.param("p", start)
			.update();
		long id = Keys.insert(this.jdbc
			.sql("insert into tgt_value (indicator_id, unit_id, period_kind, period_start, numerator, denominator,"
					+ " report_id, recorded_by, recorded_at) values (:i, :u, :k, :p, :num, :den, :report, :by, :at)")
			.param("i", indicator.id())
			.param("u", unitId)
			.param("k", kind.name())
			.param("p", start)
			.param("num", numerator)
			.param("den", denominator)
			.param("report", reportId)
			.param("by", actor)
			.param("at", Timestamp.from(Instant.now())));
		this.rollup.invalidate(indicator.id());
		return new RecordedValue(id, indicator.id(), unitId, kind, start, numerator, denominator, reportId);
	}

	/**
	 * A raw value.
	 *
	 * @param id id
	 * @param indicatorId indicator
	 * @param unitId unit
	 * @param periodKind period kind
	 * @param periodStart period start
	 * @param numerator numerator (value)
	 * @param denominator denominator
	 * @param reportId the approved report it came from
	 */
	public record RecordedValue(long id, long indicatorId, long unitId, PeriodKind periodKind, LocalDate periodStart,
			BigDecimal numerator, BigDecimal denominator, @Nullable Long reportId) {
	}

	/** Raw values of an indicator and period recorded for units in scope. */
	@Transactional(readOnly = true)
	public PageResult<RecordedValue> values(UnitScope scope, long indicatorId, PeriodKind kind, LocalDate start,
			PageRequest page) {
		get(indicatorId);
		SubtreeFilter in = this.units.subtree(scope);
		String where = " from tgt_value v where v.indicator_id = :i and v.period_kind = :k and v.period_start = :p"
				+ " and " + in.condition("v.unit_id");
		long total = in.bind(this.jdbc.sql("select count(*)" + where))
			.param("i", indicatorId)
			.param("k", kind.name())
			.param("p", start)
			.query(Long.class)
			.single();
		List<RecordedValue> items = in
			.bind(this.jdbc.sql("select v.*" + where + " order by v.unit_id limit :limit offset :offset"))
			.param("i", indicatorId)
			.param("k", kind.name())
			.param("p", start)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> {
				long report = rs.getLong("report_id");
				return new RecordedValue(rs.getLong("id"), indicatorId, rs.getLong("unit_id"), kind, start,
						rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"), rs.wasNull() ? null : report);
			})
			.list();
		return new PageResult<>(items, total);
	}

	/** Results of every indicator for a unit in scope and period, on the scope's date. */
	@Transactional(readOnly = true)
	public List<IndicatorResult> results(UnitScope scope, long unitId, PeriodKind kind, LocalDate start) {
		UnitView unit = this.units.get(scope, unitId);
		List<IndicatorView> indicators = list();
		Map<Rollup.Key, Map<Long, Rollup.Sums>> sums = this.rollup.sums(indicators, kind, List.of(start), scope.asOf(),
				List.of(unit.id()));
		Map<Long, List<TargetView>> targets = targets(indicators);
		List<IndicatorResult> results = new ArrayList<>();
		for (IndicatorView indicator : indicators) {
			results.addAll(results(scope, indicator, List.of(unit), kind, start,
					sums.getOrDefault(new Rollup.Key(indicator.id(), start), Map.of()),
					targets.getOrDefault(indicator.id(), List.of())));
		}
		return results;
	}

	/**
	 * The result of one indicator for a unit in scope and period, on the scope's date.
	 */
	@Transactional(readOnly = true)
	public IndicatorResult result(UnitScope scope, long indicatorId, long unitId, PeriodKind kind, LocalDate start) {
		IndicatorView indicator = get(indicatorId);
		UnitView unit = this.units.get(scope, unitId);
		return results(scope, indicator, List.of(unit), kind, start).get(0);
	}

	/** Results of one indicator for the children of a unit in scope (drill-down). */
	@Transactional(readOnly = true)
	public List<IndicatorResult> childResults(UnitScope scope, long indicatorId, long unitId, PeriodKind kind,
			LocalDate start) {
		IndicatorView indicator = get(indicatorId);
		UnitView unit = this.units.get(scope, unitId);
		List<UnitView> children = this.units
			.list(scope, new UnitFilter(null, unit.id(), null), new PageRequest(0, PageRequest.MAX_SIZE))
			.items();
		return results(scope, indicator, children, kind, start);
	}

	private List<IndicatorResult> results(UnitScope scope, IndicatorView indicator, List<UnitView> units,
			PeriodKind kind, LocalDate start) {
		return results(scope, indicator, units, kind, start,
				this.rollup.sums(indicator, kind, start, scope.asOf(), units.stream().map(UnitView::id).toList()),
				targets(indicator.id()));
	}

	private List<IndicatorResult> results(UnitScope scope, IndicatorView indicator, List<UnitView> units,
			PeriodKind kind, LocalDate start, Map<Long, Rollup.Sums> sums, List<TargetView> targets) {
		LocalDate treeDate = scope.asOf();
		LocalDate last = kind.lastDay(start);
		LocalDate statusDate = last.isBefore(treeDate) ? last : treeDate;
		List<IndicatorResult> results = new ArrayList<>();
		for (UnitView unit : units) {
			Rollup.Sums s = sums.get(unit.id());
			BigDecimal num = (s != null) ? s.numerator() : BigDecimal.ZERO;
			BigDecimal den = (s != null) ? s.denominator() : BigDecimal.ZERO;
			BigDecimal actual = (s != null) ? indicator.aggregation().value(num, den) : null;
			TargetView target = target(targets, unit.type(), statusDate);
			TargetStatus status = (target != null) ? TargetRule.status(target.baseline(), target.baselineOn(),
					target.targetValue(), target.deadline(), indicator.higherIsBetter(), actual, statusDate) : null;
			results.add(new IndicatorResult(indicator, unit.id(), unit.fullName(), unit.type(), kind, start, treeDate,
					num, den, (s != null) ? s.contributors() : 0, actual, target, status));
		}
		return results;
	}

	/**
	 * The indicator for a unit in scope over the {@code count} periods of the kind ending
	 * with the one starting on {@code start}, oldest first, each from the roll-up cache.
	 */
	@Transactional(readOnly = true)
	public List<TrendPoint> trend(UnitScope scope, long indicatorId, long unitId, PeriodKind kind, LocalDate start,
			int count) {
		IndicatorView indicator = get(indicatorId);
		UnitView unit = this.units.get(scope, unitId);
		List<TargetView> targets = targets(indicator.id());
		List<LocalDate> periods = new ArrayList<>();
		for (int i = count - 1; i >= 0; i--) {
			periods.add(start.minusMonths((long) kind.months() * i));
		}
		Map<Rollup.Key, Map<Long, Rollup.Sums>> sums = this.rollup.sums(List.of(indicator), kind, periods, scope.asOf(),
				List.of(unit.id()));
		List<TrendPoint> points = new ArrayList<>();
		for (LocalDate period : periods) {
			Rollup.Sums s = sums.getOrDefault(new Rollup.Key(indicator.id(), period), Map.of()).get(unit.id());
			TargetView target = target(targets, unit.type(), kind.lastDay(period));
			points.add(new TrendPoint(period,
					(s != null) ? indicator.aggregation().value(s.numerator(), s.denominator()) : null,
					(target != null) ? target.targetValue() : null));
		}
		return points;
	}

	/**
	 * The approximate centres of those of the units that are provinces with a known
	 * centre (by their code on the date), for the dashboard map.
	 */
	@Transactional(readOnly = true)
	public List<Centroid> centroids(java.util.Collection<Long> unitIds, LocalDate date) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select p.unit_id, c.lat, c.lon from org_unit_period p join tgt_province_centroid c on c.code = p.code"
					+ " where p.type = 'PROVINCE' and p.unit_id in (:ids) and "
					+ vn.grassroots.targets.internal.TargetsSql.validAt("p", "d"))
			.param("ids", List.copyOf(unitIds))
			.param("d", date)
			.query((rs, n) -> new Centroid(rs.getLong(1), rs.getDouble(2), rs.getDouble(3)))
			.list();
	}

	/** The target of the level due first on or after the date, else the latest. */
	static @Nullable TargetView target(List<TargetView> targets, UnitType type, LocalDate date) {
		TargetView latest = null;
		for (TargetView t : targets) {
			if (t.unitType() != type) {
				continue;
			}
			if (!t.deadline().isBefore(date)) {
				return t;
			}
			latest = t;
		}
		return latest;
	}

	static LocalDate periodStart(PeriodKind kind, @Nullable String raw) {
		LocalDate start = Input.date("periodStart", raw);
		if (!kind.isStart(start)) {
			throw GrassrootsException.badField("periodStart", raw, "targets.validation.period-start",
					kind.startOf(start).toString());
		}
		return start;
	}

	static BigDecimal[] numbers(IndicatorView indicator, @Nullable BigDecimal numerator,
			@Nullable BigDecimal denominator) {
		BigDecimal num = Input.nonNegative("numerator", numerator);
		BigDecimal den = BigDecimal.ONE;
		if (indicator.aggregation() == Aggregation.RATIO_OF_SUMS) {
			den = Input.nonNegative("denominator", denominator);
			if (den.signum() == 0) {
				throw GrassrootsException.badField("denominator", denominator, "validation.min", 1);
			}
		}
		return new BigDecimal[] { num, den };
	}

	private static IndicatorView indicator(java.sql.ResultSet rs) throws java.sql.SQLException {
		long objective = rs.getLong("objective_id");
		Long objectiveId = rs.wasNull() ? null : objective;
		return new IndicatorView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				IndicatorSource.valueOf(rs.getString("source")), rs.getString("computation"),
				Aggregation.valueOf(rs.getString("aggregation")), rs.getBoolean("higher_is_better"), objectiveId);
	}

}

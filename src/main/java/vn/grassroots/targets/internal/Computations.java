package vn.grassroots.targets.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.grassroots.targets.IndicatorComputation;

/**
 * The catalogue of named, safe computations of indicators from system data. Each gives
 * one raw value (numerator, denominator) per commune police station (unit of type
 * COMMUNE) valid on the measurement date. The SQL of the built-in computations (on the
 * module's own tables and the dated paths of {@code org_unit_period}) is fixed here; the
 * other computations are contributed by the modules that own the data as
 * {@link IndicatorComputation} beans. An indicator only names a computation, it never
 * carries SQL.
 */
@Component
public class Computations {

	/** Share of commune police stations with their OWN headquarters on the date. */
	public static final String HQ_OWN_SHARE = "HQ_OWN_SHARE";

	/** Share of stations whose inventory meets the norm in every category. */
	public static final String EQUIPMENT_NORM_MET = "EQUIPMENT_NORM_MET";

	/** Protection teams (units of type TEAM) established under each commune. */
	public static final String TEAMS_ESTABLISHED = "TEAMS_ESTABLISHED";

	static final String COMMUNES = "from org_unit_period c where c.type = 'COMMUNE' and "
			+ TargetsSql.validAt("c", "d");

	private static final Map<String, String> SQL = new TreeMap<>(Map.of(HQ_OWN_SHARE,
			"select c.unit_id, case when exists (select 1 from tgt_headquarters h where h.unit_id = c.unit_id"
					+ " and h.status = 'OWN' and h.valid_from <= :d and (h.valid_to is null or h.valid_to > :d))"
					+ " then 1 else 0 end as num, 1 as den " + COMMUNES,
			EQUIPMENT_NORM_MET,
			"select c.unit_id, case when exists (select 1 from tgt_equipment_norm n where n.quantity >"
					+ " coalesce((select e.quantity from tgt_equipment e where e.unit_id = c.unit_id"
					+ " and e.category = n.category), 0)) then 0 else 1 end as num, 1 as den " + COMMUNES,
			TEAMS_ESTABLISHED,
			"select c.unit_id, (select count(*) from org_unit_period t where t.type = 'TEAM' and "
					+ TargetsSql.validAt("t", "d") + " and t.path >= c.path"
					+ " and t.path < concat(substring(c.path, 1, length(c.path) - 1), '0')) as num, 1 as den "
					+ COMMUNES));

	private final JdbcClient jdbc;

	private final ObjectProvider<IndicatorComputation> contributed;

	Computations(JdbcClient jdbc, ObjectProvider<IndicatorComputation> contributed) {
		this.jdbc = jdbc;
		this.contributed = contributed;
	}

	/** Names of the computations, built-in and contributed. */
	public List<String> names() {
		TreeSet<String> names = new TreeSet<>(SQL.keySet());
		this.contributed.orderedStream().forEach((c) -> names.add(c.name()));
		return List.copyOf(names);
	}

	public boolean exists(String name) {
		return SQL.containsKey(name) || contribution(name) != null;
	}

	/**
	 * How long a roll-up of the computation may be served: null for the built-in ones,
	 * whose inputs invalidate it on every write.
	 */
	public @Nullable Duration maxAge(String name) {
		IndicatorComputation c = SQL.containsKey(name) ? null : contribution(name);
		return (c != null) ? c.maxAge() : null;
	}

	private @Nullable IndicatorComputation contribution(String name) {
		return this.contributed.orderedStream().filter((c) -> c.name().equals(name)).findFirst().orElse(null);
	}

	/** The raw values of the computation on the date, one per station. */
	public List<RawValue> compute(String name, LocalDate date) {
		String sql = SQL.get(name);
		if (sql == null) {
			IndicatorComputation c = contribution(name);
			if (c == null) {
				throw new IllegalArgumentException("Unknown computation " + name);
			}
			return c.values(date)
				.stream()
				.map((v) -> new RawValue(v.unitId(), v.numerator(), v.denominator()))
				.toList();
		}
		return this.jdbc.sql(sql)
			.param("d", date)
			.query((rs, n) -> new RawValue(rs.getLong(1), BigDecimal.valueOf(rs.getLong(2)),
					BigDecimal.valueOf(rs.getLong(3))))
			.list();
	}

}

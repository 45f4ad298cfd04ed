package vn.grassroots.organisation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.grassroots.organisation.internal.UnitSql;
import vn.grassroots.shared.UnitScope;

/**
 * A SQL condition that keeps rows whose unit lies in the caller's subtree on the scope's
 * date, for modules that keep a unit id on their own rows (members, incidents, reports,
 * ...). It is a sub-select on the indexed unit paths, so the database does the filtering:
 *
 * <pre>
 * SubtreeFilter in = units.subtree(scope);
 * jdbc.sql("select * from per_member m where " + in.condition("m.team_id")) ...
 * in.bind(spec)
 * </pre>
 *
 * Parameter names start with {@code sf_} to stay clear of the caller's own.
 */
public final class SubtreeFilter {

	private final List<String> paths;

	private final LocalDate date;

	SubtreeFilter(List<String> paths, LocalDate date) {
		this.paths = List.copyOf(paths);
		this.date = date;
	}

	/** The condition on a unit-id column, e.g. {@code m.unit_id in (select ...)}. */
	public String condition(String unitIdColumn) {
		if (this.paths.isEmpty()) {
			return "1 = 0";
		}
		return unitIdColumn + " in (select sfp.unit_id from org_unit_period sfp where " + UnitSql.validAt("sfp", "sf_d")
				+ " and " + ranges() + ")";
	}

	/**
	 * The same condition checked one row at a time: {@code exists (...)} on the period of
	 * the row's own unit, for a query that walks an index in its sort order and stops
	 * after a page (a national or provincial list). The sub-select is kept apart from the
	 * outer query ({@code offset 0 rows}), so that PostgreSQL checks each row through the
	 * unit-id index, with any plan, instead of first collecting the whole subtree (some
	 * 200,000 units nationally) into a hash.
	 */
	public String probe(String unitIdColumn) {
		if (this.paths.isEmpty()) {
			return "1 = 0";
		}
		return "exists (select 1 from org_unit_period sfp where sfp.unit_id = " + unitIdColumn + " and "
				+ UnitSql.validAt("sfp", "sf_d") + " and " + ranges() + " offset 0 rows)";
	}

	/**
	 * The units of the subtree on the date as a derived table with the column
	 * {@code unit_id}, to join rows to from the units' side (counting rows per unit with
	 * an index on the row's unit id).
	 */
	public String units() {
		if (this.paths.isEmpty()) {
			return "(select sfp.unit_id from org_unit_period sfp where 1 = 0)";
		}
		return "(select sfp.unit_id from org_unit_period sfp where " + UnitSql.validAt("sfp", "sf_d") + " and "
				+ ranges() + ")";
	}

	private String ranges() {
		return UnitSql.inScope("sfp", this.paths).replace(":s", ":sf_s").replace(":e", ":sf_e");
	}

	/** Binds the condition's parameters. */
	public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
		JdbcClient.StatementSpec result = spec;
		for (Map.Entry<String, Object> p : parameters().entrySet()) {
			result = result.param(p.getKey(), p.getValue());
		}
		return result;
	}

	/** The condition's parameters by name, for callers that bind themselves. */
	public Map<String, Object> parameters() {
		Map<String, Object> params = new LinkedHashMap<>();
		if (this.paths.isEmpty()) {
			return params;
		}
		params.put("sf_d", this.date);
		for (int i = 0; i < this.paths.size(); i++) {
			params.put("sf_s" + i, UnitScope.rangeStart(this.paths.get(i)));
			params.put("sf_e" + i, UnitScope.rangeEnd(this.paths.get(i)));
		}
		return params;
	}

}

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
				+ " and " + UnitSql.inScope("sfp", this.paths).replace(":s", ":sf_s").replace(":e", ":sf_e") + ")";
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

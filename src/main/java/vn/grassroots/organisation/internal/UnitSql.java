package vn.grassroots.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.grassroots.organisation.UnitType;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.UnitScope;

/** SQL fragments and the row mapper of unit reads. */
public final class UnitSql {

	/**
	 * Columns of a {@link UnitView}: period {@code p}, unit {@code u}, parent period
	 * {@code pp}.
	 */
	public static final String SELECT = "select p.unit_id, p.type, u.kind, p.code, p.name, p.full_name, p.name_en,"
			+ " p.full_name_en, p.parent_id, pp.code as parent_code, pp.full_name as parent_name, p.path, p.depth,"
			+ " u.commune_level, u.demo, u.valid_from as unit_from, u.valid_to as unit_to, p.valid_from, p.valid_to"
			+ " from org_unit_period p join org_unit u on u.id = p.unit_id"
			+ " left join org_unit_period pp on pp.unit_id = p.parent_id and " + validAt("pp", "d");

	/**
	 * Every period of unit {@code :id}, the parent named as it stood when the period
	 * began.
	 */
	public static final String HISTORY = "select p.unit_id, p.type, u.kind, p.code, p.name, p.full_name, p.name_en,"
			+ " p.full_name_en, p.parent_id, pp.code as parent_code, pp.full_name as parent_name, p.path, p.depth,"
			+ " u.commune_level, u.demo, u.valid_from as unit_from, u.valid_to as unit_to, p.valid_from, p.valid_to"
			+ " from org_unit_period p join org_unit u on u.id = p.unit_id"
			+ " left join org_unit_period pp on pp.unit_id = p.parent_id"
			+ " and (pp.valid_from is null or pp.valid_from <= coalesce(p.valid_from, date '1900-01-01'))"
			+ " and (pp.valid_to is null or pp.valid_to > coalesce(p.valid_from, date '1900-01-01'))"
			+ " where p.unit_id = :id order by p.valid_from nulls first, p.id";

	public static final RowMapper<UnitView> VIEW = UnitSql::view;

	private UnitSql() {
	}

	/** The period of alias {@code a} is valid on the named date parameter. */
	public static String validAt(String a, String param) {
		return "(" + a + ".valid_from is null or " + a + ".valid_from <= :" + param + ") and (" + a
				+ ".valid_to is null or " + a + ".valid_to > :" + param + ")";
	}

	/**
	 * The path of alias {@code a} lies in one of the scope's subtrees: a key range per
	 * path, so that an index serves it. Parameters {@code s0, e0, s1, e1, ...} are bound
	 * by {@link #bindScope}.
	 */
	public static String inScope(String a, List<String> paths) {
		if (paths.isEmpty()) {
			return "1 = 0";
		}
		StringBuilder sql = new StringBuilder("(");
		for (int i = 0; i < paths.size(); i++) {
			if (i > 0) {
				sql.append(" or ");
			}
			sql.append("(").append(a).append(".path >= :s").append(i).append(" and ").append(a);
			sql.append(".path < :e").append(i).append(")");
		}
		return sql.append(")").toString();
	}

	public static JdbcClient.StatementSpec bindScope(JdbcClient.StatementSpec spec, List<String> paths) {
		for (int i = 0; i < paths.size(); i++) {
			spec = spec.param("s" + i, UnitScope.rangeStart(paths.get(i)))
				.param("e" + i, UnitScope.rangeEnd(paths.get(i)));
		}
		return spec;
	}

	private static UnitView view(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		return new UnitView(rs.getLong("unit_id"), UnitType.valueOf(rs.getString("type")), rs.getString("kind"),
				rs.getString("code"), rs.getString("name"), rs.getString("full_name"), rs.getString("name_en"),
				rs.getString("full_name_en"), parentId, rs.getString("parent_code"), rs.getString("parent_name"),
				rs.getString("path"), rs.getInt("depth"), rs.getBoolean("commune_level"), rs.getBoolean("demo"),
				date(rs, "unit_from"), date(rs, "unit_to"), date(rs, "valid_from"), date(rs, "valid_to"));
	}

	public static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		java.sql.Date d = rs.getDate(column);
		return (d != null) ? d.toLocalDate() : null;
	}

}

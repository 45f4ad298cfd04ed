package vn.grassroots.operations.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.shared.UnitScope;

/**
 * The few unit reads the public pages need without a login (there is no scope): provinces
 * and commune-level units valid on a date, straight from {@code org_unit_period}. Only
 * ids, codes and names, all public.
 */
@Component
@Transactional(readOnly = true)
public class PublicUnits {

	private final JdbcClient jdbc;

	PublicUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Provinces on the date, by name. */
	public List<PublicUnit> provinces(LocalDate date) {
		return this.jdbc
			.sql("select p.unit_id, p.code, p.full_name, p.path from org_unit_period p where p.type = 'PROVINCE' and "
					+ IncidentSql.validAt("p", "d") + " order by p.full_name")
			.param("d", date)
			.query((rs, n) -> new PublicUnit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/** Commune-level units under the province on the date, by name. */
	public List<PublicUnit> communes(long provinceId, LocalDate date) {
		Optional<PublicUnit> province = provinces(date).stream().filter((p) -> p.id() == provinceId).findFirst();
		if (province.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(
				"select p.unit_id, p.code, p.full_name, p.path from org_unit_period p join org_unit u on u.id = p.unit_id"
						+ " where u.commune_level = true and p.path >= :s and p.path < :e and "
						+ IncidentSql.validAt("p", "d") + " order by p.full_name limit 2000")
			.param("s", UnitScope.rangeStart(province.get().path()))
			.param("e", UnitScope.rangeEnd(province.get().path()))
			.param("d", date)
			.query((rs, n) -> new PublicUnit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/** The commune-level unit with the id on the date. */
	public Optional<PublicUnit> commune(long id, LocalDate date) {
		return this.jdbc.sql(
				"select p.unit_id, p.code, p.full_name, p.path from org_unit_period p join org_unit u on u.id = p.unit_id"
						+ " where u.commune_level = true and p.unit_id = :id and " + IncidentSql.validAt("p", "d"))
			.param("id", id)
			.param("d", date)
			.query((rs, n) -> new PublicUnit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional();
	}

	/**
	 * The commune-level unit with the statistics code on the date (Open311 jurisdiction).
	 */
	public Optional<PublicUnit> communeByCode(String code, LocalDate date) {
		return this.jdbc.sql(
				"select p.unit_id, p.code, p.full_name, p.path from org_unit_period p join org_unit u on u.id = p.unit_id"
						+ " where u.commune_level = true and p.code = :code and " + IncidentSql.validAt("p", "d"))
			.param("code", code)
			.param("d", date)
			.query((rs, n) -> new PublicUnit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional();
	}

	/** The name of a unit on the date, if it exists. */
	public Optional<String> name(long id, LocalDate date) {
		return this.jdbc
			.sql("select p.full_name from org_unit_period p where p.unit_id = :id and " + IncidentSql.validAt("p", "d"))
			.param("id", id)
			.param("d", date)
			.query(String.class)
			.optional();
	}

	/**
	 * A unit as the public sees it.
	 *
	 * @param id id
	 * @param code statistics code
	 * @param fullName full name
	 * @param path materialised path
	 */
	public record PublicUnit(long id, String code, String fullName, String path) {
	}

}

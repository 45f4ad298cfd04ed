package vn.grassroots.patrols.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.grassroots.organisation.SubtreeFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.patrols.MemberRef;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.UnitScope;

/**
 * Reads shared by the patrols services: the unit a plan or patrol belongs to, members in
 * scope and their status on a date (one query each for a whole batch). Reads the
 * personnel tables in SQL, as the targets module reads the organisation's, because the
 * personnel API has no set-based read of statuses.
 */
@Component
public class PatrolSql {

	private final JdbcClient jdbc;

	private final UnitQueries units;

	PatrolSql(JdbcClient jdbc, UnitQueries units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/** A timestamp parameter. */
	public static @Nullable Timestamp ts(@Nullable LocalDateTime time) {
		return (time != null) ? Timestamp.valueOf(time) : null;
	}

	/** A timestamp column. */
	public static LocalDateTime time(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toLocalDateTime();
	}

	/**
	 * The condition that keeps rows of a patrols table (with {@code team_id} and
	 * {@code commune_id}) whose team, or commune when there is no team, lies in the
	 * scope: a team leader sees the team's rows, commune police see their teams' and
	 * their own.
	 */
	public static String inScope(SubtreeFilter filter, String alias) {
		return filter.condition("coalesce(" + alias + ".team_id, " + alias + ".commune_id)");
	}

	/**
	 * The owner of a plan or patrol: a TEAM unit (its commune police from the team's
	 * personnel record) or a commune-level unit; 404 outside the scope, 422 naming
	 * {@code field} for another kind of unit.
	 */
	public Owner owner(UnitScope scope, String field, long unitId) {
		UnitView unit = this.units.get(scope, unitId);
		if (!unit.validOn(scope.asOf())) {
			throw GrassrootsException.ruleOnField(field, unitId, "patrols.validation.unit-level");
		}
		if (unit.type() == UnitType.TEAM) {
			Long commune = this.jdbc.sql("select commune_id from per_team where team_id = :t")
				.param("t", unitId)
				.query(Long.class)
				.optional()
				.orElseThrow(() -> GrassrootsException.ruleOnField(field, unitId, "patrols.validation.team-record"));
			return new Owner(commune, unitId, unit.fullName());
		}
		if (unit.type() == UnitType.COMMUNE || unit.communeLevel()) {
			return new Owner(unitId, null, unit.fullName());
		}
		throw GrassrootsException.ruleOnField(field, unitId, "patrols.validation.unit-level");
	}

	/**
	 * The owners of many TEAM or commune-level units in one query each; units outside the
	 * scope are left out.
	 */
	public Map<Long, Owner> owners(UnitScope scope, Collection<Long> unitIds) {
		Map<Long, Owner> result = new HashMap<>();
		if (unitIds.isEmpty()) {
			return result;
		}
		Map<Long, UnitView> found = this.units.findAll(scope, unitIds);
		List<Long> teams = found.values().stream().filter((u) -> u.type() == UnitType.TEAM).map(UnitView::id).toList();
		Map<Long, Long> communes = new HashMap<>();
		if (!teams.isEmpty()) {
			this.jdbc.sql("select team_id, commune_id from per_team where team_id in (:t)")
				.param("t", teams)
				.query((rs, n) -> communes.put(rs.getLong(1), rs.getLong(2)))
				.list();
		}
		for (UnitView u : found.values()) {
			if (u.type() == UnitType.TEAM && communes.containsKey(u.id())) {
				result.put(u.id(), new Owner(communes.get(u.id()), u.id(), u.fullName()));
			}
			else if (u.type() == UnitType.COMMUNE || u.communeLevel()) {
				result.put(u.id(), new Owner(u.id(), null, u.fullName()));
			}
		}
		return result;
	}

	/**
	 * The members with these ids that the scope covers (their commune police, or a team
	 * they belong to on the date, lies in the scope), by id, with their status history.
	 * Two queries whatever the number of members.
	 */
	public Map<Long, Member> members(UnitScope scope, Collection<Long> ids) {
		Map<Long, Member> result = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return result;
		}
		if (scope.paths().isEmpty()) {
			return result;
		}
		SubtreeFilter in = this.units.subtree(scope);
		List<Long> list = List.copyOf(ids);
		for (int from = 0; from < list.size(); from += 1000) {
			List<Long> chunk = list.subList(from, Math.min(list.size(), from + 1000));
			in.bind(this.jdbc.sql("select m.id, m.full_name, m.commune_id from per_member m where m.id in (:ids) and ("
					+ in.condition("m.commune_id") + " or exists (select 1 from per_membership ms where"
					+ " ms.member_id = m.id and ms.valid_from <= :sf_d and (ms.valid_to is null or ms.valid_to > :sf_d)"
					+ " and " + in.condition("ms.team_id") + "))"))
				.param("ids", chunk)
				.query((rs, n) -> result.put(rs.getLong(1),
						new Member(rs.getLong(1), rs.getString(2), rs.getLong(3), new ArrayList<>())))
				.list();
		}
		if (result.isEmpty()) {
			return result;
		}
		List<Long> found = List.copyOf(result.keySet());
		for (int from = 0; from < found.size(); from += 1000) {
			this.jdbc
				.sql("select member_id, status, valid_from from per_member_status where member_id in (:ids)"
						+ " order by member_id, valid_from, id")
				.param("ids", found.subList(from, Math.min(found.size(), from + 1000)))
				.query((rs, n) -> result.get(rs.getLong(1))
					.statuses()
					.add(new Status(rs.getString(2), rs.getDate(3).toLocalDate())))
				.list();
		}
		return result;
	}

	/** Names of members by id (no scope: for ids already read from scoped rows). */
	public Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.sql("select id, full_name from per_member where id in (:ids)")
				.param("ids", ids)
				.query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
				.list();
		}
		return names;
	}

	/**
	 * The id of the province of a unit path ({@code /1/<province>/...}), null above the
	 * provinces.
	 */
	public static @Nullable Long provinceOf(String path) {
		String[] parts = path.split("/");
		return (parts.length > 2) ? Long.valueOf(parts[2]) : null;
	}

	/**
	 * The unit that owns a plan or a patrol.
	 *
	 * @param communeId the commune police unit
	 * @param teamId the TEAM unit, null for the commune police itself
	 * @param name the owner's full name
	 */
	public record Owner(long communeId, @Nullable Long teamId, String name) {

		/** The team or, without one, the commune police. */
		public long unitId() {
			return (this.teamId != null) ? this.teamId : this.communeId;
		}

	}

	/**
	 * A member with the status history.
	 *
	 * @param id member id
	 * @param name full name
	 * @param communeId commune police unit
	 * @param statuses status rows by start date
	 */
	public record Member(long id, String name, long communeId, List<Status> statuses) {

		/** Whether the member is ACTIVE on the date. */
		public boolean activeOn(LocalDate date) {
			String current = null;
			for (Status s : this.statuses) {
				if (!s.from().isAfter(date)) {
					current = s.status();
				}
			}
			return "ACTIVE".equals(current);
		}

		/** As a reference. */
		public MemberRef ref() {
			return new MemberRef(this.id, this.name);
		}

	}

	/**
	 * One status row.
	 *
	 * @param status status name
	 * @param from first day
	 */
	public record Status(String status, LocalDate from) {
	}

}

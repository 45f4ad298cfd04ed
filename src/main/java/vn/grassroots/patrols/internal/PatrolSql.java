package vn.grassroots.patrols.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * scope and their status on a date (one query each for a whole batch, the ids as one
 * array parameter). Reads the personnel tables in SQL, as the targets module reads the
 * organisation's, because the personnel API has no set-based read of statuses.
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
		return check(scope, unitIds, List.of()).owners();
	}

	/**
	 * The members with these ids that the scope covers (their commune police, or a team
	 * they belong to on the scope's date, lies in the scope), by id, with their status
	 * history. Three queries whatever the number of members (the ids as one array
	 * parameter; the scope checked on the members' units by id).
	 */
	public Map<Long, Member> members(UnitScope scope, Collection<Long> ids) {
		return check(scope, List.of(), ids).members();
	}

	/**
	 * The owners of the units and the members in scope together, with one look-up of all
	 * their units in the scope: for a batch of patrol logs, five queries whatever its
	 * size (members with their teams, their statuses, the units, the teams' communes).
	 * @param scope the caller's scope
	 * @param unitIds TEAM or commune-level units that will own rows
	 * @param memberIds members that will take part
	 * @return the owners and members found in scope
	 */
	public Checked check(UnitScope scope, Collection<Long> unitIds, Collection<Long> memberIds) {
		Map<Long, Owner> owners = new HashMap<>();
		Map<Long, Member> members = new LinkedHashMap<>();
		if (scope.paths().isEmpty() || (unitIds.isEmpty() && memberIds.isEmpty())) {
			return new Checked(owners, members);
		}
		Map<Long, Member> candidates = new HashMap<>();
		if (!memberIds.isEmpty()) {
			this.jdbc.sql("select id, full_name, commune_id from per_member where id = any(:ids)")
				.param("ids", memberIds.toArray(new Long[0]))
				.query((rs, n) -> candidates.put(rs.getLong(1),
						new Member(rs.getLong(1), rs.getString(2), rs.getLong(3), new ArrayList<>())))
				.list();
		}
		Set<Long> wanted = new HashSet<>(unitIds);
		candidates.values().forEach((m) -> wanted.add(m.communeId()));
		Map<Long, UnitView> found = new HashMap<>(this.units.findAll(scope, wanted));
		// a member whose commune police lies outside the scope is in it through a team
		// of the scope they belong to on the scope's date (a team leader's members)
		List<Long> outside = candidates.values()
			.stream()
			.filter((m) -> !found.containsKey(m.communeId()))
			.map(Member::id)
			.toList();
		Set<Long> throughTeam = new HashSet<>();
		if (!outside.isEmpty()) {
			Map<Long, List<Long>> teamsOf = new HashMap<>();
			this.jdbc
				.sql("select member_id, team_id from per_membership where member_id = any(:ids) and valid_from <= :d"
						+ " and (valid_to is null or valid_to > :d)")
				.param("ids", outside.toArray(new Long[0]))
				.param("d", scope.asOf())
				.query((rs, n) -> teamsOf.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getLong(2)))
				.list();
			Set<Long> teams = new HashSet<>();
			teamsOf.values().forEach(teams::addAll);
			teams.removeAll(found.keySet());
			if (!teams.isEmpty()) {
				found.putAll(this.units.findAll(scope, teams));
			}
			teamsOf.forEach((member, its) -> {
				if (its.stream().anyMatch(found::containsKey)) {
					throughTeam.add(member);
				}
			});
		}
		for (Long id : memberIds) {
			Member member = candidates.get(id);
			if (member != null && (found.containsKey(member.communeId()) || throughTeam.contains(id))) {
				members.put(id, member);
			}
		}
		if (!members.isEmpty()) {
			this.jdbc
				.sql("select member_id, status, valid_from from per_member_status where member_id = any(:ids)"
						+ " order by member_id, valid_from, id")
				.param("ids", members.keySet().toArray(new Long[0]))
				.query((rs, n) -> members.get(rs.getLong(1))
					.statuses()
					.add(new Status(rs.getString(2), rs.getDate(3).toLocalDate())))
				.list();
		}
		List<Long> teams = unitIds.stream()
			.map(found::get)
			.filter((u) -> u != null && u.type() == UnitType.TEAM)
			.map(UnitView::id)
			.toList();
		Map<Long, Long> communes = new HashMap<>();
		if (!teams.isEmpty()) {
			this.jdbc.sql("select team_id, commune_id from per_team where team_id = any(:t)")
				.param("t", teams.toArray(new Long[0]))
				.query((rs, n) -> communes.put(rs.getLong(1), rs.getLong(2)))
				.list();
		}
		for (Long id : unitIds) {
			UnitView u = found.get(id);
			if (u == null) {
				continue;
			}
			if (u.type() == UnitType.TEAM && communes.containsKey(u.id())) {
				owners.put(u.id(), new Owner(communes.get(u.id()), u.id(), u.fullName()));
			}
			else if (u.type() == UnitType.COMMUNE || u.communeLevel()) {
				owners.put(u.id(), new Owner(u.id(), null, u.fullName()));
			}
		}
		return new Checked(owners, members);
	}

	/**
	 * The result of {@link #check}.
	 *
	 * @param owners owners by unit id, units outside the scope left out
	 * @param members members by id, members outside the scope left out
	 */
	public record Checked(Map<Long, Owner> owners, Map<Long, Member> members) {
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

package vn.grassroots.organisation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.organisation.internal.UnitSql;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.ShortCache;
import vn.grassroots.shared.TextFolding;
import vn.grassroots.shared.UnitScope;

/**
 * Reads of the organisation tree as of a date, always limited to the caller's scope.
 * Units outside the scope are reported as absent, never as forbidden.
 */
@Service
@Transactional(readOnly = true)
public class UnitQueries {

	private static final int MAX_LINEAGE_HOPS = 6;

	private final JdbcClient jdbc;

	/**
	 * Counts of units by type per scope and date for the home page: at national scope
	 * they scan every unit period (tens of milliseconds), so they may be up to a minute
	 * old.
	 */
	private final ShortCache<CountKey, Map<UnitType, Long>> counts = new ShortCache<>(Duration.ofMinutes(1), 1_000);

	UnitQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record CountKey(List<String> paths, LocalDate date) {
	}

	/**
	 * Path prefixes of the subtrees a user of {@code unitId} sees on {@code date}: the
	 * unit's own path then or, when the unit did not exist then, the paths of its
	 * predecessors that did (a new commune's officers see the old communes it was formed
	 * from). Never returns null.
	 */
	public List<String> scopePaths(long unitId, LocalDate date) {
		Set<Long> frontier = Set.of(unitId);
		for (int hop = 0; hop < MAX_LINEAGE_HOPS && !frontier.isEmpty(); hop++) {
			List<String> paths = this.jdbc
				.sql("select p.path from org_unit_period p where p.unit_id in (:ids) and " + UnitSql.validAt("p", "d")
						+ " order by p.path")
				.param("ids", frontier)
				.param("d", date)
				.query(String.class)
				.list();
			if (!paths.isEmpty()) {
				return minimal(paths);
			}
			frontier = new LinkedHashSet<>(this.jdbc.sql(
					"select predecessor_id from org_lineage where successor_id in (:ids) and predecessor_id is not null")
				.param("ids", frontier)
				.query(Long.class)
				.list());
		}
		return List.of();
	}

	private static List<String> minimal(List<String> sortedPaths) {
		List<String> result = new ArrayList<>();
		for (String path : sortedPaths) {
			if (result.stream().noneMatch(path::startsWith)) {
				result.add(path);
			}
		}
		return result;
	}

	/**
	 * A SQL condition that keeps rows of units in the caller's subtree on the scope's
	 * date. Never returns null.
	 */
	public SubtreeFilter subtree(UnitScope scope) {
		return new SubtreeFilter(scope.paths(), scope.asOf());
	}

	/**
	 * The ids of the units in the caller's subtree on the scope's date when there are at
	 * most {@code max} of them (a commune with its villages and teams: about 60), so that
	 * a list can read its rows unit by unit through an index on the unit id; empty when
	 * there are more (a province, the country). Reads at most {@code max + 1} rows (a
	 * literal limit, which PostgreSQL plans as such also in a prepared statement).
	 */
	public Optional<List<Long>> unitIdsInScope(UnitScope scope, int max) {
		if (scope.paths().isEmpty()) {
			return Optional.of(List.of());
		}
		List<Long> ids = bind(this.jdbc.sql("select p.unit_id from org_unit_period p where " + UnitSql.validAt("p", "d")
				+ " and " + UnitSql.inScope("p", scope.paths()) + " limit " + (max + 1)), scope.paths())
			.param("d", scope.asOf())
			.query(Long.class)
			.list();
		return (ids.size() > max) ? Optional.empty() : Optional.of(ids);
	}

	/**
	 * The first {@code limit} units of the type in the caller's subtree on the scope's
	 * date in tree order (by path: a commune, then its villages), without counting them:
	 * choices for a filter, as cheap for the country as for a commune (the order is that
	 * of the {@code (type, path)} index).
	 */
	public List<UnitView> firstOfType(UnitScope scope, UnitType type, int limit) {
		return bind(
				this.jdbc.sql(UnitSql.SELECT + " where p.type = :type and " + UnitSql.validAt("p", "d") + " and "
						+ UnitSql.inScope("p", scope.paths()) + " order by p.type, p.path limit " + limit),
				scope.paths())
			.param("type", type.name())
			.param("d", scope.asOf())
			.query(UnitSql.VIEW)
			.list();
	}

	/**
	 * The unit as of the scope's date if it existed then; otherwise as of its nearest
	 * period (so that dissolved predecessors can still be opened). Empty when absent or
	 * outside the scope.
	 */
	public Optional<UnitView> find(UnitScope scope, long id) {
		Optional<UnitView> now = at(scope.paths(), id, scope.asOf());
		if (now.isPresent()) {
			return now;
		}
		if (existsOn(id, scope.asOf())) {
			// the unit exists on the date, outside the caller's subtree: not visible
			return Optional.empty();
		}
		LocalDate nearest = nearestDate(id, scope.asOf());
		if (nearest == null) {
			return Optional.empty();
		}
		return at(scopePaths(scope.unitId(), nearest), id, nearest);
	}

	/**
	 * The units with these ids that exist on the scope's date inside the scope, by id;
	 * absent ids are left out. One query, for pages that show many units at once.
	 */
	public Map<Long, UnitView> findAll(UnitScope scope, java.util.Collection<Long> ids) {
		Map<Long, UnitView> found = new java.util.LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		// one array parameter: an in-list of thousands of parameters makes PostgreSQL
		// build
		// and scan the list for every row it filters (bulk patrol logs look up ~5,000
		// units)
		bind(this.jdbc.sql(UnitSql.SELECT + " where p.unit_id = any(:ids) and " + UnitSql.validAt("p", "d") + " and "
				+ UnitSql.inScope("p", scope.paths())), scope.paths())
			.param("ids", ids.toArray(new Long[0]))
			.param("d", scope.asOf())
			.query(UnitSql.VIEW)
			.list()
			.forEach((unit) -> found.put(unit.id(), unit));
		return found;
	}

	/** Like {@link #find} but throws a 404 {@link GrassrootsException} when absent. */
	public UnitView get(UnitScope scope, long id) {
		return find(scope, id).orElseThrow(() -> GrassrootsException.notFound("unit " + id));
	}

	/**
	 * The unit with the code valid on the scope's date, in scope; throws 404 otherwise.
	 */
	public UnitView getByCode(UnitScope scope, String code) {
		// codes are unique on any date (writes refuse duplicates); should old data hold
		// two, the
		// lowest unit id answers rather than an error
		return bind(this.jdbc.sql(UnitSql.SELECT + " where p.code = :code and " + UnitSql.validAt("p", "d") + " and "
				+ UnitSql.inScope("p", scope.paths()) + " order by p.unit_id limit 1"), scope.paths())
			.param("code", code)
			.param("d", scope.asOf())
			.query(UnitSql.VIEW)
			.optional()
			.orElseThrow(() -> GrassrootsException.notFound("unit " + code));
	}

	private Optional<UnitView> at(List<String> paths, long id, LocalDate date) {
		return bind(this.jdbc.sql(UnitSql.SELECT + " where p.unit_id = :id and " + UnitSql.validAt("p", "d") + " and "
				+ UnitSql.inScope("p", paths)), paths)
			.param("id", id)
			.param("d", date)
			.query(UnitSql.VIEW)
			.optional();
	}

	private boolean existsOn(long id, LocalDate date) {
		return this.jdbc
			.sql("select count(*) from org_unit_period p where p.unit_id = :id and " + UnitSql.validAt("p", "d"))
			.param("id", id)
			.param("d", date)
			.query(Long.class)
			.single() > 0;
	}

	private @Nullable LocalDate nearestDate(long id, LocalDate date) {
		// the last day of the latest period ending on or before the date, else the first
		// day of
		// the earliest period starting after it
		LocalDate before = this.jdbc
			.sql("select max(valid_to) from org_unit_period where unit_id = :id and valid_to <= :d")
			.param("id", id)
			.param("d", date)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
		if (before != null) {
			return before.minusDays(1);
		}
		return this.jdbc.sql("select min(valid_from) from org_unit_period where unit_id = :id and valid_from > :d")
			.param("id", id)
			.param("d", date)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
	}

	/** One page of the units in scope on the scope's date matching the filter. */
	public PageResult<UnitView> list(UnitScope scope, UnitFilter filter, PageRequest page) {
		StringBuilder where = new StringBuilder(" where " + UnitSql.validAt("p", "d") + " and ");
		where.append(UnitSql.inScope("p", scope.paths()));
		if (filter.type() != null) {
			where.append(" and p.type = :type");
		}
		if (filter.parentId() != null) {
			where.append(" and p.parent_id = :parent");
		}
		String folded = (filter.query() != null) ? TextFolding.fold(filter.query()) : "";
		if (!folded.isEmpty()) {
			where.append(" and p.search_text like :q");
		}
		long total = bindFilter(
				this.jdbc.sql("select count(*) from org_unit_period p" + where.toString().replace(":d", ":d")), scope,
				filter, folded)
			.query(Long.class)
			.single();
		List<UnitView> items = bindFilter(
				this.jdbc.sql(UnitSql.SELECT + where
						+ " order by p.depth, p.type, p.code, p.full_name, p.unit_id limit :limit offset :offset"),
				scope, filter, folded)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(UnitSql.VIEW)
			.list();
		return new PageResult<>(items, total);
	}

	/**
	 * Hands every unit in scope matching the filter, in list order, to the consumer as a
	 * stream that is read from the database as it goes (for exports of any size). The
	 * stream is closed afterwards.
	 */
	public void stream(UnitScope scope, UnitFilter filter,
			java.util.function.Consumer<java.util.stream.Stream<UnitView>> consumer) {
		StringBuilder where = new StringBuilder(" where " + UnitSql.validAt("p", "d") + " and ");
		where.append(UnitSql.inScope("p", scope.paths()));
		if (filter.type() != null) {
			where.append(" and p.type = :type");
		}
		if (filter.parentId() != null) {
			where.append(" and p.parent_id = :parent");
		}
		String folded = (filter.query() != null) ? TextFolding.fold(filter.query()) : "";
		if (!folded.isEmpty()) {
			where.append(" and p.search_text like :q");
		}
		try (java.util.stream.Stream<UnitView> units = bindFilter(
				this.jdbc.sql(UnitSql.SELECT + where + " order by p.depth, p.type, p.code, p.full_name, p.unit_id"),
				scope, filter, folded)
			.query(UnitSql.VIEW)
			.stream()) {
			consumer.accept(units);
		}
	}

	private JdbcClient.StatementSpec bindFilter(JdbcClient.StatementSpec spec, UnitScope scope, UnitFilter filter,
			String folded) {
		spec = bind(spec, scope.paths()).param("d", scope.asOf());
		if (filter.type() != null) {
			spec = spec.param("type", filter.type().name());
		}
		if (filter.parentId() != null) {
			spec = spec.param("parent", filter.parentId());
		}
		if (!folded.isEmpty()) {
			spec = spec.param("q", "%" + folded.replace("%", "").replace("_", "") + "%");
		}
		return spec;
	}

	/** The top units of the scope on its date: the roots of the caller's subtrees. */
	public List<UnitView> roots(UnitScope scope) {
		List<UnitView> roots = new ArrayList<>();
		for (String path : scope.paths()) {
			this.jdbc.sql(UnitSql.SELECT + " where p.path = :path and " + UnitSql.validAt("p", "d"))
				.param("path", path)
				.param("d", scope.asOf())
				.query(UnitSql.VIEW)
				.optional()
				.ifPresent(roots::add);
		}
		return roots;
	}

	/** Number of units of each type directly under the unit on the scope's date. */
	public Map<UnitType, Long> childCounts(UnitScope scope, UnitView unit) {
		Map<UnitType, Long> counts = new EnumMap<>(UnitType.class);
		this.jdbc
			.sql("select p.type, count(*) from org_unit_period p where p.parent_id = :id and "
					+ UnitSql.validAt("p", "d") + " group by p.type")
			.param("id", unit.id())
			.param("d", dateOf(scope, unit))
			.query((rs, n) -> Map.entry(UnitType.valueOf(rs.getString(1)), rs.getLong(2)))
			.list()
			.forEach((e) -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	/** Number of units of each type in the scope on its date (at most a minute old). */
	public Map<UnitType, Long> countsInScope(UnitScope scope) {
		return this.counts.get(new CountKey(List.copyOf(scope.paths()), scope.asOf()), (k) -> countAll(scope));
	}

	private Map<UnitType, Long> countAll(UnitScope scope) {
		Map<UnitType, Long> counts = new EnumMap<>(UnitType.class);
		bind(this.jdbc.sql("select p.type, count(*) from org_unit_period p where " + UnitSql.validAt("p", "d") + " and "
				+ UnitSql.inScope("p", scope.paths()) + " group by p.type"), scope.paths())
			.param("d", scope.asOf())
			.query((rs, n) -> Map.entry(UnitType.valueOf(rs.getString(1)), rs.getLong(2)))
			.list()
			.forEach((e) -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	/** The unit's ancestors from the root down, as they stood in the period shown. */
	public List<UnitView> ancestors(UnitView unit) {
		List<Long> ids = new ArrayList<>();
		for (String part : unit.path().split("/")) {
			if (!part.isEmpty()) {
				ids.add(Long.parseLong(part));
			}
		}
		ids.remove(ids.size() - 1);
		if (ids.isEmpty()) {
			return List.of();
		}
		LocalDate date = (unit.periodFrom() != null) ? unit.periodFrom()
				: (unit.periodTo() != null ? unit.periodTo().minusDays(1) : LocalDate.now());
		return this.jdbc
			.sql(UnitSql.SELECT + " where p.unit_id in (:ids) and " + UnitSql.validAt("p", "d") + " order by p.depth")
			.param("ids", ids)
			.param("d", date)
			.query(UnitSql.VIEW)
			.list();
	}

	/**
	 * Every period of the unit, oldest first: its history of parents, codes and names.
	 */
	public List<UnitView> history(UnitScope scope, UnitView unit) {
		return this.jdbc.sql(UnitSql.HISTORY)
			.param("id", unit.id())
			.query(UnitSql.VIEW)
			.list()
			.stream()
			.filter((period) -> covered(scope, period))
			.toList();
	}

	private boolean covered(UnitScope scope, UnitView period) {
		if (scope.covers(period.path())) {
			// the usual case: the period lies in the caller's subtree as it is now
			return true;
		}
		LocalDate day = (period.periodFrom() != null) ? period.periodFrom()
				: (period.periodTo() != null ? period.periodTo().minusDays(1) : scope.asOf());
		List<String> paths = day.equals(scope.asOf()) ? scope.paths() : scopePaths(scope.unitId(), day);
		return paths.stream().anyMatch(period.path()::startsWith);
	}

	/** Predecessors and successors of the unit (in scope, else 404). */
	public Lineage lineage(UnitScope scope, long id) {
		return lineage(get(scope, id));
	}

	/**
	 * Predecessors and successors of a unit the caller has already read with
	 * {@link #get}.
	 */
	public Lineage lineage(UnitView unit) {
		long id = unit.id();
		// the other unit is named as it stood the day before (predecessor) or on
		// (successor) the
		// reorganisation's date; a predecessor missing from the data keeps the source's
		// code and name
		List<LineageLink> predecessors = this.jdbc
			.sql("select l.predecessor_id as other_id,"
					+ " coalesce(op.code, l.predecessor_code) as other_code, coalesce(op.full_name, l.predecessor_name)"
					+ " as other_name, op.type as other_type, l.coverage, r.kind, r.effective_on, r.legal_basis"
					+ " from org_lineage l join org_reorganisation r on r.id = l.reorganisation_id"
					+ " left join org_unit_period op on op.unit_id = l.predecessor_id"
					+ " and (op.valid_from is null or op.valid_from < r.effective_on)"
					+ " and (op.valid_to is null or op.valid_to >= r.effective_on)"
					+ " where l.successor_id = :id order by l.coverage, other_code")
			.param("id", id)
			.query(this::link)
			.list();
		List<LineageLink> successors = this.jdbc
			.sql("select l.successor_id as other_id, op.code as other_code,"
					+ " op.full_name as other_name, op.type as other_type, l.coverage, r.kind, r.effective_on,"
					+ " r.legal_basis from org_lineage l join org_reorganisation r on r.id = l.reorganisation_id"
					+ " left join org_unit_period op on op.unit_id = l.successor_id"
					+ " and (op.valid_from is null or op.valid_from <= r.effective_on)"
					+ " and (op.valid_to is null or op.valid_to > r.effective_on)"
					+ " where l.predecessor_id = :id order by other_code")
			.param("id", id)
			.query(this::link)
			.list();
		return new Lineage(unit, predecessors, successors);
	}

	private LineageLink link(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		long other = rs.getLong("other_id");
		Long otherId = rs.wasNull() ? null : other;
		String name = rs.getString("other_name");
		String type = rs.getString("other_type");
		return new LineageLink(otherId, rs.getString("other_code"), (name != null) ? name : "",
				(type != null) ? UnitType.valueOf(type) : null, Coverage.valueOf(rs.getString("coverage")),
				ReorganisationKind.valueOf(rs.getString("kind")), rs.getDate("effective_on").toLocalDate(),
				rs.getString("legal_basis"));
	}

	/**
	 * Reorganisations recorded for the unit (renames, moves, dissolutions, merges into
	 * it).
	 */
	public List<ReorganisationView> reorganisationsOf(long unitId) {
		// three indexed look-ups (an "or" across the two tables would read every
		// reorganisation of the country)
		return this.jdbc.sql(ReorganisationSql.SELECT + " where r.id in (select ru.id from org_reorganisation ru"
				+ " where ru.unit_id = :id union select ls.reorganisation_id from org_lineage ls where ls.successor_id = :id"
				+ " union select lp.reorganisation_id from org_lineage lp where lp.predecessor_id = :id)"
				+ " order by r.effective_on, r.id")
			.param("id", unitId)
			.query(ReorganisationSql.VIEW)
			.list();
	}

	/** One page of reorganisations effective in [from, to), newest first. */
	public PageResult<ReorganisationView> reorganisations(UnitScope scope, LocalDate from, LocalDate to,
			PageRequest page) {
		// a reorganisation is in scope when its unit is in the caller's subtree on the
		// scope's date
		// or on the day before the reorganisation (dissolved and merged units)
		String where = " where r.effective_on >= :from and r.effective_on < :to and (r.unit_id in (select sp.unit_id"
				+ " from org_unit_period sp where " + UnitSql.inScope("sp", scope.paths()) + "))";
		long total = bind(this.jdbc.sql("select count(*) from org_reorganisation r" + where), scope.paths())
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single();
		List<ReorganisationView> items = bind(this.jdbc.sql(ReorganisationSql.SELECT + where
				+ " order by r.effective_on desc, r.id desc limit :limit offset :offset"), scope.paths())
			.param("from", from)
			.param("to", to)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(ReorganisationSql.VIEW)
			.list();
		return new PageResult<>(items, total);
	}

	private static LocalDate dateOf(UnitScope scope, UnitView unit) {
		if (unit.validOn(scope.asOf())) {
			return scope.asOf();
		}
		return (unit.periodTo() != null && !unit.periodTo().isAfter(scope.asOf())) ? unit.periodTo().minusDays(1)
				: (unit.periodFrom() != null ? unit.periodFrom() : scope.asOf());
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, List<String> paths) {
		return UnitSql.bindScope(spec, paths);
	}

}

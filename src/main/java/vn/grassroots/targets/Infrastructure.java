package vn.grassroots.targets;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.organisation.SubtreeFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.ProblemCode;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;
import vn.grassroots.targets.internal.Computations;
import vn.grassroots.targets.internal.Input;
import vn.grassroots.targets.internal.Keys;
import vn.grassroots.targets.internal.Rollup;
import vn.grassroots.targets.internal.TargetsSql;

/**
 * Commune police infrastructure: the effective-dated headquarters status of every station
 * and its equipment inventory against the norm. Writes invalidate the roll-ups of the
 * indicators computed from them.
 */
@Service
@Transactional
public class Infrastructure {

	private static final java.util.regex.Pattern CATEGORY = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

	private final JdbcClient jdbc;

	private final UnitQueries units;

	private final AuditTrail audit;

	private final Rollup rollup;

	Infrastructure(JdbcClient jdbc, UnitQueries units, AuditTrail audit, Rollup rollup) {
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
		this.rollup = rollup;
	}

	/**
	 * A headquarters status from a date on.
	 *
	 * @param status OWN, SHARED, UNDER_CONSTRUCTION or NONE
	 * @param validFrom first day (yyyy-MM-dd)
	 * @param fundingSource funding source
	 * @param note note
	 */
	public record NewHeadquarters(@Nullable String status, @Nullable String validFrom, @Nullable String fundingSource,
			@Nullable String note) {
	}

	/**
	 * Records the station's status from {@code validFrom}; the status in force until then
	 * ends that day. A date not after the latest recorded status is refused (422).
	 */
	public HeadquartersView recordHeadquarters(UnitScope scope, long unitId, NewHeadquarters command) {
		requireWriter(scope);
		UnitView unit = station(scope, unitId);
		HeadquartersStatus status = Input.enumValue("status", command.status(), HeadquartersStatus.class);
		LocalDate from = Input.date("validFrom", command.validFrom());
		String funding = Input.optional("fundingSource", command.fundingSource(), 200);
		String note = Input.optional("note", command.note(), 500);
		if (!unit.validOn(from)) {
			throw GrassrootsException.ruleOnField("validFrom", command.validFrom(),
					"targets.validation.unit-not-valid");
		}
		long later = this.jdbc.sql("select count(*) from tgt_headquarters where unit_id = :u and valid_from >= :d")
			.param("u", unitId)
			.param("d", from)
			.query(Long.class)
			.single();
		if (later > 0) {
			throw GrassrootsException.ruleOnField("validFrom", command.validFrom(),
					"targets.validation.not-after-latest");
		}
		this.jdbc.sql("update tgt_headquarters set valid_to = :d where unit_id = :u and valid_to is null")
			.param("u", unitId)
			.param("d", from)
			.update();
		long id = Keys.insert(this.jdbc
			.sql("insert into tgt_headquarters (unit_id, status, valid_from, funding_source, note, recorded_by,"
					+ " recorded_at) values (:u, :status, :from, :funding, :note, :by, :at)")
			.param("u", unitId)
			.param("status", status.name())
			.param("from", from)
			.param("funding", funding)
			.param("note", note)
			.param("by", scope.username())
			.param("at", Timestamp.from(Instant.now())));
		HeadquartersView view = new HeadquartersView(id, unitId, unit.fullName(), status, from, null, funding, note);
		this.audit.record(scope.username(), "targets.headquarters.record", "tgt_headquarters", String.valueOf(id), null,
				view.toString());
		this.rollup.invalidateComputation(Computations.HQ_OWN_SHARE);
		return view;
	}

	/** The statuses in force on the scope's date of the stations in scope. */
	@Transactional(readOnly = true)
	public PageResult<HeadquartersView> headquarters(UnitScope scope, @Nullable HeadquartersStatus status,
			PageRequest page) {
		SubtreeFilter in = this.units.subtree(scope);
		String where = " from tgt_headquarters h join org_unit_period p on p.unit_id = h.unit_id and "
				+ TargetsSql.validAt("p", "d") + " where h.valid_from <= :d and (h.valid_to is null or h.valid_to > :d)"
				+ ((status != null) ? " and h.status = :status" : "") + " and " + in.condition("h.unit_id");
		JdbcClient.StatementSpec count = in.bind(this.jdbc.sql("select count(*)" + where)).param("d", scope.asOf());
		JdbcClient.StatementSpec select = in
			.bind(this.jdbc
				.sql("select h.*, p.full_name" + where + " order by p.path, h.id limit :limit offset :offset"))
			.param("d", scope.asOf())
			.param("limit", page.size())
			.param("offset", page.offset());
		if (status != null) {
			count = count.param("status", status.name());
			select = select.param("status", status.name());
		}
		return new PageResult<>(select.query((rs, n) -> headquarters(rs, rs.getString("full_name"))).list(),
				count.query(Long.class).single());
	}

	/** Every status recorded for the station, oldest first. */
	@Transactional(readOnly = true)
	public List<HeadquartersView> history(UnitScope scope, long unitId) {
		UnitView unit = this.units.get(scope, unitId);
		return this.jdbc.sql("select h.* from tgt_headquarters h where h.unit_id = :u order by h.valid_from")
			.param("u", unitId)
			.query((rs, n) -> headquarters(rs, unit.fullName()))
			.list();
	}

	/** Sets the quantity of a category of equipment of a station. */
	public EquipmentView setEquipment(UnitScope scope, long unitId, @Nullable String category,
			@Nullable Integer quantity) {
		requireWriter(scope);
		station(scope, unitId);
		String cat = category(category);
		if (quantity == null || quantity < 0) {
			throw GrassrootsException.badField("quantity", quantity, "validation.min", 0);
		}
		Integer before = this.jdbc.sql("select quantity from tgt_equipment where unit_id = :u and category = :c")
			.param("u", unitId)
			.param("c", cat)
			.query(Integer.class)
			.optional()
			.orElse(null);
		if (before == null) {
			this.jdbc
				.sql("insert into tgt_equipment (unit_id, category, quantity, updated_by, updated_at)"
						+ " values (:u, :c, :q, :by, :at)")
				.param("u", unitId)
				.param("c", cat)
				.param("q", quantity)
				.param("by", scope.username())
				.param("at", Timestamp.from(Instant.now()))
				.update();
		}
		else {
			this.jdbc
				.sql("update tgt_equipment set quantity = :q, updated_by = :by, updated_at = :at"
						+ " where unit_id = :u and category = :c")
				.param("u", unitId)
				.param("c", cat)
				.param("q", quantity)
				.param("by", scope.username())
				.param("at", Timestamp.from(Instant.now()))
				.update();
		}
		this.audit.record(scope.username(), "targets.equipment.set", "tgt_equipment", unitId + ":" + cat,
				(before != null) ? before.toString() : null, quantity.toString());
		this.rollup.invalidateComputation(Computations.EQUIPMENT_NORM_MET);
		return new EquipmentView(unitId, cat, quantity, norms().getOrDefault(cat, 0));
	}

	/** The station's inventory in every category that it has or that has a norm. */
	@Transactional(readOnly = true)
	public List<EquipmentView> equipment(UnitScope scope, long unitId) {
		this.units.get(scope, unitId);
		Map<String, Integer> norms = norms();
		Map<String, Integer> have = new LinkedHashMap<>();
		norms.keySet().forEach((c) -> have.put(c, 0));
		this.jdbc.sql("select category, quantity from tgt_equipment where unit_id = :u order by category")
			.param("u", unitId)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
			.list()
			.forEach((e) -> have.put(e.getKey(), e.getValue()));
		List<EquipmentView> result = new ArrayList<>();
		have.forEach((c, q) -> result.add(new EquipmentView(unitId, c, q, norms.getOrDefault(c, 0))));
		return result;
	}

	/** Sets the norm of a category for every station (ministry administrator). */
	public Map<String, Integer> setNorm(UnitScope scope, @Nullable String category, @Nullable Integer quantity) {
		scope.require(Role.MINISTRY_ADMIN);
		String cat = category(category);
		if (quantity == null || quantity < 0) {
			throw GrassrootsException.badField("quantity", quantity, "validation.min", 0);
		}
		Integer before = norms().get(cat);
		if (before == null) {
			this.jdbc.sql("insert into tgt_equipment_norm (category, quantity) values (:c, :q)")
				.param("c", cat)
				.param("q", quantity)
				.update();
		}
		else {
			this.jdbc.sql("update tgt_equipment_norm set quantity = :q where category = :c")
				.param("c", cat)
				.param("q", quantity)
				.update();
		}
		this.audit.record(scope.username(), "targets.norm.set", "tgt_equipment_norm", cat,
				(before != null) ? before.toString() : null, quantity.toString());
		this.rollup.invalidateComputation(Computations.EQUIPMENT_NORM_MET);
		return norms();
	}

	/** The norm per category. */
	@Transactional(readOnly = true)
	public Map<String, Integer> norms() {
		Map<String, Integer> norms = new LinkedHashMap<>();
		this.jdbc.sql("select category, quantity from tgt_equipment_norm order by category")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
			.list()
			.forEach((e) -> norms.put(e.getKey(), e.getValue()));
		return norms;
	}

	private UnitView station(UnitScope scope, long unitId) {
		UnitView unit = this.units.get(scope, unitId);
		if (unit.type() != UnitType.COMMUNE) {
			throw GrassrootsException.ruleOnField("unitId", unitId, "targets.validation.not-a-station");
		}
		return unit;
	}

	private static String category(@Nullable String raw) {
		String cat = Input.required("category", raw, 32).toUpperCase(java.util.Locale.ROOT);
		if (!CATEGORY.matcher(cat).matches()) {
			throw GrassrootsException.badField("category", raw, "targets.validation.category");
		}
		return cat;
	}

	static void requireWriter(UnitScope scope) {
		if (!scope.canWrite()) {
			throw new GrassrootsException(ProblemCode.FORBIDDEN_ACTION, "write");
		}
	}

	private static HeadquartersView headquarters(java.sql.ResultSet rs, String unitName) throws java.sql.SQLException {
		java.sql.Date to = rs.getDate("valid_to");
		return new HeadquartersView(rs.getLong("id"), rs.getLong("unit_id"), unitName,
				HeadquartersStatus.valueOf(rs.getString("status")), rs.getDate("valid_from").toLocalDate(),
				(to != null) ? to.toLocalDate() : null, rs.getString("funding_source"), rs.getString("note"));
	}

}

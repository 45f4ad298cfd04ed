package vn.grassroots.emulation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.emulation.internal.Fields;
import vn.grassroots.organisation.SubtreeFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.UnitScope;

/**
 * Mass mobilisation: the registry of models and exemplars with the units that replicated
 * them; events (propaganda meetings, charity activities); and the yearly "All people
 * protect national security" day, 19 August, at most one per unit and year.
 */
@Service
@Transactional
public class Mobilisation {

	/** The day of the all-people festival: 19 August. */
	public static final MonthDay SECURITY_DAY = MonthDay.of(8, 19);

	private final JdbcClient jdbc;

	private final UnitQueries units;

	private final AuditTrail audit;

	Mobilisation(JdbcClient jdbc, UnitQueries units, AuditTrail audit) {
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
	}

	/** Kinds of registry entries. */
	public enum ModelKind {

		/** A self-management model (mô hình). */
		MODEL,
		/** An exemplary person or group (điển hình). */
		EXEMPLAR

	}

	/** Kinds of events. */
	public enum EventKind {

		/** A propaganda meeting. */
		PROPAGANDA,
		/** A charity activity. */
		CHARITY,
		/** The "All people protect national security" day (19 August). */
		SECURITY_DAY

	}

	/**
	 * A model or exemplar.
	 *
	 * @param id id
	 * @param unitId unit
	 * @param unitName unit name
	 * @param kind model or exemplar
	 * @param name name
	 * @param startedOn start date
	 * @param description description
	 * @param replications the units that replicated it
	 */
	public record ModelView(long id, long unitId, String unitName, ModelKind kind, String name, LocalDate startedOn,
			String description, List<Replication> replications) {

		public ModelView {
			replications = List.copyOf(replications);
		}

	}

	/**
	 * A unit that replicated a model.
	 *
	 * @param unitId unit
	 * @param unitName its name
	 * @param replicatedOn since
	 */
	public record Replication(long unitId, String unitName, LocalDate replicatedOn) {
	}

	/**
	 * An event.
	 *
	 * @param id id
	 * @param unitId unit
	 * @param unitName its name
	 * @param kind kind
	 * @param heldOn date
	 * @param title title
	 * @param participants participants
	 * @param beneficiaries beneficiaries (people helped or reached)
	 * @param description description
	 */
	public record EventView(long id, long unitId, String unitName, EventKind kind, LocalDate heldOn, String title,
			int participants, int beneficiaries, @Nullable String description) {
	}

	/** A new model or exemplar of a unit in scope. */
	public record NewModel(@Nullable Long unitId, @Nullable String kind, @Nullable String name,
			@Nullable String startedOn, @Nullable String description) {
	}

	/** A unit in scope that replicated a model. */
	public record NewReplication(@Nullable Long unitId, @Nullable String replicatedOn) {
	}

	/** A new event of a unit in scope. */
	public record NewEvent(@Nullable Long unitId, @Nullable String kind, @Nullable String heldOn,
			@Nullable String title, @Nullable Integer participants, @Nullable Integer beneficiaries,
			@Nullable String description) {
	}

	/** Registers a model or exemplar. */
	public ModelView addModel(UnitScope scope, NewModel command) {
		Movements.requireWriter(scope);
		UnitView unit = this.units.get(scope, (command.unitId() != null) ? command.unitId() : scope.unitId());
		ModelKind kind = Fields.choice("kind", command.kind(), ModelKind.class);
		long id = Fields.insert(this.jdbc
			.sql("insert into emu_model (unit_id, kind, name, started_on, description, created_by, created_at)"
					+ " values (:u, :k, :n, :s, :d, :by, :at)")
			.param("u", unit.id())
			.param("k", kind.name())
			.param("n", Fields.text("name", command.name(), 300))
			.param("s", Fields.day("startedOn", command.startedOn()))
			.param("d", Fields.text("description", command.description(), 4000))
			.param("by", scope.username())
			.param("at", Timestamp.from(Instant.now())));
		ModelView view = model(scope, id);
		this.audit.record(scope.username(), "emulation.model.add", "emu_model", String.valueOf(id), null,
				view.toString());
		return view;
	}

	/**
	 * Records that a unit in scope replicated a model visible to the caller (once per
	 * unit; not before the model started).
	 */
	public ModelView replicate(UnitScope scope, long modelId, NewReplication command) {
		Movements.requireWriter(scope);
		ModelView model = model(scope, modelId);
		UnitView unit = this.units.get(scope, Fields.id("unitId", command.unitId()));
		LocalDate on = Fields.day("replicatedOn", command.replicatedOn());
		if (on.isBefore(model.startedOn())) {
			throw GrassrootsException.ruleOnField("replicatedOn", command.replicatedOn(), "validation.min",
					model.startedOn());
		}
		if (unit.id() == model.unitId() || model.replications().stream().anyMatch((r) -> r.unitId() == unit.id())) {
			throw GrassrootsException.ruleOnField("unitId", unit.id(), "emulation.validation.replicated");
		}
		this.jdbc
			.sql("insert into emu_replication (model_id, unit_id, unit_name, replicated_on, created_by)"
					+ " values (:m, :u, :un, :on, :by)")
			.param("m", modelId)
			.param("u", unit.id())
			.param("un", unit.fullName())
			.param("on", on)
			.param("by", scope.username())
			.update();
		this.audit.record(scope.username(), "emulation.model.replicate", "emu_model", String.valueOf(modelId), null,
				"unit=" + unit.id());
		return model(scope, modelId);
	}

	/**
	 * Models and exemplars of units in scope, newest first, with their replications (two
	 * queries).
	 */
	@Transactional(readOnly = true)
	public List<ModelView> models(UnitScope scope) {
		SubtreeFilter in = this.units.subtree(scope);
		List<Object[]> rows = in.bind(this.jdbc.sql(
				"select m.* from emu_model m where " + in.condition("m.unit_id") + " order by m.started_on desc, m.id"))
			.query((rs, n) -> modelRow(rs))
			.list();
		return withReplications(scope, rows);
	}

	/** A model of a unit in scope; 404 otherwise. */
	@Transactional(readOnly = true)
	public ModelView model(UnitScope scope, long id) {
		SubtreeFilter in = this.units.subtree(scope);
		List<Object[]> rows = in
			.bind(this.jdbc.sql("select m.* from emu_model m where m.id = :id and " + in.condition("m.unit_id")))
			.param("id", id)
			.query((rs, n) -> modelRow(rs))
			.list();
		if (rows.isEmpty()) {
			throw GrassrootsException.notFound("model " + id);
		}
		return withReplications(scope, rows).get(0);
	}

	/**
	 * Records an event. A SECURITY_DAY must fall in August (the festival culminates on 19
	 * August) and a unit holds at most one per year (422 naming {@code heldOn}).
	 */
	public EventView addEvent(UnitScope scope, NewEvent command) {
		Movements.requireWriter(scope);
		UnitView unit = this.units.get(scope, (command.unitId() != null) ? command.unitId() : scope.unitId());
		EventKind kind = Fields.choice("kind", command.kind(), EventKind.class);
		LocalDate on = Fields.day("heldOn", command.heldOn());
		if (kind == EventKind.SECURITY_DAY) {
			if (on.getMonthValue() != SECURITY_DAY.getMonthValue()
					|| on.getDayOfMonth() > SECURITY_DAY.getDayOfMonth()) {
				throw GrassrootsException.ruleOnField("heldOn", command.heldOn(), "emulation.validation.security-day");
			}
			boolean held = this.jdbc
				.sql("select count(*) from emu_event where unit_id = :u and kind = 'SECURITY_DAY' and event_year = :y")
				.param("u", unit.id())
				.param("y", on.getYear())
				.query(Long.class)
				.single() > 0;
			if (held) {
				throw GrassrootsException.ruleOnField("heldOn", command.heldOn(),
						"emulation.validation.security-day-held", String.valueOf(on.getYear()));
			}
		}
		long id = Fields.insert(this.jdbc
			.sql("insert into emu_event (unit_id, kind, held_on, event_year, title, participants, beneficiaries,"
					+ " description, created_by, created_at) values (:u, :k, :on, :y, :t, :p, :b, :d, :by, :at)")
			.param("u", unit.id())
			.param("k", kind.name())
			.param("on", on)
			.param("y", on.getYear())
			.param("t", Fields.text("title", command.title(), 300))
			.param("p", Fields.number("participants", command.participants(), 0, 1_000_000))
			.param("b", Fields.number("beneficiaries",
					(command.beneficiaries() != null) ? command.beneficiaries() : Integer.valueOf(0), 0, 10_000_000))
			.param("d", Fields.optionalText("description", command.description(), 2000), java.sql.Types.VARCHAR)
			.param("by", scope.username())
			.param("at", Timestamp.from(Instant.now())));
		EventView view = events(scope, on.getYear()).stream().filter((e) -> e.id() == id).findFirst().orElseThrow();
		this.audit.record(scope.username(), "emulation.event.add", "emu_event", String.valueOf(id), null,
				view.toString());
		return view;
	}

	/** Events of a year in scope, newest first. */
	@Transactional(readOnly = true)
	public List<EventView> events(UnitScope scope, int year) {
		SubtreeFilter in = this.units.subtree(scope);
		List<Object[]> rows = in
			.bind(this.jdbc.sql("select e.* from emu_event e where e.event_year = :y and " + in.condition("e.unit_id")
					+ " order by e.held_on desc, e.id desc"))
			.param("y", year)
			.query((rs,
					n) -> new Object[] { rs.getLong("id"), rs.getLong("unit_id"), rs.getString("kind"),
							rs.getDate("held_on").toLocalDate(), rs.getString("title"), rs.getInt("participants"),
							rs.getInt("beneficiaries"), rs.getString("description") })
			.list();
		Map<Long, UnitView> names = this.units.findAll(scope, rows.stream().map((r) -> (Long) r[1]).toList());
		List<EventView> events = new ArrayList<>();
		for (Object[] r : rows) {
			events
				.add(new EventView((Long) r[0], (Long) r[1], name(names, (Long) r[1]), EventKind.valueOf((String) r[2]),
						(LocalDate) r[3], (String) r[4], (Integer) r[5], (Integer) r[6], (String) r[7]));
		}
		return events;
	}

	/**
	 * The year's "All people protect national security" day in scope.
	 *
	 * @param year year
	 * @param held the SECURITY_DAY events
	 * @param communes commune police units in scope
	 * @param participants participants over all of them
	 */
	public record SecurityDaySummary(int year, List<EventView> held, long communes, long participants) {
	}

	/** The summary of the year's festival day in scope. */
	@Transactional(readOnly = true)
	public SecurityDaySummary securityDay(UnitScope scope, int year) {
		List<EventView> held = events(scope, year).stream().filter((e) -> e.kind() == EventKind.SECURITY_DAY).toList();
		long communes = this.units.countsInScope(scope).getOrDefault(UnitType.COMMUNE, 0L);
		return new SecurityDaySummary(year, held, communes, held.stream().mapToLong(EventView::participants).sum());
	}

	private static Object[] modelRow(ResultSet rs) throws SQLException {
		return new Object[] { rs.getLong("id"), rs.getLong("unit_id"), rs.getString("kind"), rs.getString("name"),
				rs.getDate("started_on").toLocalDate(), rs.getString("description") };
	}

	private List<ModelView> withReplications(UnitScope scope, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		// the replicating units may lie outside the caller's subtree: their names as
		// recorded
		Map<Long, List<Replication>> reps = new HashMap<>();
		this.jdbc
			.sql("select model_id, unit_id, unit_name, replicated_on from emu_replication where model_id in (:ids)"
					+ " order by replicated_on, id")
			.param("ids", rows.stream().map((r) -> (Long) r[0]).toList())
			.query((rs, n) -> reps.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
				.add(new Replication(rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate())))
			.list();
		Map<Long, UnitView> names = this.units.findAll(scope, rows.stream().map((r) -> (Long) r[1]).toList());
		List<ModelView> models = new ArrayList<>();
		for (Object[] r : rows) {
			List<Replication> replications = reps.getOrDefault((Long) r[0], List.of());
			models.add(new ModelView((Long) r[0], (Long) r[1], name(names, (Long) r[1]),
					ModelKind.valueOf((String) r[2]), (String) r[3], (LocalDate) r[4], (String) r[5], replications));
		}
		return models;
	}

	private static String name(Map<Long, UnitView> names, long id) {
		UnitView unit = names.get(id);
		return (unit != null) ? unit.fullName() : "#" + id;
	}

}

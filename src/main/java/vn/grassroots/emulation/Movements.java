package vn.grassroots.emulation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.ProblemCode;
import vn.grassroots.shared.UnitScope;

/**
 * Emulation movements: launched by a unit with its launching document and period, open to
 * the levels it names; criteria with weights, each scored by a named computation of the
 * catalogue ({@link EmulationComputation}) or entered by an evaluator; registrations and
 * pledges of units and members; scores; rankings per level ({@link RankingRules}). A
 * movement is visible to the units below its launching unit and to those above; a caller
 * sees, registers and scores only participants of its own subtree.
 */
@Service
@Transactional
public class Movements {

	/** Level name of individual participants. */
	public static final String MEMBER_LEVEL = "MEMBER";

	private final JdbcClient jdbc;

	private final UnitQueries units;

	private final AuditTrail audit;

	private final Map<String, EmulationComputation> catalogue;

	Movements(JdbcClient jdbc, UnitQueries units, AuditTrail audit, List<EmulationComputation> computations) {
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
		this.catalogue = computations.stream()
			.collect(Collectors.toMap(EmulationComputation::code, Function.identity(), (a, b) -> a, TreeMap::new));
	}

	/**
	 * A movement.
	 *
	 * @param id id
	 * @param unitId launching unit
	 * @param unitName its name when launched
	 * @param name name
	 * @param documentNumber launching document's number
	 * @param documentDate its date
	 * @param periodFrom first day
	 * @param periodTo last day
	 * @param levels participating levels (unit types, MEMBER for individuals)
	 * @param running whether today lies in the period
	 */
	public record MovementView(long id, long unitId, String unitName, String name, String documentNumber,
			LocalDate documentDate, LocalDate periodFrom, LocalDate periodTo, List<String> levels, boolean running) {
	}

	/**
	 * A criterion.
	 *
	 * @param id id
	 * @param name name
	 * @param appliesTo MEMBER or UNIT
	 * @param weight weight
	 * @param method COMPUTED or ENTERED
	 * @param computation code of the computation, for COMPUTED
	 * @param sortOrder order
	 */
	public record CriterionView(long id, String name, SubjectKind appliesTo, int weight, String method,
			@Nullable String computation, int sortOrder) {
	}

	/**
	 * A registration with its pledge.
	 *
	 * @param id id
	 * @param movementId movement
	 * @param subjectKind member or unit
	 * @param subjectId member or unit id
	 * @param subjectName name
	 * @param unitId unit (the member's commune)
	 * @param unitName its name
	 * @param level unit type or MEMBER
	 * @param pledge pledge
	 * @param registeredOn date
	 */
	public record RegistrationView(long id, long movementId, SubjectKind subjectKind, long subjectId,
			String subjectName, long unitId, String unitName, String level, @Nullable String pledge,
			LocalDate registeredOn) {
	}

	/** A new movement (dates ISO; levels comma-separated or repeated). */
	public record NewMovement(@Nullable Long unitId, @Nullable String name, @Nullable String documentNumber,
			@Nullable String documentDate, @Nullable String periodFrom, @Nullable String periodTo,
			@Nullable List<String> levels) {
	}

	/** A new criterion: method COMPUTED with a computation code, or ENTERED. */
	public record NewCriterion(@Nullable String name, @Nullable String appliesTo, @Nullable Integer weight,
			@Nullable String method, @Nullable String computation) {
	}

	/** A registration of a member or unit with its pledge. */
	public record NewRegistration(@Nullable String subjectKind, @Nullable Long subjectId, @Nullable String pledge,
			@Nullable String registeredOn) {
	}

	/** A score entered by an evaluator, 0 to 100. */
	public record EnteredScore(@Nullable Long registrationId, @Nullable Long criterionId, @Nullable BigDecimal score,
			@Nullable String note) {
	}

	/** Codes of the computations in the catalogue, sorted. */
	@Transactional(readOnly = true)
	public Set<String> computations() {
		return this.catalogue.keySet();
	}

	/** Launches a movement from a unit in scope (default the caller's). */
	public MovementView create(UnitScope scope, NewMovement command) {
		requireWriter(scope);
		UnitView unit = this.units.get(scope, (command.unitId() != null) ? command.unitId() : scope.unitId());
		String name = Fields.text("name", command.name(), 300);
		String number = Fields.text("documentNumber", command.documentNumber(), 60);
		LocalDate documentDate = Fields.day("documentDate", command.documentDate());
		LocalDate from = Fields.day("periodFrom", command.periodFrom());
		LocalDate to = Fields.day("periodTo", command.periodTo());
		if (to.isBefore(from)) {
			throw GrassrootsException.ruleOnField("periodTo", command.periodTo(), "validation.min", from);
		}
		Set<String> levels = new LinkedHashSet<>();
		for (String raw : (command.levels() != null) ? command.levels() : List.<String>of()) {
			for (String part : raw.split(",")) {
				if (!part.isBlank()) {
					levels.add(level(part));
				}
			}
		}
		if (levels.isEmpty()) {
			throw GrassrootsException.badField("levels", command.levels(), "validation.required");
		}
		long id = Fields.insert(this.jdbc
			.sql("insert into emu_movement (unit_id, unit_name, name, document_number, document_date, period_from,"
					+ " period_to, levels, created_by, created_at) values (:u, :un, :n, :num, :dd, :f, :t, :l, :by, :at)")
			.param("u", unit.id())
			.param("un", unit.fullName())
			.param("n", name)
			.param("num", number)
			.param("dd", documentDate)
			.param("f", from)
			.param("t", to)
			.param("l", String.join(",", levels))
			.param("by", scope.username())
			.param("at", Timestamp.from(Instant.now())));
		MovementView view = get(scope, id);
		this.audit.record(scope.username(), "emulation.movement.create", "emu_movement", String.valueOf(id), null,
				view.toString());
		return view;
	}

	/**
	 * The movements visible to the caller: launched in its subtree or by a unit above it,
	 * latest period first.
	 */
	@Transactional(readOnly = true)
	public List<MovementView> list(UnitScope scope) {
		SubtreeFilter in = this.units.subtree(scope);
		return in
			.bind(this.jdbc.sql(MOVEMENT + " where (" + in.condition("m.unit_id")
					+ " or m.unit_id in (:above)) order by m.period_to desc, m.id desc"))
			.param("above", above(scope))
			.query(Movements::movement)
			.list();
	}

	/** A movement visible to the caller; 404 otherwise. */
	@Transactional(readOnly = true)
	public MovementView get(UnitScope scope, long id) {
		SubtreeFilter in = this.units.subtree(scope);
		return in
			.bind(this.jdbc
				.sql(MOVEMENT + " where m.id = :id and (" + in.condition("m.unit_id") + " or m.unit_id in (:above))"))
			.param("id", id)
			.param("above", above(scope))
			.query(Movements::movement)
			.optional()
			.orElseThrow(() -> GrassrootsException.notFound("movement " + id));
	}

	/** Adds a criterion; only the launching unit's subtree (its own staff) may. */
	public CriterionView addCriterion(UnitScope scope, long movementId, NewCriterion command) {
		MovementView movement = ownMovement(scope, movementId);
		String name = Fields.text("name", command.name(), 300);
		SubjectKind appliesTo = Fields.choice("appliesTo", command.appliesTo(), SubjectKind.class);
		int weight = Fields.number("weight", command.weight(), 1, 100);
		String method = Fields.text("method", command.method(), 10).toUpperCase(java.util.Locale.ROOT);
		String computation = null;
		if ("COMPUTED".equals(method)) {
			computation = Fields.text("computation", command.computation(), 40);
			EmulationComputation c = this.catalogue.get(computation);
			if (c == null) {
				throw GrassrootsException.badField("computation", computation, "validation.one-of",
						this.catalogue.keySet());
			}
			if (!c.appliesTo().contains(appliesTo)) {
				throw GrassrootsException.ruleOnField("computation", computation, "emulation.validation.applies-to",
						appliesTo.name());
			}
		}
		else if (!"ENTERED".equals(method)) {
			throw GrassrootsException.badField("method", command.method(), "validation.one-of", "[COMPUTED, ENTERED]");
		}
		int order = this.jdbc.sql("select coalesce(max(sort_order), 0) + 10 from emu_criterion where movement_id = :m")
			.param("m", movementId)
			.query(Integer.class)
			.single();
		long id = Fields.insert(this.jdbc
			.sql("insert into emu_criterion (movement_id, name, applies_to, weight, method, computation, sort_order)"
					+ " values (:m, :n, :a, :w, :me, :c, :o)")
			.param("m", movement.id())
			.param("n", name)
			.param("a", appliesTo.name())
			.param("w", weight)
			.param("me", method)
			.param("c", computation, java.sql.Types.VARCHAR)
			.param("o", order));
		CriterionView view = new CriterionView(id, name, appliesTo, weight, method, computation, order);
		this.audit.record(scope.username(), "emulation.criterion.add", "emu_criterion", String.valueOf(id), null,
				view.toString());
		return view;
	}

	/** The criteria of a visible movement, in order. */
	@Transactional(readOnly = true)
	public List<CriterionView> criteria(UnitScope scope, long movementId) {
		get(scope, movementId);
		return this.jdbc.sql("select * from emu_criterion where movement_id = :m order by sort_order, id")
			.param("m", movementId)
			.query((rs, n) -> new CriterionView(rs.getLong("id"), rs.getString("name"),
					SubjectKind.valueOf(rs.getString("applies_to")), rs.getInt("weight"), rs.getString("method"),
					rs.getString("computation"), rs.getInt("sort_order")))
			.list();
	}

	/**
	 * Registers a member or unit of the caller's subtree with its pledge; the level must
	 * take part in the movement (422 on {@code subjectKind}/{@code subjectId}).
	 */
	public RegistrationView register(UnitScope scope, long movementId, NewRegistration command) {
		requireWriter(scope);
		MovementView movement = get(scope, movementId);
		SubjectKind kind = Fields.choice("subjectKind", command.subjectKind(), SubjectKind.class);
		long subjectId = Fields.id("subjectId", command.subjectId());
		Subject subject = subject(scope, kind, subjectId);
		if (!movement.levels().contains(subject.level())) {
			throw GrassrootsException.ruleOnField("subjectId", subjectId, "emulation.validation.level", subject.level(),
					movement.levels().toString());
		}
		boolean taken = this.jdbc.sql(
				"select count(*) from emu_registration where movement_id = :m and subject_kind = :k and subject_id = :s")
			.param("m", movementId)
			.param("k", kind.name())
			.param("s", subjectId)
			.query(Long.class)
			.single() > 0;
		if (taken) {
			throw GrassrootsException.ruleOnField("subjectId", subjectId, "emulation.validation.registered");
		}
		LocalDate on = Dates.parse("registeredOn", command.registeredOn(), Dates.today());
		long id = Fields.insert(this.jdbc
			.sql("insert into emu_registration (movement_id, subject_kind, subject_id, subject_name, unit_id, unit_name,"
					+ " level, pledge, registered_on, created_by) values (:m, :k, :s, :sn, :u, :un, :l, :p, :on, :by)")
			.param("m", movementId)
			.param("k", kind.name())
			.param("s", subjectId)
			.param("sn", subject.name())
			.param("u", subject.unit().id())
			.param("un", subject.unit().fullName())
			.param("l", subject.level())
			.param("p", Fields.optionalText("pledge", command.pledge(), 2000), java.sql.Types.VARCHAR)
			.param("on", on)
			.param("by", scope.username()));
		RegistrationView view = registration(scope, id);
		this.audit.record(scope.username(), "emulation.registration.add", "emu_registration", String.valueOf(id), null,
				view.toString());
		return view;
	}

	/** The registrations of a movement in the caller's subtree, by level and name. */
	@Transactional(readOnly = true)
	public List<RegistrationView> registrations(UnitScope scope, long movementId) {
		get(scope, movementId);
		SubtreeFilter in = this.units.subtree(scope);
		return in
			.bind(this.jdbc.sql("select * from emu_registration r where r.movement_id = :m and "
					+ in.condition("r.unit_id") + " order by r.level, r.subject_name, r.id"))
			.param("m", movementId)
			.query(Movements::registration)
			.list();
	}

	/**
	 * Computes the scores of every COMPUTED criterion for every registration in the
	 * caller's subtree over the movement's period, replacing earlier computed scores.
	 * Answers the number of scores written.
	 */
	public int computeScores(UnitScope scope, long movementId) {
		requireWriter(scope);
		MovementView movement = get(scope, movementId);
		List<CriterionView> computed = criteria(scope, movementId).stream()
			.filter((c) -> "COMPUTED".equals(c.method()))
			.toList();
		int written = 0;
		for (RegistrationView r : registrations(scope, movementId)) {
			for (CriterionView c : computed) {
				EmulationComputation computation = this.catalogue.get(c.computation());
				if (c.appliesTo() != r.subjectKind() || computation == null) {
					continue;
				}
				EmulationComputation.Measure m = computation.compute(scope,
						new EmulationComputation.Participant(r.subjectKind(), r.subjectId(), r.unitId()),
						movement.periodFrom(), movement.periodTo());
				BigDecimal score = (m.score() != null) ? m.score() : BigDecimal.ZERO;
				store(scope, r.id(), c.id(), score, (m.score() != null) ? m.detail() : "no-data");
				written++;
			}
		}
		this.audit.record(scope.username(), "emulation.score.compute", "emu_movement", String.valueOf(movementId), null,
				"scores=" + written);
		return written;
	}

	/**
	 * Records an evaluator's score of an ENTERED criterion for a registration in scope.
	 */
	public void enterScore(UnitScope scope, long movementId, EnteredScore command) {
		requireWriter(scope);
		long registrationId = Fields.id("registrationId", command.registrationId());
		long criterionId = Fields.id("criterionId", command.criterionId());
		BigDecimal score = command.score();
		if (score == null) {
			throw GrassrootsException.badField("score", null, "validation.required");
		}
		if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw GrassrootsException.badField("score", score, "validation.range", 0, 100);
		}
		RegistrationView r = registration(scope, registrationId);
		if (r.movementId() != movementId) {
			throw GrassrootsException.notFound("registration " + registrationId);
		}
		CriterionView c = criteria(scope, movementId).stream()
			.filter((x) -> x.id() == criterionId)
			.findFirst()
			.orElseThrow(() -> GrassrootsException.notFound("criterion " + criterionId));
		if (!"ENTERED".equals(c.method())) {
			throw GrassrootsException.ruleOnField("criterionId", criterionId, "emulation.validation.computed");
		}
		if (c.appliesTo() != r.subjectKind()) {
			throw GrassrootsException.ruleOnField("criterionId", criterionId, "emulation.validation.applies-to",
					r.subjectKind().name());
		}
		String note = Fields.optionalText("note", command.note(), 200);
		store(scope, registrationId, criterionId, score.setScale(2, java.math.RoundingMode.HALF_UP), note);
		this.audit.record(scope.username(), "emulation.score.enter", "emu_registration", String.valueOf(registrationId),
				null, "criterion=" + criterionId + " score=" + score);
	}

	/**
	 * One criterion's part of a participant's total.
	 *
	 * @param criterionId criterion
	 * @param criterion its name
	 * @param weight its weight
	 * @param method COMPUTED or ENTERED
	 * @param score the score (null: not scored, counts as 0)
	 * @param detail what a computed score came from, or the evaluator's note
	 */
	public record ScorePart(long criterionId, String criterion, int weight, String method, @Nullable BigDecimal score,
			@Nullable String detail) {
	}

	/**
	 * A ranked participant with the breakdown of its total.
	 *
	 * @param rank rank in its level
	 * @param registration the registration
	 * @param total weighted total
	 * @param parts the criterion scores
	 */
	public record RankRow(int rank, RegistrationView registration, BigDecimal total, List<ScorePart> parts) {
	}

	/**
	 * The ranking of one level.
	 *
	 * @param level unit type or MEMBER
	 * @param rows ranked participants
	 */
	public record LevelRanking(String level, List<RankRow> rows) {
	}

	/**
	 * The rankings per level of the participants in the caller's subtree
	 * ({@link RankingRules}), levels in the movement's order. Three queries whatever the
	 * number of participants.
	 */
	@Transactional(readOnly = true)
	public List<LevelRanking> ranking(UnitScope scope, long movementId) {
		MovementView movement = get(scope, movementId);
		List<CriterionView> criteria = criteria(scope, movementId);
		List<RegistrationView> registrations = registrations(scope, movementId);
		Map<Long, Map<Long, Object[]>> scores = new java.util.HashMap<>();
		SubtreeFilter in = this.units.subtree(scope);
		in.bind(this.jdbc.sql("select s.registration_id, s.criterion_id, s.score, s.detail from emu_score s"
				+ " join emu_registration r on r.id = s.registration_id where r.movement_id = :m and "
				+ in.condition("r.unit_id")))
			.param("m", movementId)
			.query((rs, n) -> scores.computeIfAbsent(rs.getLong(1), (k) -> new java.util.HashMap<>())
				.put(rs.getLong(2), new Object[] { rs.getBigDecimal(3), rs.getString(4) }))
			.list();
		List<LevelRanking> result = new ArrayList<>();
		for (String level : movement.levels()) {
			List<RegistrationView> of = registrations.stream().filter((r) -> r.level().equals(level)).toList();
			if (of.isEmpty()) {
				continue;
			}
			Map<Long, RegistrationView> byId = new java.util.HashMap<>();
			List<RankingRules.Entry> entries = new ArrayList<>();
			for (RegistrationView r : of) {
				byId.put(r.id(), r);
				Map<Long, Object[]> mine = scores.getOrDefault(r.id(), Map.of());
				entries.add(new RankingRules.Entry(r.id(), r.registeredOn(),
						criteria.stream()
							.filter((c) -> c.appliesTo() == r.subjectKind())
							.map((c) -> new RankingRules.Part(c.id(), c.weight(), c.sortOrder(),
									(mine.get(c.id()) != null) ? (BigDecimal) mine.get(c.id())[0] : null))
							.toList()));
			}
			List<RankRow> rows = new ArrayList<>();
			for (RankingRules.Ranked ranked : RankingRules.rank(entries)) {
				RegistrationView r = byId.get(ranked.entry().registrationId());
				Map<Long, Object[]> mine = scores.getOrDefault(r.id(), Map.of());
				List<ScorePart> parts = criteria.stream().filter((c) -> c.appliesTo() == r.subjectKind()).map((c) -> {
					Object[] s = mine.get(c.id());
					return new ScorePart(c.id(), c.name(), c.weight(), c.method(),
							(s != null) ? (BigDecimal) s[0] : null, (s != null) ? (String) s[1] : null);
				}).toList();
				rows.add(new RankRow(ranked.rank(), r, ranked.total(), parts));
			}
			result.add(new LevelRanking(level, rows));
		}
		return result;
	}

	/** A registration in the caller's subtree; 404 otherwise. */
	@Transactional(readOnly = true)
	public RegistrationView registration(UnitScope scope, long id) {
		SubtreeFilter in = this.units.subtree(scope);
		return in
			.bind(this.jdbc.sql("select * from emu_registration r where r.id = :id and " + in.condition("r.unit_id")))
			.param("id", id)
			.query(Movements::registration)
			.optional()
			.orElseThrow(() -> GrassrootsException.notFound("registration " + id));
	}

	/**
	 * A member or unit of the caller's subtree.
	 *
	 * @param kind member or unit
	 * @param id member or unit id
	 * @param name full name
	 * @param unit the unit (the member's commune police)
	 * @param level unit type, or MEMBER
	 */
	public record Subject(SubjectKind kind, long id, String name, UnitView unit, String level) {
	}

	/** A member or unit of the caller's subtree; 404 otherwise. */
	@Transactional(readOnly = true)
	public Subject subject(UnitScope scope, SubjectKind kind, long id) {
		if (kind == SubjectKind.UNIT) {
			UnitView unit = this.units.get(scope, id);
			return new Subject(kind, id, unit.fullName(), unit, unit.type().name());
		}
		SubtreeFilter in = this.units.subtree(scope);
		Object[] member = in
			.bind(this.jdbc.sql("select m.full_name, m.commune_id from per_member m where m.id = :id and "
					+ in.condition("m.commune_id")))
			.param("id", id)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getLong(2) })
			.optional()
			.orElseThrow(() -> GrassrootsException.notFound("member " + id));
		return new Subject(kind, id, (String) member[0], this.units.get(scope, (Long) member[1]), MEMBER_LEVEL);
	}

	/**
	 * Something to pick in a form.
	 *
	 * @param id member or unit id
	 * @param label name (and unit)
	 */
	public record Option(long id, String label) {
	}

	/** Members in scope (at most 500, by name), for forms. */
	@Transactional(readOnly = true)
	public List<Option> memberOptions(UnitScope scope) {
		SubtreeFilter in = this.units.subtree(scope);
		return in
			.bind(this.jdbc.sql("select m.id, m.full_name from per_member m where " + in.condition("m.commune_id")
					+ " order by m.full_name, m.id limit 500"))
			.query((rs, n) -> new Option(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** Communes and teams in scope (at most 200 of each), for forms. */
	@Transactional(readOnly = true)
	public List<Option> unitOptions(UnitScope scope) {
		List<Option> options = new ArrayList<>();
		for (UnitType type : List.of(UnitType.PROVINCE, UnitType.COMMUNE, UnitType.TEAM)) {
			this.units
				.list(scope, new vn.grassroots.organisation.UnitFilter(type, null, null),
						new vn.grassroots.shared.PageRequest(0, 200))
				.items()
				.forEach((u) -> options.add(new Option(u.id(), u.fullName())));
		}
		return options;
	}

	private void store(UnitScope scope, long registrationId, long criterionId, BigDecimal score,
			@Nullable String detail) {
		Timestamp now = Timestamp.from(Instant.now());
		int updated = this.jdbc
			.sql("update emu_score set score = :s, detail = :d, entered_by = :by, entered_at = :at"
					+ " where registration_id = :r and criterion_id = :c")
			.param("s", score)
			.param("d", detail, java.sql.Types.VARCHAR)
			.param("by", scope.username())
			.param("at", now)
			.param("r", registrationId)
			.param("c", criterionId)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into emu_score (registration_id, criterion_id, score, detail, entered_by, entered_at)"
						+ " values (:r, :c, :s, :d, :by, :at)")
				.param("r", registrationId)
				.param("c", criterionId)
				.param("s", score)
				.param("d", detail, java.sql.Types.VARCHAR)
				.param("by", scope.username())
				.param("at", now)
				.update();
		}
	}

	private MovementView ownMovement(UnitScope scope, long movementId) {
		requireWriter(scope);
		MovementView movement = get(scope, movementId);
		if (this.units.find(scope, movement.unitId()).isEmpty()) {
			throw GrassrootsException.notFound("movement " + movementId);
		}
		return movement;
	}

	/** Ids of the units above and at the roots of the caller's subtrees. */
	static List<Long> above(UnitScope scope) {
		List<Long> ids = new ArrayList<>();
		for (String path : scope.paths()) {
			Arrays.stream(path.split("/")).filter((s) -> !s.isEmpty()).map(Long::valueOf).forEach(ids::add);
		}
		if (ids.isEmpty()) {
			ids.add(-1L);
		}
		return ids;
	}

	static void requireWriter(UnitScope scope) {
		if (!scope.canWrite()) {
			throw new GrassrootsException(ProblemCode.FORBIDDEN_ACTION, "WRITE");
		}
	}

	private static String level(String raw) {
		String value = raw.trim().toUpperCase(java.util.Locale.ROOT);
		if (MEMBER_LEVEL.equals(value)) {
			return value;
		}
		UnitType type = UnitType.parse(value);
		if (type == null || type == UnitType.DISTRICT) {
			throw GrassrootsException.badField("levels", raw, "validation.one-of",
					"[MEMBER, MINISTRY, PROVINCE, COMMUNE, VILLAGE, TEAM]");
		}
		return type.name();
	}

	private static final String MOVEMENT = "select m.* from emu_movement m";

	private static MovementView movement(ResultSet rs, int n) throws SQLException {
		LocalDate from = rs.getDate("period_from").toLocalDate();
		LocalDate to = rs.getDate("period_to").toLocalDate();
		LocalDate today = Dates.today();
		return new MovementView(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
				rs.getString("name"), rs.getString("document_number"), rs.getDate("document_date").toLocalDate(), from,
				to, List.of(rs.getString("levels").split(",")), !today.isBefore(from) && !today.isAfter(to));
	}

	private static RegistrationView registration(ResultSet rs, int n) throws SQLException {
		return new RegistrationView(rs.getLong("id"), rs.getLong("movement_id"),
				SubjectKind.valueOf(rs.getString("subject_kind")), rs.getLong("subject_id"),
				rs.getString("subject_name"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("level"),
				rs.getString("pledge"), rs.getDate("registered_on").toLocalDate());
	}

}

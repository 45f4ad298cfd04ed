package vn.grassroots.emulation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.emulation.internal.Fields;
import vn.grassroots.organisation.SubtreeFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.personnel.ClassificationResults;
import vn.grassroots.personnel.Grade;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.FieldProblem;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.ProblemCode;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;

/**
 * Nominations for titles and forms of commendation: a unit proposes a member or unit of
 * its subtree (the conditions of {@link CommendationRules} are checked first, and an
 * unmet one refuses the nomination with its reason); the emulation council of the
 * deciding unit (the nearest unit above the nominee of the form's deciding level,
 * configured on the form) votes, and a vote below its threshold rejects the nomination;
 * the head of the deciding unit signs a decision (number, date, signer) for approved
 * nominations, which puts them on the honour roll.
 */
@Service
@Transactional
public class Commendations {

	private final JdbcClient jdbc;

	private final UnitQueries units;

	private final AuditTrail audit;

	private final Movements movements;

	private final ClassificationResults classifications;

	Commendations(JdbcClient jdbc, UnitQueries units, AuditTrail audit, Movements movements,
			ClassificationResults classifications) {
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
		this.movements = movements;
		this.classifications = classifications;
	}

	/** Nomination statuses. */
	public enum Status {

		PROPOSED, APPROVED, REJECTED, DECIDED

	}

	/**
	 * A nomination.
	 *
	 * @param id id
	 * @param movementId movement it comes from, if any
	 * @param formCode title or form of commendation
	 * @param subjectKind member or unit
	 * @param subjectId member or unit id
	 * @param subjectName name
	 * @param unitId the nominee's unit
	 * @param unitName its name
	 * @param decidingUnitId unit whose council decides
	 * @param awardYear year of the award
	 * @param achievements achievements stated by the proposing unit
	 * @param status status
	 * @param present council members present at the vote
	 * @param votesFor votes for
	 * @param threshold threshold applied
	 * @param votedOn date of the vote
	 * @param decisionId decision, once decided
	 * @param decisionNumber its number
	 * @param decidedOn its date
	 */
	public record NominationView(long id, @Nullable Long movementId, String formCode, SubjectKind subjectKind,
			long subjectId, String subjectName, long unitId, String unitName, long decidingUnitId, int awardYear,
			String achievements, Status status, @Nullable Integer present, @Nullable Integer votesFor,
			@Nullable String threshold, @Nullable LocalDate votedOn, @Nullable Long decisionId,
			@Nullable String decisionNumber, @Nullable LocalDate decidedOn) {
	}

	/**
	 * A council's configuration.
	 *
	 * @param unitId the unit
	 * @param members number of members (0: not configured)
	 * @param numerator threshold numerator
	 * @param denominator threshold denominator
	 * @param strict more than (true) or at least (false)
	 * @param configured whether a row exists (else the default: more than half of those
	 * present)
	 * @param threshold the threshold as people write it, e.g. {@code > 1/2}
	 */
	public record EmulationCouncil(long unitId, int members, int numerator, int denominator, boolean strict,
			boolean configured, String threshold) {

		EmulationCouncil(long unitId, int members, int numerator, int denominator, boolean strict, boolean configured) {
			this(unitId, members, numerator, denominator, strict, configured,
					CommendationRules.threshold(numerator, denominator, strict));
		}

	}

	/**
	 * A decision.
	 *
	 * @param id id
	 * @param decidingUnitId deciding unit
	 * @param decidingUnitName the issuing body, e.g. "Công an tỉnh Nghệ An"
	 * @param parentBody the body above it, e.g. "Bộ Công an" (empty for the ministry)
	 * @param place place of the date line
	 * @param number number, e.g. 125/QĐ-BCA
	 * @param decidedOn date
	 * @param signer signer
	 * @param title title
	 */
	public record DecisionView(long id, long decidingUnitId, String decidingUnitName, String parentBody, String place,
			String number, LocalDate decidedOn, String signer, String title) {
	}

	/** A proposal. */
	public record NewNomination(@Nullable String formCode, @Nullable Long subjectId, @Nullable Long movementId,
			@Nullable Integer awardYear, @Nullable String achievements) {
	}

	/** A council's vote on a nomination. */
	public record Vote(@Nullable Integer present, @Nullable Integer votesFor, @Nullable String votedOn) {
	}

	/** A council's threshold: e.g. 1/2 strict (more than half) or 2/3 not strict. */
	public record CouncilSettings(@Nullable Integer members, @Nullable Integer numerator, @Nullable Integer denominator,
			@Nullable Boolean strict) {
	}

	/** A decision for approved nominations of one deciding unit. */
	public record NewDecision(@Nullable String number, @Nullable String decidedOn, @Nullable String signer,
			@Nullable String title, @Nullable List<Long> nominationIds) {
	}

	/** Every title and form of commendation, in catalogue order. */
	@Transactional(readOnly = true)
	public List<CommendationForm> forms() {
		return this.jdbc.sql("select * from emu_form order by sort_order, code").query(Commendations::form).list();
	}

	/** One title or form; 404 when unknown. */
	@Transactional(readOnly = true)
	public CommendationForm form(String code) {
		return this.jdbc.sql("select * from emu_form where code = :c")
			.param("c", code)
			.query(Commendations::form)
			.optional()
			.orElseThrow(() -> GrassrootsException.notFound("form " + code));
	}

	/** A council of a unit in scope (its configuration or the default). */
	@Transactional(readOnly = true)
	public EmulationCouncil council(UnitScope scope, long unitId) {
		this.units.get(scope, unitId);
		return councilOf(unitId);
	}

	/** Configures the council of a unit in scope (its chief or above). */
	public EmulationCouncil configureCouncil(UnitScope scope, long unitId, CouncilSettings settings) {
		requireDecider(scope);
		this.units.get(scope, unitId);
		int members = Fields.number("members", settings.members(), 1, 99);
		int den = Fields.number("denominator", settings.denominator(), 1, 10);
		int num = Fields.number("numerator", settings.numerator(), 1, den);
		boolean strict = settings.strict() != null && settings.strict();
		EmulationCouncil before = councilOf(unitId);
		this.jdbc.sql("delete from emu_council where unit_id = :u").param("u", unitId).update();
		this.jdbc
			.sql("insert into emu_council (unit_id, members, threshold_numerator, threshold_denominator,"
					+ " strict_majority, updated_by, updated_at) values (:u, :m, :n, :d, :s, :by, :at)")
			.param("u", unitId)
			.param("m", members)
			.param("n", num)
			.param("d", den)
			.param("s", strict)
			.param("by", scope.username())
			.param("at", Timestamp.from(Instant.now()))
			.update();
		EmulationCouncil after = councilOf(unitId);
		this.audit.record(scope.username(), "emulation.council.configure", "emu_council", String.valueOf(unitId),
				before.toString(), after.toString());
		return after;
	}

	/**
	 * The conditions of a form that a member or unit in scope does not meet for a year;
	 * empty when it may be nominated.
	 */
	@Transactional(readOnly = true)
	public List<FieldProblem> check(UnitScope scope, String formCode, long subjectId, int year) {
		CommendationForm form = form(formCode);
		Movements.Subject subject = this.movements.subject(scope, form.subjectKind(), subjectId);
		return unmet(scope, form, subject, year);
	}

	/**
	 * Proposes a member or unit of the caller's subtree. Refused with 422 naming
	 * {@code subjectId} and the reason when a condition is unmet, or when the same title
	 * is already proposed or awarded for the year.
	 */
	public NominationView nominate(UnitScope scope, NewNomination command) {
		Movements.requireWriter(scope);
		CommendationForm form = form(Fields.text("formCode", command.formCode(), 40));
		long subjectId = Fields.id("subjectId", command.subjectId());
		int year = Fields.number("awardYear", command.awardYear(), 2000, Dates.today().getYear() + 1);
		String achievements = Fields.text("achievements", command.achievements(), 2000);
		if (command.movementId() != null) {
			this.movements.get(scope, command.movementId());
		}
		Movements.Subject subject = this.movements.subject(scope, form.subjectKind(), subjectId);
		if (form.subjectLevel() != null && !form.subjectLevel().equals(subject.level())) {
			throw GrassrootsException.ruleOnField("subjectId", subjectId, "emulation.validation.subject-level",
					form.subjectLevel());
		}
		List<FieldProblem> unmet = unmet(scope, form, subject, year);
		if (!unmet.isEmpty()) {
			throw new GrassrootsException(ProblemCode.RULE_VIOLATION, unmet, "subjectId");
		}
		boolean duplicate = this.jdbc
			.sql("select count(*) from emu_nomination where form_code = :f and subject_kind = :k and subject_id = :s"
					+ " and award_year = :y and status <> 'REJECTED'")
			.param("f", form.code())
			.param("k", form.subjectKind().name())
			.param("s", subjectId)
			.param("y", year)
			.query(Long.class)
			.single() > 0;
		if (duplicate) {
			throw GrassrootsException.ruleOnField("subjectId", subjectId, "emulation.validation.duplicate",
					String.valueOf(year));
		}
		UnitView deciding = decidingUnit(subject.unit(), form.decidingLevel());
		long id = Fields.insert(this.jdbc
			.sql("insert into emu_nomination (movement_id, form_code, subject_kind, subject_id, subject_name, unit_id,"
					+ " unit_name, proposing_unit_id, deciding_unit_id, award_year, achievements, status, created_by,"
					+ " created_at) values (:m, :f, :k, :s, :sn, :u, :un, :p, :d, :y, :a, 'PROPOSED', :by, :at)")
			.param("m", command.movementId(), java.sql.Types.BIGINT)
			.param("f", form.code())
			.param("k", form.subjectKind().name())
			.param("s", subjectId)
			.param("sn", subject.name())
			.param("u", subject.unit().id())
			.param("un", subject.unit().fullName())
			.param("p", scope.unitId())
			.param("d", deciding.id())
			.param("y", year)
			.param("a", achievements)
			.param("by", scope.username())
			.param("at", Timestamp.from(Instant.now())));
		NominationView view = load(id);
		this.audit.record(scope.username(), "emulation.nomination.propose", "emu_nomination", String.valueOf(id), null,
				view.toString());
		return view;
	}

	/**
	 * Records the council's vote on a proposed nomination (the deciding unit must be in
	 * the caller's subtree; its chief or above): APPROVED when the votes reach the
	 * council's threshold, else REJECTED.
	 */
	public NominationView vote(UnitScope scope, long id, Vote vote) {
		requireDecider(scope);
		NominationView n = get(scope, id);
		if (this.units.find(scope, n.decidingUnitId()).isEmpty()) {
			throw GrassrootsException.notFound("nomination " + id);
		}
		requireStatus(n, Status.PROPOSED);
		EmulationCouncil council = councilOf(n.decidingUnitId());
		int present = Fields.number("present", vote.present(), 1, council.configured() ? council.members() : 999);
		int votesFor = Fields.number("votesFor", vote.votesFor(), 0, present);
		LocalDate on = Dates.parse("votedOn", vote.votedOn(), Dates.today());
		boolean passes = CommendationRules.passes(votesFor, present, council.numerator(), council.denominator(),
				council.strict());
		this.jdbc
			.sql("update emu_nomination set status = :s, present = :p, votes_for = :v, threshold = :t, voted_on = :on"
					+ " where id = :id and status = 'PROPOSED'")
			.param("s", passes ? Status.APPROVED.name() : Status.REJECTED.name())
			.param("p", present)
			.param("v", votesFor)
			.param("t", council.threshold())
			.param("on", on)
			.param("id", id)
			.update();
		NominationView after = load(id);
		this.audit.record(scope.username(), "emulation.nomination.vote", "emu_nomination", String.valueOf(id),
				n.status().name(), after.toString());
		return after;
	}

	/**
	 * Records a decision for approved nominations, all of one deciding unit in the
	 * caller's subtree; they go on the honour roll.
	 */
	public DecisionView decide(UnitScope scope, NewDecision command) {
		requireDecider(scope);
		String number = Fields.text("number", command.number(), 60);
		LocalDate on = Fields.day("decidedOn", command.decidedOn());
		String signer = Fields.text("signer", command.signer(), 120);
		String title = Fields.text("title", command.title(), 300);
		List<Long> ids = (command.nominationIds() != null) ? command.nominationIds() : List.of();
		if (ids.isEmpty()) {
			throw GrassrootsException.badField("nominationIds", null, "validation.required");
		}
		Long deciding = null;
		List<NominationView> nominations = new ArrayList<>();
		for (long nid : ids) {
			NominationView n = get(scope, nid);
			requireStatus(n, Status.APPROVED);
			if (deciding != null && deciding != n.decidingUnitId()) {
				throw GrassrootsException.ruleOnField("nominationIds", nid, "emulation.validation.one-council");
			}
			if (n.votedOn() != null && on.isBefore(n.votedOn())) {
				throw GrassrootsException.ruleOnField("decidedOn", command.decidedOn(), "validation.min", n.votedOn());
			}
			deciding = n.decidingUnitId();
			nominations.add(n);
		}
		UnitView unit = this.units.find(scope, deciding)
			.orElseThrow(() -> GrassrootsException.notFound("nomination " + ids.get(0)));
		List<UnitView> ancestors = this.units.ancestors(unit);
		UnitView parent = ancestors.isEmpty() ? null : ancestors.get(ancestors.size() - 1);
		String place = java.util.stream.Stream.concat(ancestors.stream(), java.util.stream.Stream.of(unit))
			.filter((u) -> u.type() == vn.grassroots.organisation.UnitType.PROVINCE)
			.map(UnitView::name)
			.findFirst()
			.orElse("Hà Nội");
		long id = Fields.insert(this.jdbc
			.sql("insert into emu_decision (deciding_unit_id, deciding_unit_name, parent_body, place, number,"
					+ " decided_on, signer, title, created_by, created_at) values (:u, :un, :pb, :pl, :n, :on, :s, :t, :by,"
					+ " :at)")
			.param("u", unit.id())
			.param("un", body(unit))
			.param("pb", (parent != null) ? body(parent) : "")
			.param("pl", place)
			.param("n", number)
			.param("on", on)
			.param("s", signer)
			.param("t", title)
			.param("by", scope.username())
			.param("at", Timestamp.from(Instant.now())));
		for (NominationView n : nominations) {
			this.jdbc.sql(
					"update emu_nomination set status = 'DECIDED', decision_id = :d where id = :id and status = 'APPROVED'")
				.param("d", id)
				.param("id", n.id())
				.update();
		}
		DecisionView view = decision(scope, id);
		this.audit.record(scope.username(), "emulation.decision.record", "emu_decision", String.valueOf(id), null,
				view + " nominations=" + ids);
		return view;
	}

	/**
	 * A decision whose deciding unit or nominees are in the caller's subtree; 404
	 * otherwise.
	 */
	@Transactional(readOnly = true)
	public DecisionView decision(UnitScope scope, long id) {
		DecisionView d = this.jdbc.sql("select * from emu_decision where id = :id")
			.param("id", id)
			.query((rs, n) -> new DecisionView(rs.getLong("id"), rs.getLong("deciding_unit_id"),
					rs.getString("deciding_unit_name"), rs.getString("parent_body"), rs.getString("place"),
					rs.getString("number"), rs.getDate("decided_on").toLocalDate(), rs.getString("signer"),
					rs.getString("title")))
			.optional()
			.orElseThrow(() -> GrassrootsException.notFound("decision " + id));
		if (this.units.find(scope, d.decidingUnitId()).isEmpty() && decided(scope, id).isEmpty()) {
			throw GrassrootsException.notFound("decision " + id);
		}
		return d;
	}

	/** The nominations of a decision visible to the caller, by form and name. */
	@Transactional(readOnly = true)
	public List<NominationView> decided(UnitScope scope, long decisionId) {
		SubtreeFilter in = this.units.subtree(scope);
		return in
			.bind(this.jdbc.sql(SELECT + " where n.decision_id = :d and (" + in.condition("n.unit_id") + " or "
					+ in.condition("n.deciding_unit_id") + ") order by f.sort_order, n.subject_name, n.id"))
			.param("d", decisionId)
			.query(Commendations::nomination)
			.list();
	}

	/**
	 * A nomination whose nominee or deciding unit is in the caller's subtree; 404
	 * otherwise.
	 */
	@Transactional(readOnly = true)
	public NominationView get(UnitScope scope, long id) {
		SubtreeFilter in = this.units.subtree(scope);
		return in
			.bind(this.jdbc.sql(SELECT + " where n.id = :id and (" + in.condition("n.unit_id") + " or "
					+ in.condition("n.deciding_unit_id") + ")"))
			.param("id", id)
			.query(Commendations::nomination)
			.optional()
			.orElseThrow(() -> GrassrootsException.notFound("nomination " + id));
	}

	/**
	 * Nominations whose nominee or deciding unit is in the caller's subtree, latest
	 * first; optionally of one status.
	 */
	@Transactional(readOnly = true)
	public PageResult<NominationView> list(UnitScope scope, @Nullable Status status, PageRequest page) {
		SubtreeFilter in = this.units.subtree(scope);
		String where = " where (" + in.condition("n.unit_id") + " or " + in.condition("n.deciding_unit_id") + ")"
				+ ((status != null) ? " and n.status = :st" : "");
		JdbcClient.StatementSpec count = in.bind(
				this.jdbc.sql("select count(*) from emu_nomination n join emu_form f on f.code = n.form_code" + where));
		JdbcClient.StatementSpec rows = in
			.bind(this.jdbc.sql(SELECT + where + " order by n.created_at desc, n.id desc limit :limit offset :offset"))
			.param("limit", page.size())
			.param("offset", page.offset());
		if (status != null) {
			count = count.param("st", status.name());
			rows = rows.param("st", status.name());
		}
		return new PageResult<>(rows.query(Commendations::nomination).list(), count.query(Long.class).single());
	}

	/**
	 * The honour roll in the caller's subtree: decided nominations whose decision date
	 * lies in {@code [from, to]}, by decision date, form and name.
	 */
	@Transactional(readOnly = true)
	public List<NominationView> commended(UnitScope scope, LocalDate from, LocalDate to) {
		SubtreeFilter in = this.units.subtree(scope);
		return in
			.bind(this.jdbc.sql(SELECT + " where n.status = 'DECIDED' and d.decided_on between :f and :t and "
					+ in.condition("n.unit_id") + " order by d.decided_on, f.sort_order, n.subject_name, n.id"))
			.param("f", from)
			.param("t", to)
			.query(Commendations::nomination)
			.list();
	}

	/**
	 * An entry of a movement's public honour page: names, units and titles only.
	 *
	 * @param name the person's or unit's name
	 * @param unitName the unit
	 * @param formCode the title or form
	 * @param year award year
	 */
	public record HonourEntry(String name, String unitName, String formCode, int year) {
	}

	/**
	 * The public honour roll of a movement (no login, no scope): names, units and titles
	 * only. 404 when the movement does not exist.
	 */
	@Transactional(readOnly = true)
	public List<HonourEntry> honour(long movementId) {
		return this.jdbc
			.sql("select n.subject_name, n.unit_name, n.form_code, n.award_year from emu_nomination n"
					+ " join emu_form f on f.code = n.form_code where n.movement_id = :m and n.status = 'DECIDED'"
					+ " order by f.sort_order, n.subject_name, n.id")
			.param("m", movementId)
			.query((rs, n) -> new HonourEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.list();
	}

	/** The name of a movement for its public page; 404 when it does not exist. */
	@Transactional(readOnly = true)
	public String movementName(long movementId) {
		return this.jdbc.sql("select name from emu_movement where id = :m")
			.param("m", movementId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> GrassrootsException.notFound("movement " + movementId));
	}

	private List<FieldProblem> unmet(UnitScope scope, CommendationForm form, Movements.Subject subject, int year) {
		Map<Integer, Grade> grades = Map.of();
		if (form.requiredGrade() != null && form.gradeYears() > 0) {
			String kind = (subject.kind() == SubjectKind.MEMBER) ? "MEMBER" : "TEAM";
			grades = this.classifications
				.finalGrades(scope, kind, List.of(subject.id()), year - form.gradeYears() + 1, year)
				.getOrDefault(subject.id(), Map.of());
		}
		Set<Integer> titleYears = new HashSet<>();
		String prerequisiteName = null;
		if (form.prerequisiteForm() != null && form.prerequisiteYears() > 0) {
			titleYears.addAll(this.jdbc
				.sql("select award_year from emu_nomination where form_code = :f and subject_kind = :k"
						+ " and subject_id = :s and status = 'DECIDED' and award_year between :a and :b")
				.param("f", form.prerequisiteForm())
				.param("k", subject.kind().name())
				.param("s", subject.id())
				.param("a", year - form.prerequisiteYears() + 1)
				.param("b", year)
				.query(Integer.class)
				.list());
			prerequisiteName = form(form.prerequisiteForm()).nameVi();
		}
		return CommendationRules.unmet(form, subject.id(), year, grades, titleYears, prerequisiteName);
	}

	private UnitView decidingUnit(UnitView unit, String level) {
		if (unit.type().name().equals(level)) {
			return unit;
		}
		List<UnitView> ancestors = new ArrayList<>(this.units.ancestors(unit));
		java.util.Collections.reverse(ancestors);
		return ancestors.stream()
			.filter((u) -> u.type().name().equals(level))
			.findFirst()
			.orElseThrow(
					() -> GrassrootsException.ruleOnField("formCode", level, "emulation.validation.no-council", level));
	}

	/**
	 * The police body of a unit as written on documents: "Công an tỉnh Nghệ An", "Bộ Công
	 * an".
	 */
	static String body(UnitView unit) {
		if (unit.type() == vn.grassroots.organisation.UnitType.MINISTRY) {
			return unit.fullName();
		}
		String name = unit.fullName();
		return "Công an " + Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	private EmulationCouncil councilOf(long unitId) {
		return this.jdbc.sql("select * from emu_council where unit_id = :u")
			.param("u", unitId)
			.query((rs, n) -> new EmulationCouncil(unitId, rs.getInt("members"), rs.getInt("threshold_numerator"),
					rs.getInt("threshold_denominator"), rs.getBoolean("strict_majority"), true))
			.optional()
			.orElse(new EmulationCouncil(unitId, 0, 1, 2, true, false));
	}

	private NominationView load(long id) {
		return this.jdbc.sql(SELECT + " where n.id = :id").param("id", id).query(Commendations::nomination).single();
	}

	private static void requireDecider(UnitScope scope) {
		if (!scope.has(Role.COMMUNE_CHIEF) && !scope.has(Role.PROVINCIAL_OFFICER) && !scope.has(Role.MINISTRY_ADMIN)) {
			throw new GrassrootsException(ProblemCode.FORBIDDEN_ACTION, Role.COMMUNE_CHIEF.name());
		}
	}

	private static void requireStatus(NominationView n, Status expected) {
		if (n.status() != expected) {
			throw GrassrootsException.ruleOnField("status", n.status().name(), "emulation.validation.status",
					expected.name());
		}
	}

	private static final String SELECT = "select n.*, d.number as decision_number, d.decided_on from emu_nomination n"
			+ " join emu_form f on f.code = n.form_code left join emu_decision d on d.id = n.decision_id";

	private static CommendationForm form(ResultSet rs, int n) throws SQLException {
		String grade = rs.getString("required_grade");
		return new CommendationForm(rs.getString("code"), rs.getString("kind"),
				SubjectKind.valueOf(rs.getString("subject_kind")), rs.getString("subject_level"),
				rs.getString("name_vi"), rs.getString("name_en"), rs.getString("deciding_level"),
				(grade != null) ? Grade.valueOf(grade) : null, rs.getInt("grade_years"),
				rs.getString("prerequisite_form"), rs.getInt("prerequisite_years"), rs.getString("basis"));
	}

	private static NominationView nomination(ResultSet rs, int n) throws SQLException {
		long movement = rs.getLong("movement_id");
		Long movementId = rs.wasNull() ? null : movement;
		long decision = rs.getLong("decision_id");
		Long decisionId = rs.wasNull() ? null : decision;
		int p = rs.getInt("present");
		Integer present = rs.wasNull() ? null : p;
		int v = rs.getInt("votes_for");
		Integer votes = rs.wasNull() ? null : v;
		java.sql.Date voted = rs.getDate("voted_on");
		java.sql.Date decided = rs.getDate("decided_on");
		return new NominationView(rs.getLong("id"), movementId, rs.getString("form_code"),
				SubjectKind.valueOf(rs.getString("subject_kind")), rs.getLong("subject_id"),
				rs.getString("subject_name"), rs.getLong("unit_id"), rs.getString("unit_name"),
				rs.getLong("deciding_unit_id"), rs.getInt("award_year"), rs.getString("achievements"),
				Status.valueOf(rs.getString("status")), present, votes, rs.getString("threshold"),
				(voted != null) ? voted.toLocalDate() : null, decisionId, rs.getString("decision_number"),
				(decided != null) ? decided.toLocalDate() : null);
	}

}

package vn.grassroots.personnel;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.organisation.SubtreeFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.FieldProblem;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.UnitScope;

/**
 * Selection of members as in Circular 14/2024/TT-BCA art. 3-4: the commune's plan (quota,
 * period, posted publicly), applications with their dossier, the automatic eligibility
 * check (Law 30/2023/QH15 art. 13, see {@link Eligibility}), the council's vote (passes
 * with more than half of the members present; ranked by votes when more pass than there
 * are places), the proposal to the chairman within 5 working days of the minutes and the
 * chairman's decision within 5 working days of the proposal, which makes the member
 * active.
 */
@Service
@Transactional
public class SelectionService {

	/** Statutory limit of the proposal and of the decision, in working days. */
	public static final int STEP_WORKING_DAYS = 5;

	private static final String PLAN_SELECT = "select sp.*, cp.full_name as commune_name, (select count(*) from"
			+ " per_application a where a.plan_id = sp.id) as applications from per_selection_plan sp"
			+ " left join org_unit_period cp on cp.unit_id = sp.commune_id and " + MemberService.valid("cp");

	private final JdbcClient jdbc;

	private final UnitQueries units;

	private final MemberService members;

	private final TeamService teams;

	private final HolidayService holidays;

	private final AuditTrail audit;

	SelectionService(JdbcClient jdbc, UnitQueries units, MemberService members, TeamService teams,
			HolidayService holidays, AuditTrail audit) {
		this.jdbc = jdbc;
		this.units = units;
		this.members = members;
		this.teams = teams;
		this.holidays = holidays;
		this.audit = audit;
	}

	/** Records a plan; answers its id. 422 naming the field for bad quota or period. */
	public long createPlan(UnitScope scope, NewSelectionPlan plan) {
		PersonnelAccess.requireWrite(scope);
		UnitView commune = this.units.get(scope, plan.communeId());
		List<FieldProblem> problems = new ArrayList<>();
		if (commune.type() != UnitType.COMMUNE) {
			problems.add(new FieldProblem("communeId", plan.communeId(), "personnel.plan.commune"));
		}
		String title = PersonnelAccess.required("title", plan.title(), problems);
		if (plan.quota() < 1) {
			problems.add(new FieldProblem("quota", plan.quota(), "validation.min", 1));
		}
		if (plan.receiveTo().isBefore(plan.receiveFrom())) {
			problems.add(new FieldProblem("receiveTo", plan.receiveTo(), "personnel.plan.period"));
		}
		if (plan.councilOn() != null && plan.councilOn().isBefore(plan.receiveTo())) {
			problems.add(new FieldProblem("councilOn", plan.councilOn(), "personnel.plan.council-after"));
		}
		PersonnelAccess.refuseIfAny(problems);
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into per_selection_plan (commune_id, title, quota, receive_from, receive_to, council_on,"
					+ " approved_on, posted_place, posted_on, hardship_area, created_by, created_at) values (:c, :t,"
					+ " :q, :f, :to, :co, :ap, :pp, :po, :h, :by, :at)")
			.param("c", plan.communeId())
			.param("t", title)
			.param("q", plan.quota())
			.param("f", plan.receiveFrom())
			.param("to", plan.receiveTo())
			.param("co", plan.councilOn())
			.param("ap", plan.approvedOn())
			.param("pp", PersonnelAccess.blankToNull(plan.posting().place()))
			.param("po", plan.posting().on())
			.param("h", plan.hardshipArea())
			.param("by", scope.username())
			.param("at", Timestamp.from(Instant.now()))
			.update(keys, "id");
		long id = Objects.requireNonNull(keys.getKey()).longValue();
		this.audit.record(scope.username(), "personnel.plan.create", "selection-plan", String.valueOf(id), null,
				title + ", quota " + plan.quota());
		return id;
	}

	/** One page of plans in scope, newest first. */
	@Transactional(readOnly = true)
	public PageResult<SelectionPlanView> plans(UnitScope scope, PageRequest page) {
		SubtreeFilter in = this.units.subtree(scope);
		long total = in
			.bind(this.jdbc.sql("select count(*) from per_selection_plan sp where " + in.condition("sp.commune_id")))
			.query(Long.class)
			.single();
		List<SelectionPlanView> items = in
			.bind(this.jdbc.sql(PLAN_SELECT + " where " + in.condition("sp.commune_id")
					+ " order by sp.receive_from desc, sp.id desc limit :limit offset :offset"))
			.param("d", scope.asOf())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> plan(rs))
			.list();
		return new PageResult<>(items, total);
	}

	/** The plan; 404 when absent or outside the scope. */
	@Transactional(readOnly = true)
	public SelectionPlanView plan(UnitScope scope, long id) {
		SubtreeFilter in = this.units.subtree(scope);
		return in.bind(this.jdbc.sql(PLAN_SELECT + " where sp.id = :id and " + in.condition("sp.commune_id")))
			.param("d", scope.asOf())
			.param("id", id)
			.query((rs, n) -> plan(rs))
			.optional()
			.orElseThrow(() -> GrassrootsException.notFound("selection plan " + id));
	}

	private static SelectionPlanView plan(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new SelectionPlanView(rs.getLong("id"), rs.getLong("commune_id"), rs.getString("commune_name"),
				rs.getString("title"), rs.getInt("quota"), rs.getDate("receive_from").toLocalDate(),
				rs.getDate("receive_to").toLocalDate(), MemberService.date(rs, "council_on"),
				MemberService.date(rs, "approved_on"), rs.getString("posted_place"),
				MemberService.date(rs, "posted_on"), rs.getBoolean("hardship_area"), rs.getLong("applications"));
	}

	/**
	 * Files an application; answers its id. 422 when received outside the plan's period,
	 * when the person is of another commune, not an applicant, or already applied.
	 */
	public long apply(UnitScope scope, long planId, NewApplication application) {
		PersonnelAccess.requireWrite(scope);
		SelectionPlanView plan = plan(scope, planId);
		MemberView member = this.members.find(scope, application.memberId(), false)
			.orElseThrow(() -> GrassrootsException.notFound("member " + application.memberId()));
		List<FieldProblem> problems = new ArrayList<>();
		if (member.communeId() != plan.communeId()) {
			problems.add(new FieldProblem("memberId", application.memberId(), "personnel.application.commune"));
		}
		if (application.receivedOn().isBefore(plan.receiveFrom())
				|| application.receivedOn().isAfter(plan.receiveTo())) {
			problems.add(new FieldProblem("receivedOn", application.receivedOn(), "personnel.application.period",
					plan.receiveFrom(), plan.receiveTo()));
		}
		// the latest status counts: a person may be registered after the dossier was
		// received
		MemberStatus status = this.members.statusOn(application.memberId(), LocalDate.of(9999, 12, 31));
		if (status != MemberStatus.APPLICANT) {
			problems.add(new FieldProblem("memberId", application.memberId(), "personnel.application.status",
					String.valueOf(status)));
		}
		long already = this.jdbc.sql("select count(*) from per_application where plan_id = :p and member_id = :m")
			.param("p", planId)
			.param("m", application.memberId())
			.query(Long.class)
			.single();
		if (already > 0) {
			problems.add(new FieldProblem("memberId", application.memberId(), "personnel.application.duplicate"));
		}
		PersonnelAccess.refuseIfAny(problems);
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into per_application (plan_id, member_id, received_on, has_application_form,"
				+ " has_personal_history, has_health_certificate, has_education_certificate, no_prosecution_declared,"
				+ " over70_approved, recorded_by, recorded_at) values (:p, :m, :r, :a, :h, :hc, :e, :np, :o, :by, :at)")
			.param("p", planId)
			.param("m", application.memberId())
			.param("r", application.receivedOn())
			.param("a", application.applicationForm())
			.param("h", application.personalHistory())
			.param("hc", application.healthCertificate())
			.param("e", application.educationCertificate())
			.param("np", application.noProsecutionDeclared())
			.param("o", application.over70Approved())
			.param("by", scope.username())
			.param("at", Timestamp.from(Instant.now()))
			.update(keys, "id");
		long id = Objects.requireNonNull(keys.getKey()).longValue();
		this.audit.record(scope.username(), "personnel.application.file", "application", String.valueOf(id), null,
				"plan " + planId + ", member " + application.memberId());
		return id;
	}

	/**
	 * The plan's applications with eligibility checked at {@code on} (unless decided:
	 * then at the decision date), ranked, with their time limits against today.
	 */
	@Transactional(readOnly = true)
	public List<ApplicationView> applications(UnitScope scope, long planId, @Nullable LocalDate on) {
		SelectionPlanView plan = plan(scope, planId);
		LocalDate checkDate = (on != null) ? on : ((plan.councilOn() != null) ? plan.councilOn() : scope.asOf());
		List<Map<String, Object>> rows = this.jdbc
			.sql("select a.*, m.full_name, m.citizen_id, m.birth_date, m.education, m.residence_since,"
					+ " m.health_certificate_on from per_application a join per_member m on m.id = a.member_id"
					+ " where a.plan_id = :p order by a.received_on, a.id")
			.param("p", planId)
			.query()
			.listOfRows();
		Map<Long, Integer> ranks = rank(rows.stream()
			.filter((r) -> r.get("votes") != null)
			.map((r) -> new Vote(id(r), intOf(r.get("council_present")), intOf(r.get("votes"))))
			.toList());
		WorkingCalendar calendar = this.holidays.calendar();
		LocalDate today = Dates.today();
		List<ApplicationView> views = new ArrayList<>();
		for (Map<String, Object> r : rows) {
			views.add(view(r, plan, checkDate, ranks, calendar, today));
		}
		return views;
	}

	/** One application (404 outside the scope). */
	@Transactional(readOnly = true)
	public ApplicationView application(UnitScope scope, long applicationId, @Nullable LocalDate on) {
		long planId = planOf(applicationId);
		return applications(scope, planId, on).stream()
			.filter((a) -> a.id() == applicationId)
			.findFirst()
			.orElseThrow(() -> GrassrootsException.notFound("application " + applicationId));
	}

	private long planOf(long applicationId) {
		return this.jdbc.sql("select plan_id from per_application where id = :id")
			.param("id", applicationId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> GrassrootsException.notFound("application " + applicationId));
	}

	private ApplicationView view(Map<String, Object> r, SelectionPlanView plan, LocalDate checkDate,
			Map<Long, Integer> ranks, WorkingCalendar calendar, LocalDate today) {
		long id = id(r);
		List<String> missing = new ArrayList<>();
		for (String doc : List.of("has_application_form", "has_personal_history", "has_health_certificate",
				"has_education_certificate")) {
			if (!Boolean.TRUE.equals(r.get(doc))) {
				missing.add(doc.substring(4).toUpperCase(java.util.Locale.ROOT));
			}
		}
		LocalDate decisionDate = TeamService.localDate(r.get("decision_date"));
		LocalDate at = (decisionDate != null) ? decisionDate : checkDate;
		Eligibility eligibility = new Eligibility(Objects.requireNonNull(TeamService.localDate(r.get("birth_date"))),
				Education.valueOf((String) r.get("education")), TeamService.localDate(r.get("residence_since")),
				Boolean.TRUE.equals(r.get("has_health_certificate"))
						? TeamService.localDate(r.get("health_certificate_on")) : null,
				Boolean.TRUE.equals(r.get("no_prosecution_declared")), Boolean.TRUE.equals(r.get("over70_approved")),
				plan.hardshipArea());
		Integer present = (r.get("council_present") != null) ? intOf(r.get("council_present")) : null;
		Integer votes = (r.get("votes") != null) ? intOf(r.get("votes")) : null;
		boolean passed = present != null && votes != null && passes(present, votes);
		Integer rank = ranks.get(id);
		LocalDate minutesOn = TeamService.localDate(r.get("minutes_on"));
		LocalDate proposedOn = TeamService.localDate(r.get("proposed_on"));
		long memberId = ((Number) r.get("member_id")).longValue();
		return new ApplicationView(id, plan.id(), memberId, (String) r.get("full_name"),
				CitizenId.mask((String) r.get("citizen_id")),
				Objects.requireNonNull(TeamService.localDate(r.get("received_on"))), missing.isEmpty(), missing, at,
				eligibility.check(at), present, votes, passed, rank, rank != null && rank <= plan.quota(), minutesOn,
				proposedOn, (String) r.get("decision_number"), decisionDate,
				deadlines(calendar, minutesOn, proposedOn, decisionDate, today),
				this.members.statusOn(memberId, today));
	}

	/** Whether a candidate passes: more than half of the members present voted for. */
	public static boolean passes(int present, int votes) {
		return present > 0 && votes * 2 > present;
	}

	/**
	 * A council result.
	 *
	 * @param applicationId application
	 * @param present members present
	 * @param votes votes for
	 */
	public record Vote(long applicationId, int present, int votes) {
	}

	/**
	 * Ranks of the candidates who passed, by votes from the highest down (ties by the
	 * order of filing, i.e. application id). Candidates who did not pass get no rank.
	 */
	public static Map<Long, Integer> rank(List<Vote> votes) {
		List<Vote> passed = new ArrayList<>(votes.stream().filter((v) -> passes(v.present(), v.votes())).toList());
		passed.sort(Comparator.comparingInt(Vote::votes).reversed().thenComparingLong(Vote::applicationId));
		Map<Long, Integer> ranks = new HashMap<>();
		for (int i = 0; i < passed.size(); i++) {
			ranks.put(passed.get(i).applicationId(), i + 1);
		}
		return ranks;
	}

	/**
	 * The statutory limits after the council (Circular 14/2024/TT-BCA art. 4): the
	 * commune police send the proposal within 5 working days of the minutes; the chairman
	 * decides within 5 working days of the proposal (of the proposal's due date while it
	 * is not sent). Overdue when not done by the due date and today is past it, or done
	 * after it.
	 */
	public static List<ApplicationView.Deadline> deadlines(WorkingCalendar calendar, @Nullable LocalDate minutesOn,
			@Nullable LocalDate proposedOn, @Nullable LocalDate decisionDate, LocalDate today) {
		List<ApplicationView.Deadline> result = new ArrayList<>();
		if (minutesOn == null) {
			return result;
		}
		LocalDate proposalDue = StatutoryLimit.SELECTION_PROPOSAL.due(calendar, minutesOn);
		result.add(new ApplicationView.Deadline("PROPOSAL", minutesOn, STEP_WORKING_DAYS, proposalDue, proposedOn,
				overdue(proposalDue, proposedOn, today)));
		LocalDate start = (proposedOn != null) ? proposedOn : proposalDue;
		LocalDate decisionDue = StatutoryLimit.SELECTION_DECISION.due(calendar, start);
		result.add(new ApplicationView.Deadline("DECISION", start, STEP_WORKING_DAYS, decisionDue, decisionDate,
				overdue(decisionDue, decisionDate, today)));
		return result;
	}

	private static boolean overdue(LocalDate due, @Nullable LocalDate done, LocalDate today) {
		return (done != null) ? done.isAfter(due) : today.isAfter(due);
	}

	/**
	 * Records the council's result for an application. 422 unless 1 <= present and 0 <=
	 * votes <= present, or when the minutes precede the filing. Candidates who pass
	 * become SELECTED on the day of the minutes.
	 */
	public void vote(UnitScope scope, long applicationId, int present, int votes, LocalDate minutesOn) {
		PersonnelAccess.requireWrite(scope);
		ApplicationView app = application(scope, applicationId, null);
		List<FieldProblem> problems = new ArrayList<>();
		if (present < 1) {
			problems.add(new FieldProblem("present", present, "validation.min", 1));
		}
		if (votes < 0 || votes > present) {
			problems.add(new FieldProblem("votes", votes, "validation.range", 0, present));
		}
		if (minutesOn.isBefore(app.receivedOn())) {
			problems.add(new FieldProblem("minutesOn", minutesOn, "personnel.application.minutes-before"));
		}
		if (app.decisionDate() != null) {
			problems.add(new FieldProblem("applicationId", applicationId, "personnel.application.decided"));
		}
		PersonnelAccess.refuseIfAny(problems);
		this.jdbc.sql("update per_application set council_present = :p, votes = :v, minutes_on = :m where id = :id")
			.param("p", present)
			.param("v", votes)
			.param("m", minutesOn)
			.param("id", applicationId)
			.update();
		if (passes(present, votes) && this.members.statusOn(app.memberId(), minutesOn) == MemberStatus.APPLICANT) {
			this.members.insertStatus(app.memberId(), MemberStatus.SELECTED, minutesOn, null,
					"council " + votes + "/" + present, null, Posting.NONE, scope.username());
		}
		this.audit.record(scope.username(), "personnel.application.vote", "application", String.valueOf(applicationId),
				null, votes + "/" + present + " on " + minutesOn);
	}

	/** Records the day the commune police sent the proposal to the chairman. */
	public void propose(UnitScope scope, long applicationId, LocalDate proposedOn) {
		PersonnelAccess.requireWrite(scope);
		ApplicationView app = application(scope, applicationId, null);
		if (app.minutesOn() == null || proposedOn.isBefore(app.minutesOn())) {
			throw GrassrootsException.ruleOnField("proposedOn", proposedOn, "personnel.application.proposal-before");
		}
		this.jdbc.sql("update per_application set proposed_on = :d where id = :id")
			.param("d", proposedOn)
			.param("id", applicationId)
			.update();
		this.audit.record(scope.username(), "personnel.application.propose", "application",
				String.valueOf(applicationId), null, "proposed on " + proposedOn);
	}

	/**
	 * The chairman's decision recognising the candidate: refused (422, each failed rule
	 * named) unless the dossier is complete, the candidate passed within the quota and is
	 * eligible on the decision date. Makes the member ACTIVE from the decision date and,
	 * with {@code teamId}, assigns them to that team in {@code position}.
	 */
	public void decide(UnitScope scope, long applicationId, Decision decision, Posting posting, @Nullable Long teamId,
			@Nullable TeamPosition position) {
		PersonnelAccess.requireWrite(scope);
		ApplicationView app = application(scope, applicationId, decision.date());
		List<FieldProblem> problems = new ArrayList<>();
		MemberService.validateDecision(decision, problems);
		if (app.decisionDate() != null) {
			problems.add(new FieldProblem("applicationId", applicationId, "personnel.application.decided"));
		}
		if (!app.dossierComplete()) {
			problems.add(new FieldProblem("dossier", app.missingDocuments(), "personnel.application.dossier"));
		}
		if (!app.passed() || !app.withinQuota()) {
			problems.add(new FieldProblem("votes", app.votes(), "personnel.application.not-passed"));
		}
		for (Eligibility.Failure f : app.failures()) {
			problems.add(new FieldProblem("eligibility." + f.rule(), null, f.reasonKey(), f.args().toArray()));
		}
		if (app.minutesOn() != null && decision.date().isBefore(app.minutesOn())) {
			problems.add(new FieldProblem("decision.date", decision.date(), "personnel.application.decision-before"));
		}
		PersonnelAccess.refuseIfAny(problems);
		this.jdbc
			.sql("update per_application set decision_number = :n, decision_date = :d, decision_signer = :s,"
					+ " posted_place = :pp, posted_on = :po where id = :id")
			.param("n", decision.number().trim())
			.param("d", decision.date())
			.param("s", decision.signer().trim())
			.param("pp", PersonnelAccess.blankToNull(posting.place()))
			.param("po", posting.on())
			.param("id", applicationId)
			.update();
		this.members.insertStatus(app.memberId(), MemberStatus.ACTIVE, decision.date(), null, null, decision, posting,
				scope.username());
		if (teamId != null) {
			this.teams.assign(scope, teamId, app.memberId(), (position != null) ? position : TeamPosition.MEMBER,
					decision.date(), decision.number());
		}
		this.audit.record(scope.username(), "personnel.application.decide", "application",
				String.valueOf(applicationId), null,
				"member " + app.memberId() + " active from " + decision.date() + " by " + decision.number());
	}

	private static long id(Map<String, Object> r) {
		return ((Number) r.get("id")).longValue();
	}

	private static int intOf(@Nullable Object value) {
		return (value != null) ? ((Number) value).intValue() : 0;
	}

}

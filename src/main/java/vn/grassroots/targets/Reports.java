package vn.grassroots.targets;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.organisation.SubtreeFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.ProblemCode;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;
import vn.grassroots.targets.internal.Input;
import vn.grassroots.targets.internal.Keys;
import vn.grassroots.targets.internal.TargetsSql;

/**
 * Periodic reports. A unit of the form's submitting level submits; the report then passes
 * the form's review chain ({@link ReviewStep}s, data configured on the form): at each
 * step the reviewer is the nearest ancestor of the report's unit of the step's level on
 * the tree of the day, and a step whose level has no such ancestor is skipped (so a chain
 * commune -> district -> province -> ministry runs commune -> province -> ministry after
 * the districts were dissolved in 2025). A reviewer approves (the report goes to the next
 * step; after the last one it is approved, locked, and its values enter the indicators)
 * or returns it with a note (back to the unit, which submits again from the first step).
 * Every decision is kept with its timeliness. An approved report changes only through a
 * correction with a reason, which keeps the state before and after.
 */
@Service
@Transactional
public class Reports {

	private static final String SELECT = "select r.*, f.code as form_code, f.period_kind, f.due_days,"
			+ " (select s.reviewer_type from tgt_review_step s where s.form_id = r.form_id and s.step_no = r.step_no)"
			+ " as awaiting,"
			+ " (select max(p.full_name) from org_unit_period p where p.unit_id = r.unit_id and p.valid_to is null)"
			+ " as current_name, (select max(p.full_name) from org_unit_period p where p.unit_id = r.unit_id) as any_name"
			+ " from tgt_report r join tgt_report_form f on f.id = r.form_id";

	private final JdbcClient jdbc;

	private final UnitQueries units;

	private final AuditTrail audit;

	private final Indicators indicators;

	Reports(JdbcClient jdbc, UnitQueries units, AuditTrail audit, Indicators indicators) {
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
		this.indicators = indicators;
	}

	/**
	 * A new report form.
	 *
	 * @param code stable code
	 * @param name name
	 * @param periodKind period kind
	 * @param dueDays days after the period's end
	 * @param submitterType level that submits
	 * @param reviewerType level of a single reviewing step (when {@code steps} is absent)
	 * @param steps the review chain from the first reviewer up, each level above the
	 * previous one
	 */
	public record NewForm(@Nullable String code, @Nullable String name, @Nullable String periodKind,
			@Nullable Integer dueDays, @Nullable String submitterType, @Nullable String reviewerType,
			@Nullable List<NewStep> steps) {
	}

	/**
	 * A step of a new form's review chain.
	 *
	 * @param reviewerType the reviewing level
	 * @param dueDays days after the period's end by which it should have decided
	 */
	public record NewStep(@Nullable String reviewerType, @Nullable Integer dueDays) {
	}

	/**
	 * A submission (or a correction's new content).
	 *
	 * @param formId the form
	 * @param unitId the reporting unit
	 * @param periodStart first day of the period
	 * @param body narrative
	 * @param lines reported values
	 * @param reason reason of a correction
	 */
	public record Submission(@Nullable Long formId, @Nullable Long unitId, @Nullable String periodStart,
			@Nullable String body, @Nullable List<ReportLine> lines, @Nullable String reason) {
	}

	public ReportFormView createForm(UnitScope scope, NewForm command) {
		scope.require(Role.MINISTRY_ADMIN);
		String code = Input.required("code", command.code(), 40).toUpperCase(java.util.Locale.ROOT);
		String name = Input.required("name", command.name(), 300);
		PeriodKind kind = Input.enumValue("periodKind", command.periodKind(), PeriodKind.class);
		if (command.dueDays() == null || command.dueDays() < 0 || command.dueDays() > 366) {
			throw GrassrootsException.badField("dueDays", command.dueDays(), "validation.range", 0, 366);
		}
		UnitType submitter = Input.enumValue("submitterType", command.submitterType(), UnitType.class);
		List<ReviewStep> steps = steps(command, submitter);
		UnitType reviewer = steps.get(0).reviewerType();
		if (this.jdbc.sql("select count(*) from tgt_report_form where code = :c")
			.param("c", code)
			.query(Long.class)
			.single() > 0) {
			throw GrassrootsException.ruleOnField("code", code, "targets.validation.code-taken");
		}
		long id = Keys.insert(this.jdbc
			.sql("insert into tgt_report_form (code, name, period_kind, due_days, submitter_type, reviewer_type,"
					+ " created_by, created_at) values (:code, :name, :kind, :due, :submitter, :reviewer, :by, :at)")
			.param("code", code)
			.param("name", name)
			.param("kind", kind.name())
			.param("due", command.dueDays())
			.param("submitter", submitter.name())
			.param("reviewer", reviewer.name())
			.param("by", scope.username())
			.param("at", Timestamp.from(Instant.now())));
		for (ReviewStep step : steps) {
			this.jdbc
				.sql("insert into tgt_review_step (form_id, step_no, reviewer_type, due_days)"
						+ " values (:f, :n, :type, :due)")
				.param("f", id)
				.param("n", step.stepNo())
				.param("type", step.reviewerType().name())
				.param("due", step.dueDays())
				.update();
		}
		ReportFormView form = form(id);
		this.audit.record(scope.username(), "targets.form.create", "tgt_report_form", String.valueOf(id), null,
				form.toString());
		return form;
	}

	/**
	 * The chain of a new form: its steps, or the single reviewing level; every level
	 * above the previous one and the submitter.
	 */
	private static List<ReviewStep> steps(NewForm command, UnitType submitter) {
		List<ReviewStep> steps = new ArrayList<>();
		int dueDays = command.dueDays();
		if (command.steps() == null || command.steps().isEmpty()) {
			UnitType reviewer = Input.enumValue("reviewerType", command.reviewerType(), UnitType.class);
			if (reviewer.ordinal() >= submitter.ordinal()) {
				throw GrassrootsException.ruleOnField("reviewerType", command.reviewerType(),
						"targets.validation.reviewer-above");
			}
			steps.add(new ReviewStep(1, reviewer, dueDays + 10));
			return steps;
		}
		if (command.steps().size() > 6) {
			throw GrassrootsException.badField("steps", command.steps().size(), "validation.range", 1, 6);
		}
		UnitType below = submitter;
		for (int i = 0; i < command.steps().size(); i++) {
			NewStep step = command.steps().get(i);
			String field = "steps[" + i + "]";
			UnitType type = Input.enumValue(field + ".reviewerType", (step != null) ? step.reviewerType() : null,
					UnitType.class);
			if (type.ordinal() >= below.ordinal()) {
				throw GrassrootsException.ruleOnField(field + ".reviewerType", step.reviewerType(),
						"targets.validation.reviewer-above");
			}
			Integer due = step.dueDays();
			if (due == null || due < dueDays || due > 366 + dueDays) {
				throw GrassrootsException.badField(field + ".dueDays", due, "validation.range", dueDays, 366 + dueDays);
			}
			dueDays = due;
			below = type;
			steps.add(new ReviewStep(i + 1, type, due));
		}
		return steps;
	}

	@Transactional(readOnly = true)
	public List<ReportFormView> forms() {
		Map<Long, List<ReviewStep>> steps = new HashMap<>();
		this.jdbc.sql("select form_id, step_no, reviewer_type, due_days from tgt_review_step order by form_id, step_no")
			.query((rs, n) -> Map.entry(rs.getLong(1),
					new ReviewStep(rs.getInt(2), UnitType.valueOf(rs.getString(3)), rs.getInt(4))))
			.list()
			.forEach((e) -> steps.computeIfAbsent(e.getKey(), (k) -> new ArrayList<>()).add(e.getValue()));
		return this.jdbc.sql("select * from tgt_report_form order by code")
			.query((rs, n) -> form(rs, steps.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	@Transactional(readOnly = true)
	public ReportFormView form(long id) {
		List<ReviewStep> steps = this.jdbc
			.sql("select step_no, reviewer_type, due_days from tgt_review_step where form_id = :f order by step_no")
			.param("f", id)
			.query((rs, n) -> new ReviewStep(rs.getInt(1), UnitType.valueOf(rs.getString(2)), rs.getInt(3)))
			.list();
		return this.jdbc.sql("select * from tgt_report_form where id = :id")
			.param("id", id)
			.query((rs, n) -> form(rs, steps))
			.optional()
			.orElseThrow(() -> GrassrootsException.notFound("form " + id));
	}

	/**
	 * Submits a report (new, or returned before): a unit of the submitting level in
	 * scope. A report already submitted or approved cannot be submitted again (422).
	 */
	public ReportView submit(UnitScope scope, Submission command) {
		Infrastructure.requireWriter(scope);
		if (command.formId() == null) {
			throw GrassrootsException.badField("formId", null, "validation.required");
		}
		if (command.unitId() == null) {
			throw GrassrootsException.badField("unitId", null, "validation.required");
		}
		ReportFormView form = form(command.formId());
		UnitView unit = this.units.get(scope, command.unitId());
		if (unit.type() != form.submitterType()) {
			throw GrassrootsException.ruleOnField("unitId", command.unitId(), "targets.validation.not-submitter");
		}
		LocalDate start = Indicators.periodStart(form.periodKind(), command.periodStart());
		String body = Input.optional("body", command.body(), 20000);
		List<ReportLine> lines = lines(command.lines());
		List<UnitView> ancestors = this.units.ancestors(unit);
		ReviewStep first = nextStep(form, ancestors, 0);
		if (first == null) {
			throw GrassrootsException.ruleOnField("unitId", command.unitId(), "targets.validation.no-reviewer");
		}
		var existing = this.jdbc
			.sql("select id, status from tgt_report where form_id = :f and unit_id = :u and period_start = :p")
			.param("f", form.id())
			.param("u", unit.id())
			.param("p", start)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.optional();
		Instant now = Instant.now();
		boolean onTime = !Dates.today().isAfter(form.periodKind().dueDate(start, form.dueDays()));
		long id;
		String before = null;
		if (existing.isPresent()) {
			id = (Long) existing.get()[0];
			ReportStatus status = ReportStatus.valueOf((String) existing.get()[1]);
			if (status == ReportStatus.SUBMITTED || status == ReportStatus.APPROVED) {
				throw GrassrootsException.ruleOnField("periodStart", command.periodStart(),
						"targets.validation.report-locked");
			}
			before = get(scope, id).toString();
			this.jdbc
				.sql("update tgt_report set status = 'SUBMITTED', body = :body, submitted_by = :by, submitted_at = :at,"
						+ " step_no = :step, version = version + 1 where id = :id")
				.param("id", id)
				.param("step", first.stepNo())
				.param("body", body)
				.param("by", scope.username())
				.param("at", Timestamp.from(now))
				.update();
		}
		else {
			id = Keys.insert(this.jdbc
				.sql("insert into tgt_report (form_id, unit_id, period_start, status, body, submitted_by, submitted_at,"
						+ " on_time, step_no, version) values (:f, :u, :p, 'SUBMITTED', :body, :by, :at, :onTime, :step, 1)")
				.param("step", first.stepNo())
				.param("f", form.id())
				.param("u", unit.id())
				.param("p", start)
				.param("body", body)
				.param("by", scope.username())
				.param("at", Timestamp.from(now))
				.param("onTime", onTime));
		}
		replaceLines(id, lines);
		ReportView after = get(scope, id);
		this.audit.record(scope.username(), "targets.report.submit", "tgt_report", String.valueOf(id), before,
				after.toString());
		return after;
	}

	/**
	 * Approves a submitted report at its current step (the step's reviewer only): it goes
	 * to the next step whose level has an ancestor of the report's unit, or, after the
	 * last step, it is approved and locked and its values enter the indicators.
	 */
	public ReportView approve(UnitScope scope, long id) {
		Review review = reviewable(scope, id);
		ReportView report = review.report();
		ReviewStep next = nextStep(review.form(), review.ancestors(), review.step().stepNo());
		Instant now = Instant.now();
		if (next != null) {
			this.jdbc
				.sql("update tgt_report set step_no = :step, reviewed_by = :by, reviewed_at = :at, review_note = null,"
						+ " version = version + 1 where id = :id")
				.param("id", id)
				.param("step", next.stepNo())
				.param("by", scope.username())
				.param("at", Timestamp.from(now))
				.update();
		}
		else {
			this.jdbc
				.sql("update tgt_report set status = 'APPROVED', reviewed_by = :by, reviewed_at = :at,"
						+ " review_note = null, version = version + 1 where id = :id")
				.param("id", id)
				.param("by", scope.username())
				.param("at", Timestamp.from(now))
				.update();
			writeValues(scope, report, report.lines());
		}
		recordReview(scope, review, (next != null) ? "APPROVED" : "FINAL", null, now);
		ReportView after = get(scope, id);
		this.audit.record(scope.username(), (next != null) ? "targets.report.forward" : "targets.report.approve",
				"tgt_report", String.valueOf(id), report.toString(), after.toString());
		return after;
	}

	/** The review decisions on a report in scope, oldest first. */
	@Transactional(readOnly = true)
	public List<ReviewEntry> reviews(UnitScope scope, long id) {
		get(scope, id);
		return this.jdbc.sql("select * from tgt_report_review where report_id = :r order by id")
			.param("r", id)
			.query((rs, n) -> new ReviewEntry(rs.getInt("step_no"), UnitType.valueOf(rs.getString("reviewer_type")),
					rs.getLong("reviewer_unit_id"),
					"FINAL".equals(rs.getString("action")) ? "APPROVED" : rs.getString("action"),
					"FINAL".equals(rs.getString("action")), rs.getString("note"), rs.getBoolean("on_time"),
					rs.getString("acted_by"), rs.getTimestamp("acted_at").toInstant()))
			.list();
	}

	private void recordReview(UnitScope scope, Review review, String action, @Nullable String note, Instant at) {
		LocalDate due = review.form().periodKind().dueDate(review.report().periodStart(), review.step().dueDays());
		this.jdbc
			.sql("insert into tgt_report_review (report_id, step_no, reviewer_type, reviewer_unit_id, action, note,"
					+ " on_time, acted_by, acted_at) values (:r, :step, :type, :unit, :action, :note, :onTime, :by, :at)")
			.param("r", review.report().id())
			.param("step", review.step().stepNo())
			.param("type", review.step().reviewerType().name())
			.param("unit", review.reviewerUnitId())
			.param("action", action)
			.param("note", note)
			.param("onTime", !Dates.today().isAfter(due))
			.param("by", scope.username())
			.param("at", Timestamp.from(at))
			.update();
	}

	/**
	 * The first step after {@code after} whose level has an ancestor among the unit's
	 * ancestors; null when none is left.
	 */
	private static @Nullable ReviewStep nextStep(ReportFormView form, List<UnitView> ancestors, int after) {
		for (ReviewStep step : form.steps()) {
			if (step.stepNo() > after && reviewerOf(step, ancestors) != null) {
				return step;
			}
		}
		return null;
	}

	/** The nearest ancestor of the step's level, or null. */
	private static @Nullable Long reviewerOf(ReviewStep step, List<UnitView> ancestors) {
		Long reviewer = null;
		for (UnitView ancestor : ancestors) {
			if (ancestor.type() == step.reviewerType()) {
				reviewer = ancestor.id();
			}
		}
		return reviewer;
	}

	private record Review(ReportView report, ReportFormView form, ReviewStep step, long reviewerUnitId,
			List<UnitView> ancestors) {
	}

	/**
	 * Returns a submitted report to its unit with a note (its configured reviewer only).
	 */
	public ReportView returnReport(UnitScope scope, long id, @Nullable String note) {
		String text = Input.required("note", note, 1000);
		Review review = reviewable(scope, id);
		ReportView report = review.report();
		Instant now = Instant.now();
		this.jdbc
			.sql("update tgt_report set status = 'RETURNED', reviewed_by = :by, reviewed_at = :at, review_note = :note,"
					+ " step_no = 1, version = version + 1 where id = :id")
			.param("id", id)
			.param("by", scope.username())
			.param("at", Timestamp.from(now))
			.param("note", text)
			.update();
		recordReview(scope, review, "RETURNED", text, now);
		ReportView after = get(scope, id);
		this.audit.record(scope.username(), "targets.report.return", "tgt_report", String.valueOf(id),
				report.toString(), after.toString());
		return after;
	}

	/**
	 * Corrects an approved report (a reviewer of its chain): records the reason with the
	 * state before and after, and replaces the values it brought.
	 */
	public ReportView correct(UnitScope scope, long id, Submission command) {
		Infrastructure.requireWriter(scope);
		ReportView report = get(scope, id);
		String reason = Input.required("reason", command.reason(), 1000);
		String body = Input.optional("body", command.body(), 20000);
		List<ReportLine> lines = lines(command.lines());
		if (report.status() != ReportStatus.APPROVED) {
			throw GrassrootsException.ruleOnField("status", report.status(), "targets.validation.not-approved");
		}
		ReportFormView form = form(report.formId());
		List<UnitView> ancestors = this.units.ancestors(this.units.get(scope, report.unitId()));
		if (form.steps()
			.stream()
			.noneMatch((step) -> Long.valueOf(scope.unitId()).equals(reviewerOf(step, ancestors)))) {
			throw new GrassrootsException(ProblemCode.FORBIDDEN_ACTION, "review");
		}
		this.jdbc.sql("update tgt_report set body = :body, version = version + 1 where id = :id")
			.param("id", id)
			.param("body", body)
			.update();
		replaceLines(id, lines);
		writeValues(scope, report, lines);
		ReportView after = get(scope, id);
		Keys.insert(this.jdbc
			.sql("insert into tgt_report_correction (report_id, reason, before_state, after_state, corrected_by,"
					+ " corrected_at) values (:r, :reason, :before, :after, :by, :at)")
			.param("r", id)
			.param("reason", reason)
			.param("before", report.toString())
			.param("after", after.toString())
			.param("by", scope.username())
			.param("at", Timestamp.from(Instant.now())));
		this.audit.record(scope.username(), "targets.report.correct", "tgt_report", String.valueOf(id),
				report.toString(), after.toString());
		return after;
	}

	/**
	 * A recorded correction.
	 *
	 * @param reason why
	 * @param before state before
	 * @param after state after
	 * @param correctedBy who
	 * @param correctedAt when
	 */
	public record Correction(String reason, String before, String after, String correctedBy, Instant correctedAt) {
	}

	@Transactional(readOnly = true)
	public List<Correction> corrections(UnitScope scope, long id) {
		get(scope, id);
		return this.jdbc.sql("select * from tgt_report_correction where report_id = :r order by id")
			.param("r", id)
			.query((rs, n) -> new Correction(rs.getString("reason"), rs.getString("before_state"),
					rs.getString("after_state"), rs.getString("corrected_by"),
					rs.getTimestamp("corrected_at").toInstant()))
			.list();
	}

	/** A report of a unit in scope; 404 otherwise. */
	@Transactional(readOnly = true)
	public ReportView get(UnitScope scope, long id) {
		SubtreeFilter in = this.units.subtree(scope);
		ReportView report = in.bind(this.jdbc.sql(SELECT + " where r.id = :id and " + in.condition("r.unit_id")))
			.param("id", id)
			.query((rs, n) -> report(rs, List.of()))
			.optional()
			.orElseThrow(() -> GrassrootsException.notFound("report " + id));
		return withLines(List.of(report)).get(0);
	}

	/** Reports of units in scope, newest period first. */
	@Transactional(readOnly = true)
	public PageResult<ReportView> list(UnitScope scope, @Nullable ReportStatus status, PageRequest page) {
		SubtreeFilter in = this.units.subtree(scope);
		String where = " where " + in.condition("r.unit_id") + ((status != null) ? " and r.status = :status" : "");
		JdbcClient.StatementSpec count = in.bind(this.jdbc.sql("select count(*) from tgt_report r" + where));
		JdbcClient.StatementSpec select = in
			.bind(this.jdbc
				.sql(SELECT + where + " order by r.period_start desc, r.id desc limit :limit offset :offset"))
			.param("limit", page.size())
			.param("offset", page.offset());
		if (status != null) {
			count = count.param("status", status.name());
			select = select.param("status", status.name());
		}
		List<ReportView> items = select.query((rs, n) -> report(rs, List.of())).list();
		return new PageResult<>(withLines(items), count.query(Long.class).single());
	}

	/**
	 * Completeness and timeliness of a form's reports for a period in the caller's
	 * subtree.
	 */
	@Transactional(readOnly = true)
	public Completeness completeness(UnitScope scope, long formId, @Nullable String periodStart) {
		ReportFormView form = form(formId);
		LocalDate start = Indicators.periodStart(form.periodKind(), periodStart);
		long expected = this.units.countsInScope(scope).getOrDefault(form.submitterType(), 0L);
		SubtreeFilter in = this.units.subtree(scope);
		Object[] counts = in
			.bind(this.jdbc.sql("select count(*), coalesce(sum(case when r.on_time then 1 else 0 end), 0),"
					+ " coalesce(sum(case when r.status = 'APPROVED' then 1 else 0 end), 0) from tgt_report r"
					+ " where r.form_id = :f and r.period_start = :p and r.status in ('SUBMITTED', 'APPROVED') and "
					+ in.condition("r.unit_id")))
			.param("f", formId)
			.param("p", start)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();
		return new Completeness(formId, start, form.periodKind().dueDate(start, form.dueDays()), expected,
				(Long) counts[0], (Long) counts[1], (Long) counts[2]);
	}

	/**
	 * Completeness and timeliness at every step of a form's review chain for a period:
	 * one row per reviewing unit of the step's level in the caller's subtree, on the
	 * scope's date. One statement per step, whatever the number of units.
	 */
	@Transactional(readOnly = true)
	public List<StepProgress> progress(UnitScope scope, long formId, @Nullable String periodStart) {
		ReportFormView form = form(formId);
		LocalDate start = Indicators.periodStart(form.periodKind(), periodStart);
		SubtreeFilter in = this.units.subtree(scope);
		String below = " >= a.path and %s < concat(substring(a.path, 1, length(a.path) - 1), '0')";
		List<StepProgress> rows = new ArrayList<>();
		for (ReviewStep step : form.steps()) {
			LocalDate due = form.periodKind().dueDate(start, step.dueDays());
			rows.addAll(in.bind(this.jdbc.sql("select a.unit_id, a.full_name, (select count(*) from org_unit_period s"
					+ " where s.type = :submitter and " + TargetsSql.validAt("s", "d") + " and s.path"
					+ below.formatted("s.path") + ") as expected, count(x.id),"
					+ " coalesce(sum(case when x.on_time then 1 else 0 end), 0),"
					+ " coalesce(sum(case when x.status = 'SUBMITTED' and x.step_no = :step then 1 else 0 end), 0),"
					+ " coalesce(sum(case when x.status = 'APPROVED' or x.step_no > :step then 1 else 0 end), 0),"
					+ " coalesce(sum(case when exists (select 1 from tgt_report_review v where v.report_id = x.id"
					+ " and v.step_no = :step and v.action in ('APPROVED', 'FINAL') and v.on_time = true) then 1 else 0"
					+ " end), 0) from org_unit_period a left join (select r.id, r.status, r.step_no, r.on_time, p.path"
					+ " from tgt_report r join org_unit_period p on p.unit_id = r.unit_id and "
					+ TargetsSql.validAt("p", "d") + " where r.form_id = :f and r.period_start = :p"
					+ " and r.status in ('SUBMITTED', 'APPROVED')) x on x.path" + below.formatted("x.path")
					+ " where a.type = :level and " + TargetsSql.validAt("a", "d") + " and " + in.condition("a.unit_id")
					+ " group by a.unit_id, a.full_name, a.path order by a.full_name, a.unit_id"))
				.param("submitter", form.submitterType().name())
				.param("level", step.reviewerType().name())
				.param("step", step.stepNo())
				.param("f", formId)
				.param("p", start)
				.param("d", scope.asOf())
				.query((rs, n) -> new StepProgress(step.stepNo(), step.reviewerType(), rs.getLong(1), rs.getString(2),
						due, rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
				.list());
		}
		return rows;
	}

	/**
	 * A submitted report and its current step, whose reviewer (the nearest ancestor of
	 * the step's level) must be the caller's unit.
	 */
	private Review reviewable(UnitScope scope, long id) {
		Infrastructure.requireWriter(scope);
		ReportView report = get(scope, id);
		if (report.status() != ReportStatus.SUBMITTED) {
			throw GrassrootsException.ruleOnField("status", report.status(), "targets.validation.not-submitted");
		}
		ReportFormView form = form(report.formId());
		List<UnitView> ancestors = this.units.ancestors(this.units.get(scope, report.unitId()));
		ReviewStep step = form.steps()
			.stream()
			.filter((s) -> report.step() != null && s.stepNo() == report.step())
			.findFirst()
			.orElseThrow(() -> new GrassrootsException(ProblemCode.FORBIDDEN_ACTION, "review"));
		Long reviewer = reviewerOf(step, ancestors);
		if (reviewer == null || reviewer != scope.unitId()) {
			throw new GrassrootsException(ProblemCode.FORBIDDEN_ACTION, "review");
		}
		return new Review(report, form, step, reviewer, ancestors);
	}

	private void writeValues(UnitScope scope, ReportView report, List<ReportLine> lines) {
		ReportFormView form = form(report.formId());
		for (ReportLine line : lines) {
			IndicatorView indicator = this.indicators.get(line.indicatorId());
			this.indicators.writeValue(scope.username(), indicator, report.unitId(), form.periodKind(),
					report.periodStart(), line.numerator(), line.denominator(), report.id());
		}
	}

	private List<ReportLine> lines(@Nullable List<ReportLine> raw) {
		List<ReportLine> lines = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		if (raw == null) {
			return lines;
		}
		for (int i = 0; i < raw.size(); i++) {
			ReportLine line = raw.get(i);
			String field = "lines[" + i + "]";
			IndicatorView indicator;
			try {
				indicator = this.indicators.get(line.indicatorId());
			}
			catch (GrassrootsException ex) {
				throw GrassrootsException.ruleOnField(field + ".indicatorId", line.indicatorId(),
						"targets.validation.unknown");
			}
			if (indicator.source() != IndicatorSource.REPORTED || !seen.add(indicator.id())) {
				throw GrassrootsException.ruleOnField(field + ".indicatorId", line.indicatorId(),
						"targets.validation.not-reported");
			}
			BigDecimal[] nd;
			try {
				nd = Indicators.numbers(indicator, line.numerator(), line.denominator());
			}
			catch (GrassrootsException ex) {
				String sub = ex.fieldProblems().isEmpty() ? "numerator" : ex.fieldProblems().get(0).field();
				throw GrassrootsException.badField(field + "." + sub, line.numerator(), "targets.validation.line");
			}
			lines.add(new ReportLine(indicator.id(), nd[0], nd[1]));
		}
		return lines;
	}

	private void replaceLines(long reportId, List<ReportLine> lines) {
		this.jdbc.sql("delete from tgt_report_line where report_id = :r").param("r", reportId).update();
		for (ReportLine line : lines) {
			this.jdbc
				.sql("insert into tgt_report_line (report_id, indicator_id, numerator, denominator)"
						+ " values (:r, :i, :num, :den)")
				.param("r", reportId)
				.param("i", line.indicatorId())
				.param("num", line.numerator())
				.param("den", line.denominator())
				.update();
		}
	}

	/** The reports with their lines, read in one statement. */
	private List<ReportView> withLines(List<ReportView> reports) {
		if (reports.isEmpty()) {
			return reports;
		}
		Map<Long, List<ReportLine>> lines = new HashMap<>();
		this.jdbc
			.sql("select report_id, indicator_id, numerator, denominator from tgt_report_line where report_id in (:r)"
					+ " order by report_id, indicator_id")
			.param("r", reports.stream().map(ReportView::id).toList())
			.query((rs, n) -> Map.entry(rs.getLong(1),
					new ReportLine(rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4))))
			.list()
			.forEach((e) -> lines.computeIfAbsent(e.getKey(), (k) -> new ArrayList<>()).add(e.getValue()));
		return reports.stream()
			.map((r) -> new ReportView(r.id(), r.formId(), r.formCode(), r.unitId(), r.unitName(), r.periodStart(),
					r.dueDate(), r.status(), r.body(), lines.getOrDefault(r.id(), List.of()), r.submittedBy(),
					r.submittedAt(), r.onTime(), r.reviewedBy(), r.reviewNote(), r.version(), r.step(), r.awaiting()))
			.toList();
	}

	private static ReportView report(java.sql.ResultSet rs, List<ReportLine> lines) throws java.sql.SQLException {
		PeriodKind kind = PeriodKind.valueOf(rs.getString("period_kind"));
		LocalDate start = rs.getDate("period_start").toLocalDate();
		Timestamp submitted = rs.getTimestamp("submitted_at");
		boolean onTime = rs.getBoolean("on_time");
		Boolean onTimeValue = rs.wasNull() ? null : onTime;
		String name = rs.getString("current_name");
		ReportStatus status = ReportStatus.valueOf(rs.getString("status"));
		String awaiting = rs.getString("awaiting");
		boolean waiting = status == ReportStatus.SUBMITTED;
		return new ReportView(rs.getLong("id"), rs.getLong("form_id"), rs.getString("form_code"), rs.getLong("unit_id"),
				(name != null) ? name : rs.getString("any_name"), start, kind.dueDate(start, rs.getInt("due_days")),
				status, rs.getString("body"), lines, rs.getString("submitted_by"),
				(submitted != null) ? submitted.toInstant() : null, onTimeValue, rs.getString("reviewed_by"),
				rs.getString("review_note"), rs.getInt("version"), waiting ? rs.getInt("step_no") : null,
				(waiting && awaiting != null) ? UnitType.valueOf(awaiting) : null);
	}

	private static ReportFormView form(java.sql.ResultSet rs, List<ReviewStep> steps) throws java.sql.SQLException {
		return new ReportFormView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				PeriodKind.valueOf(rs.getString("period_kind")), rs.getInt("due_days"),
				UnitType.valueOf(rs.getString("submitter_type")), UnitType.valueOf(rs.getString("reviewer_type")),
				steps);
	}

}

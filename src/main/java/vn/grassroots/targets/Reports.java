package vn.grassroots.targets;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

/**
 * Periodic reports. A unit of the form's submitting level submits; the reviewer is the
 * nearest ancestor of the report's unit of the form's reviewing level (configured on the
 * form, so that the chain follows the tree as it stands, without districts after 2025).
 * The reviewer approves (the reported values then enter the indicators) or returns it
 * with a note. An approved report is locked: it changes only through a correction with a
 * reason, which keeps the state before and after.
 */
@Service
@Transactional
public class Reports {

	private static final String SELECT = "select r.*, f.code as form_code, f.period_kind, f.due_days,"
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
	 * @param reviewerType level of the nearest ancestor that reviews
	 */
	public record NewForm(@Nullable String code, @Nullable String name, @Nullable String periodKind,
			@Nullable Integer dueDays, @Nullable String submitterType, @Nullable String reviewerType) {
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
		UnitType reviewer = Input.enumValue("reviewerType", command.reviewerType(), UnitType.class);
		if (reviewer.ordinal() >= submitter.ordinal()) {
			throw GrassrootsException.ruleOnField("reviewerType", command.reviewerType(),
					"targets.validation.reviewer-above");
		}
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
		ReportFormView form = form(id);
		this.audit.record(scope.username(), "targets.form.create", "tgt_report_form", String.valueOf(id), null,
				form.toString());
		return form;
	}

	@Transactional(readOnly = true)
	public List<ReportFormView> forms() {
		return this.jdbc.sql("select * from tgt_report_form order by code").query((rs, n) -> form(rs)).list();
	}

	@Transactional(readOnly = true)
	public ReportFormView form(long id) {
		return this.jdbc.sql("select * from tgt_report_form where id = :id")
			.param("id", id)
			.query((rs, n) -> form(rs))
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
						+ " version = version + 1 where id = :id")
				.param("id", id)
				.param("body", body)
				.param("by", scope.username())
				.param("at", Timestamp.from(now))
				.update();
		}
		else {
			id = Keys.insert(this.jdbc
				.sql("insert into tgt_report (form_id, unit_id, period_start, status, body, submitted_by, submitted_at,"
						+ " on_time, version) values (:f, :u, :p, 'SUBMITTED', :body, :by, :at, :onTime, 1)")
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
	 * Approves a submitted report (its configured reviewer only); its values enter the
	 * indicators.
	 */
	public ReportView approve(UnitScope scope, long id) {
		ReportView report = reviewable(scope, id);
		this.jdbc
			.sql("update tgt_report set status = 'APPROVED', reviewed_by = :by, reviewed_at = :at, review_note = null,"
					+ " version = version + 1 where id = :id")
			.param("id", id)
			.param("by", scope.username())
			.param("at", Timestamp.from(Instant.now()))
			.update();
		writeValues(scope, report, report.lines());
		ReportView after = get(scope, id);
		this.audit.record(scope.username(), "targets.report.approve", "tgt_report", String.valueOf(id),
				report.toString(), after.toString());
		return after;
	}

	/**
	 * Returns a submitted report to its unit with a note (its configured reviewer only).
	 */
	public ReportView returnReport(UnitScope scope, long id, @Nullable String note) {
		String text = Input.required("note", note, 1000);
		ReportView report = reviewable(scope, id);
		this.jdbc
			.sql("update tgt_report set status = 'RETURNED', reviewed_by = :by, reviewed_at = :at, review_note = :note,"
					+ " version = version + 1 where id = :id")
			.param("id", id)
			.param("by", scope.username())
			.param("at", Timestamp.from(Instant.now()))
			.param("note", text)
			.update();
		ReportView after = get(scope, id);
		this.audit.record(scope.username(), "targets.report.return", "tgt_report", String.valueOf(id),
				report.toString(), after.toString());
		return after;
	}

	/**
	 * Corrects an approved report (its reviewer or the ministry administrator): records
	 * the reason with the state before and after, and replaces the values it brought.
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
		requireReviewer(scope, report);
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
		return withLines(report);
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
		return new PageResult<>(items.stream().map(this::withLines).toList(), count.query(Long.class).single());
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

	private ReportView reviewable(UnitScope scope, long id) {
		Infrastructure.requireWriter(scope);
		ReportView report = get(scope, id);
		if (report.status() != ReportStatus.SUBMITTED) {
			throw GrassrootsException.ruleOnField("status", report.status(), "targets.validation.not-submitted");
		}
		requireReviewer(scope, report);
		return report;
	}

	/**
	 * The caller's unit must be the nearest ancestor of the configured reviewing level.
	 */
	private void requireReviewer(UnitScope scope, ReportView report) {
		ReportFormView form = form(report.formId());
		UnitView unit = this.units.get(scope, report.unitId());
		Long reviewer = null;
		for (UnitView ancestor : this.units.ancestors(unit)) {
			if (ancestor.type() == form.reviewerType()) {
				reviewer = ancestor.id();
			}
		}
		if (reviewer == null || reviewer != scope.unitId()) {
			throw new GrassrootsException(ProblemCode.FORBIDDEN_ACTION, "review");
		}
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

	private ReportView withLines(ReportView r) {
		List<ReportLine> lines = this.jdbc
			.sql("select indicator_id, numerator, denominator from tgt_report_line where report_id = :r"
					+ " order by indicator_id")
			.param("r", r.id())
			.query((rs, n) -> new ReportLine(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
			.list();
		return new ReportView(r.id(), r.formId(), r.formCode(), r.unitId(), r.unitName(), r.periodStart(), r.dueDate(),
				r.status(), r.body(), lines, r.submittedBy(), r.submittedAt(), r.onTime(), r.reviewedBy(),
				r.reviewNote(), r.version());
	}

	private static ReportView report(java.sql.ResultSet rs, List<ReportLine> lines) throws java.sql.SQLException {
		PeriodKind kind = PeriodKind.valueOf(rs.getString("period_kind"));
		LocalDate start = rs.getDate("period_start").toLocalDate();
		Timestamp submitted = rs.getTimestamp("submitted_at");
		boolean onTime = rs.getBoolean("on_time");
		Boolean onTimeValue = rs.wasNull() ? null : onTime;
		String name = rs.getString("current_name");
		return new ReportView(rs.getLong("id"), rs.getLong("form_id"), rs.getString("form_code"), rs.getLong("unit_id"),
				(name != null) ? name : rs.getString("any_name"), start, kind.dueDate(start, rs.getInt("due_days")),
				ReportStatus.valueOf(rs.getString("status")), rs.getString("body"), lines, rs.getString("submitted_by"),
				(submitted != null) ? submitted.toInstant() : null, onTimeValue, rs.getString("reviewed_by"),
				rs.getString("review_note"), rs.getInt("version"));
	}

	private static ReportFormView form(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new ReportFormView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				PeriodKind.valueOf(rs.getString("period_kind")), rs.getInt("due_days"),
				UnitType.valueOf(rs.getString("submitter_type")), UnitType.valueOf(rs.getString("reviewer_type")));
	}

}

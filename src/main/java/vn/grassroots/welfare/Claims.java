package vn.grassroots.welfare;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.organisation.SubtreeFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.personnel.HolidayService;
import vn.grassroots.personnel.WorkingCalendar;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.ProblemCode;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;
import vn.grassroots.welfare.ClaimView.ClaimKind;
import vn.grassroots.welfare.ClaimView.ClaimStatus;
import vn.grassroots.welfare.ClaimView.Exclusion;
import vn.grassroots.welfare.internal.In;

/**
 * Claims for illness, accident or death on duty, following {@link ClaimRules}: received
 * with the dossier checklist and amounts from the province's policy in force on the day
 * of the event; appraised (a complete dossier; an ineligible claim is refused in writing
 * with the reason); decided; paid. The statutory time limits run on the working-day
 * calendar of the personnel module; a claim past its limit is flagged overdue.
 */
@Service
@Transactional
public class Claims {

	private final JdbcClient jdbc;

	private final UnitQueries units;

	private final AuditTrail audit;

	private final Policies policies;

	private final HolidayService holidays;

	Claims(JdbcClient jdbc, UnitQueries units, AuditTrail audit, Policies policies, HolidayService holidays) {
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
		this.policies = policies;
		this.holidays = holidays;
	}

	/**
	 * A claim as received.
	 *
	 * @param memberId member (in scope)
	 * @param kind ILLNESS, ACCIDENT or DEATH
	 * @param eventDate day of the event
	 * @param receivedOn day the dossier was received (default today)
	 * @param onDuty on duty at the time
	 * @param hasBhyt covered by BHYT
	 * @param hasBhxh covered by BHXH
	 * @param exclusion SELF_HARM, PERSONAL_CONFLICT or ALCOHOL_DRUGS, or empty
	 * @param hasApplication application present
	 * @param hasDischargePaper hospital discharge paper present
	 * @param hasReceipts payment receipts present
	 * @param hasDeathCertificate death certificate present
	 * @param medicalCosts medical costs on the receipts
	 * @param inpatientDays inpatient days
	 * @param lostCapacity degree of lost working capacity in percent (DISABILITY, 0 to
	 * 100)
	 * @param hasAssessmentRecord record of the Medical Assessment Council present
	 * (DISABILITY)
	 */
	public record NewClaim(@Nullable Long memberId, @Nullable String kind, @Nullable String eventDate,
			@Nullable String receivedOn, @Nullable Boolean onDuty, @Nullable Boolean hasBhyt, @Nullable Boolean hasBhxh,
			@Nullable String exclusion, @Nullable Boolean hasApplication, @Nullable Boolean hasDischargePaper,
			@Nullable Boolean hasReceipts, @Nullable Boolean hasDeathCertificate, @Nullable Long medicalCosts,
			@Nullable Integer inpatientDays, @Nullable Integer lostCapacity, @Nullable Boolean hasAssessmentRecord) {
	}

	/**
	 * A step of the workflow.
	 *
	 * @param on day of the step (default today)
	 * @param decisionNumber number of the payment decision (decide)
	 * @param method BANK, POST or CASH (pay)
	 * @param reference payment reference (pay)
	 */
	public record Step(@Nullable String on, @Nullable String decisionNumber, @Nullable String method,
			@Nullable String reference) {
	}

	/** Payment methods. */
	public enum PaymentMethod {

		BANK, POST, CASH

	}

	/** Receives a claim of a member in scope. */
	public ClaimView receive(UnitScope scope, NewClaim command) {
		requireWriter(scope);
		if (command.memberId() == null) {
			throw GrassrootsException.badField("memberId", null, "validation.required");
		}
		long memberId = command.memberId();
		ClaimKind kind = In.enumValue("kind", command.kind(), ClaimKind.class);
		LocalDate event = In.date("eventDate", command.eventDate());
		LocalDate received = (command.receivedOn() == null || command.receivedOn().isBlank()) ? Dates.today()
				: In.date("receivedOn", command.receivedOn());
		if (received.isBefore(event)) {
			throw GrassrootsException.ruleOnField("receivedOn", command.receivedOn(), "validation.min", event);
		}
		String exclusion = (command.exclusion() == null || command.exclusion().isBlank()) ? null
				: In.enumValue("exclusion", command.exclusion(), Exclusion.class).name();
		long medical = In.nonNegative("medicalCosts", (command.medicalCosts() != null) ? command.medicalCosts() : 0L);
		int days = In.range("inpatientDays", (command.inpatientDays() != null) ? command.inpatientDays() : 0, 0, 3650);
		SubtreeFilter in = this.units.subtree(scope);
		Long communeId = in
			.bind(this.jdbc
				.sql("select m.commune_id from per_member m where m.id = :id and " + in.condition("m.commune_id")))
			.param("id", memberId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> GrassrootsException.notFound("member " + memberId));
		UnitView commune = this.units.get(scope, communeId);
		long provinceId = this.units.ancestors(commune)
			.stream()
			.filter((u) -> u.type() == UnitType.PROVINCE)
			.map(UnitView::id)
			.findFirst()
			.orElse(0L);
		PolicyView policy = this.policies.governing(communeId, provinceId, event)
			.orElseThrow(() -> GrassrootsException.ruleOnField("eventDate", command.eventDate(),
					"welfare.validation.no-policy"));
		long death = (kind == ClaimKind.DEATH) ? policy.deathBenefit() : 0;
		long funeral = (kind == ClaimKind.DEATH) ? policy.funeralAllowance() : 0;
		int lost = In.range("lostCapacity", (command.lostCapacity() != null) ? command.lostCapacity() : 0, 0, 100);
		if (kind == ClaimKind.DISABILITY && command.lostCapacity() == null) {
			throw GrassrootsException.badField("lostCapacity", null, "validation.required");
		}
		long disability = (kind == ClaimKind.DISABILITY)
				? AllowanceRules.disabilityAllowance(lost, policy.disabilityBase(), policy.disabilityStep()) : 0;
		long amount = ClaimRules.amount(kind, medical, days, policy.mealPerDay(), death, funeral) + disability;
		long id = In.insert(this.jdbc
			.sql("insert into wel_claim (commune_id, member_id, kind, event_date, on_duty,"
					+ " has_bhyt, has_bhxh, exclusion, has_application, has_discharge_paper, has_receipts,"
					+ " has_death_certificate, medical_costs, inpatient_days, meal_per_day, death_benefit,"
					+ " funeral_allowance, amount, status, received_on, created_by, created_at, lost_capacity,"
					+ " has_assessment_record, disability_amount) values (:c, :m, :k, :e,"
					+ " :duty, :bhyt, :bhxh, :ex, :app, :dis, :rec, :dc, :med, :days, :meal, :death, :fun, :amount,"
					+ " 'RECEIVED', :received, :by, :at, :lost, :ar, :dsa)")
			.param("lost", lost)
			.param("ar", In.flag(command.hasAssessmentRecord()))
			.param("dsa", disability)
			.param("c", communeId)
			.param("m", memberId)
			.param("k", kind.name())
			.param("e", event)
			.param("duty", In.flag(command.onDuty()))
			.param("bhyt", In.flag(command.hasBhyt()))
			.param("bhxh", In.flag(command.hasBhxh()))
			.param("ex", exclusion, java.sql.Types.VARCHAR)
			.param("app", In.flag(command.hasApplication()))
			.param("dis", In.flag(command.hasDischargePaper()))
			.param("rec", In.flag(command.hasReceipts()))
			.param("dc", In.flag(command.hasDeathCertificate()))
			.param("med", medical)
			.param("days", days)
			.param("meal", policy.mealPerDay())
			.param("death", death)
			.param("fun", funeral)
			.param("amount", amount)
			.param("received", received)
			.param("by", scope.username())
			.param("at", Timestamp.from(Instant.now())));
		ClaimView view = load(id);
		this.audit.record(scope.username(), "welfare.claim.receive", "wel_claim", String.valueOf(id), null,
				view.toString());
		return view;
	}

	/**
	 * Appraises a received claim: a dossier with missing documents is refused (422 on
	 * {@code dossier}); an ineligible claim becomes REFUSED with its reason.
	 */
	public ClaimView appraise(UnitScope scope, long id, Step step) {
		requireWriter(scope);
		ClaimView claim = get(scope, id);
		requireStatus(claim, ClaimStatus.RECEIVED);
		if (!claim.missingDocuments().isEmpty()) {
			throw GrassrootsException.ruleOnField("dossier", String.join(",", claim.missingDocuments()),
					"welfare.validation.dossier");
		}
		LocalDate on = day("on", step.on(), claim.receivedOn());
		ClaimStatus next = (claim.ineligibility() != null) ? ClaimStatus.REFUSED : ClaimStatus.APPRAISED;
		this.jdbc
			.sql("update wel_claim set status = :s, appraised_on = :on, refusal_reason = :r where id = :id"
					+ " and status = 'RECEIVED'")
			.param("s", next.name())
			.param("on", on)
			.param("r", claim.ineligibility(), java.sql.Types.VARCHAR)
			.param("id", id)
			.update();
		return audited(scope, "welfare.claim.appraise", claim);
	}

	/** Records the payment decision of an appraised claim (commune chief or above). */
	public ClaimView decide(UnitScope scope, long id, Step step) {
		if (!scope.has(Role.COMMUNE_CHIEF) && !scope.has(Role.PROVINCIAL_OFFICER) && !scope.has(Role.MINISTRY_ADMIN)) {
			throw new GrassrootsException(ProblemCode.FORBIDDEN_ACTION, Role.COMMUNE_CHIEF.name());
		}
		ClaimView claim = get(scope, id);
		requireStatus(claim, ClaimStatus.APPRAISED);
		String number = In.required("decisionNumber", step.decisionNumber(), 60);
		LocalDate on = day("on", step.on(), (claim.appraisedOn() != null) ? claim.appraisedOn() : claim.receivedOn());
		this.jdbc
			.sql("update wel_claim set status = 'DECIDED', decided_on = :on, decision_number = :n where id = :id"
					+ " and status = 'APPRAISED'")
			.param("on", on)
			.param("n", number)
			.param("id", id)
			.update();
		return audited(scope, "welfare.claim.decide", claim);
	}

	/** Records the payment of a decided claim. */
	public ClaimView pay(UnitScope scope, long id, Step step) {
		requireWriter(scope);
		ClaimView claim = get(scope, id);
		requireStatus(claim, ClaimStatus.DECIDED);
		PaymentMethod method = In.enumValue("method", step.method(), PaymentMethod.class);
		String reference = In.optional("reference", step.reference(), 100);
		LocalDate on = day("on", step.on(), (claim.decidedOn() != null) ? claim.decidedOn() : claim.receivedOn());
		this.jdbc
			.sql("update wel_claim set status = 'PAID', paid_on = :on, payment_method = :m, payment_reference = :r"
					+ " where id = :id and status = 'DECIDED'")
			.param("on", on)
			.param("m", method.name())
			.param("r", reference, java.sql.Types.VARCHAR)
			.param("id", id)
			.update();
		return audited(scope, "welfare.claim.pay", claim);
	}

	/** A claim in scope; 404 otherwise. */
	@Transactional(readOnly = true)
	public ClaimView get(UnitScope scope, long id) {
		SubtreeFilter in = this.units.subtree(scope);
		WorkingCalendar calendar = this.holidays.calendar();
		return in.bind(this.jdbc.sql(SELECT + " where c.id = :id and " + in.condition("c.commune_id")))
			.param("id", id)
			.query((rs, n) -> claim(rs, calendar))
			.optional()
			.orElseThrow(() -> GrassrootsException.notFound("claim " + id));
	}

	/**
	 * A member to pick in a form.
	 *
	 * @param id id
	 * @param fullName name
	 */
	public record MemberOption(long id, String fullName) {
	}

	/** Members in scope (at most 500, by name), for the claim form. */
	@Transactional(readOnly = true)
	public java.util.List<MemberOption> members(UnitScope scope) {
		SubtreeFilter in = this.units.subtree(scope);
		return in
			.bind(this.jdbc.sql("select m.id, m.full_name from per_member m where " + in.condition("m.commune_id")
					+ " order by m.full_name, m.id limit 500"))
			.query((rs, n) -> new MemberOption(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** Claims in scope, latest first. */
	@Transactional(readOnly = true)
	public PageResult<ClaimView> list(UnitScope scope, PageRequest page) {
		SubtreeFilter in = this.units.subtree(scope);
		WorkingCalendar calendar = this.holidays.calendar();
		long total = in.bind(this.jdbc.sql("select count(*) from wel_claim c where " + in.condition("c.commune_id")))
			.query(Long.class)
			.single();
		return new PageResult<>(in
			.bind(this.jdbc.sql(SELECT + " where " + in.condition("c.commune_id")
					+ " order by c.received_on desc, c.id desc limit :limit offset :offset"))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> claim(rs, calendar))
			.list(), total);
	}

	private ClaimView audited(UnitScope scope, String action, ClaimView before) {
		ClaimView after = load(before.id());
		this.audit.record(scope.username(), action, "wel_claim", String.valueOf(before.id()), before.status().name(),
				after.toString());
		return after;
	}

	private ClaimView load(long id) {
		WorkingCalendar calendar = this.holidays.calendar();
		return this.jdbc.sql(SELECT + " where c.id = :id")
			.param("id", id)
			.query((rs, n) -> claim(rs, calendar))
			.single();
	}

	private static LocalDate day(String field, @Nullable String raw, LocalDate notBefore) {
		LocalDate day = (raw == null || raw.isBlank()) ? Dates.today() : In.date(field, raw);
		if (day.isBefore(notBefore)) {
			throw GrassrootsException.ruleOnField(field, raw, "validation.min", notBefore);
		}
		return day;
	}

	private static void requireStatus(ClaimView claim, ClaimStatus expected) {
		if (claim.status() != expected) {
			throw GrassrootsException.ruleOnField("status", claim.status().name(), "welfare.validation.claim-state",
					claim.status().name());
		}
	}

	private static void requireWriter(UnitScope scope) {
		if (!scope.canWrite()) {
			throw new GrassrootsException(ProblemCode.FORBIDDEN_ACTION, "WRITE");
		}
	}

	private static final String SELECT = "select c.*, m.full_name from wel_claim c join per_member m on m.id = c.member_id";

	private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		java.sql.Date d = rs.getDate(column);
		return (d != null) ? d.toLocalDate() : null;
	}

	private static ClaimView claim(ResultSet rs, WorkingCalendar calendar) throws SQLException {
		ClaimKind kind = ClaimKind.valueOf(rs.getString("kind"));
		ClaimStatus status = ClaimStatus.valueOf(rs.getString("status"));
		LocalDate received = rs.getDate("received_on").toLocalDate();
		LocalDate appraised = date(rs, "appraised_on");
		LocalDate due = ClaimRules.due(calendar, status, received, appraised);
		boolean onDuty = rs.getBoolean("on_duty");
		boolean bhyt = rs.getBoolean("has_bhyt");
		boolean bhxh = rs.getBoolean("has_bhxh");
		String exclusion = rs.getString("exclusion");
		return new ClaimView(rs.getLong("id"), rs.getLong("commune_id"), rs.getLong("member_id"),
				rs.getString("full_name"), kind, rs.getDate("event_date").toLocalDate(), onDuty, bhyt, bhxh, exclusion,
				ClaimRules.missing(kind, rs.getBoolean("has_application"), rs.getBoolean("has_discharge_paper"),
						rs.getBoolean("has_receipts"), rs.getBoolean("has_death_certificate"),
						rs.getBoolean("has_assessment_record")),
				ClaimRules.ineligibility(kind, onDuty, bhyt, bhxh, exclusion, rs.getInt("lost_capacity")),
				rs.getLong("medical_costs"), rs.getInt("inpatient_days"), rs.getLong("meal_per_day"),
				rs.getLong("death_benefit"), rs.getLong("funeral_allowance"), rs.getLong("amount"), status, received,
				appraised, date(rs, "decided_on"), rs.getString("decision_number"), date(rs, "paid_on"),
				rs.getString("payment_method"), rs.getString("payment_reference"), rs.getString("refusal_reason"), due,
				due != null && Dates.today().isAfter(due), rs.getInt("lost_capacity"), rs.getLong("disability_amount"));
	}

}

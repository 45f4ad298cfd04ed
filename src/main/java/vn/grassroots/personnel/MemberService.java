package vn.grassroots.personnel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import vn.grassroots.shared.FieldProblem;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.Masking;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.TextFolding;
import vn.grassroots.shared.UnitScope;

/**
 * Members of the grassroots force: registration, reads as of a date (citizen id and phone
 * masked unless a permitted role asks to reveal them, which is audited), and status
 * changes over time. Members belong to the commune police unit of their village of
 * residence; everything is limited to the caller's subtree, outside it answers 404.
 */
@Service
@Transactional
public class MemberService {

	static final String SELECT = "select m.id, m.commune_id, m.full_name, m.birth_date, m.sex, m.citizen_id, m.phone,"
			+ " m.residence_village_id, vp.full_name as village_name, m.residence_since, m.education,"
			+ " m.health_certificate_on, m.previous_service,"
			+ " (select s.status from per_member_status s where s.member_id = m.id and s.valid_from <= :d"
			+ " order by s.valid_from desc, s.id desc limit 1) as status,"
			+ " (select s.valid_from from per_member_status s where s.member_id = m.id and s.valid_from <= :d"
			+ " order by s.valid_from desc, s.id desc limit 1) as status_since,"
			+ " ms.team_id, tp.full_name as team_name, ms.position from per_member m"
			+ " left join org_unit_period vp on vp.unit_id = m.residence_village_id and " + valid("vp")
			+ " left join per_membership ms on ms.member_id = m.id and ms.valid_from <= :d"
			+ " and (ms.valid_to is null or ms.valid_to > :d)"
			+ " left join org_unit_period tp on tp.unit_id = ms.team_id and " + valid("tp");

	private final JdbcClient jdbc;

	private final UnitQueries units;

	private final AuditTrail audit;

	private final HolidayService holidays;

	MemberService(JdbcClient jdbc, UnitQueries units, AuditTrail audit, HolidayService holidays) {
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
		this.holidays = holidays;
	}

	static String valid(String a) {
		return "(" + a + ".valid_from is null or " + a + ".valid_from <= :d) and (" + a + ".valid_to is null or " + a
				+ ".valid_to > :d)";
	}

	/**
	 * Registers an applicant; answers the new id. 422 naming each bad field (citizen id
	 * not matching birth date and sex, village not a village, ...), 404 for a village
	 * outside the scope.
	 */
	public long register(UnitScope scope, NewMember member) {
		PersonnelAccess.requireWrite(scope);
		List<FieldProblem> problems = new ArrayList<>();
		String name = PersonnelAccess.required("fullName", member.fullName(), problems);
		validateCitizenId(member.citizenId(), member.birthDate(), member.sex(), problems);
		UnitView village = this.units.get(scope, member.residenceVillageId());
		if (village.type() != UnitType.VILLAGE || village.parentId() == null) {
			problems.add(new FieldProblem("residenceVillageId", member.residenceVillageId(),
					"personnel.member.village-type"));
		}
		if (member.birthDate().isAfter(member.registeredOn())) {
			problems.add(new FieldProblem("birthDate", member.birthDate(), "personnel.member.birth-future"));
		}
		String phone = PersonnelAccess.blankToNull(member.phone());
		if (phone != null && !phone.matches("\\+?\\d{9,12}")) {
			problems.add(new FieldProblem("phone", Masking.keepLast(phone, 3), "personnel.member.phone"));
		}
		PersonnelAccess.refuseIfAny(problems);
		if (citizenIdTaken(member.citizenId())) {
			throw GrassrootsException.ruleOnField("citizenId", CitizenId.mask(member.citizenId()),
					"personnel.citizen-id.taken");
		}
		long communeId = java.util.Objects.requireNonNull(village.parentId());
		long id = insert(communeId, member, name, phone, scope.username(), false);
		insertStatus(id, MemberStatus.APPLICANT, member.registeredOn(), null, null, null, Posting.NONE,
				scope.username());
		this.audit.record(scope.username(), "personnel.member.register", "member", String.valueOf(id), null,
				name + ", " + CitizenId.mask(member.citizenId()));
		return id;
	}

	static void validateCitizenId(@Nullable String citizenId, LocalDate birthDate, Sex sex,
			List<FieldProblem> problems) {
		CitizenId.problem(citizenId, birthDate, sex)
			.ifPresent((key) -> problems
				.add(new FieldProblem("citizenId", (citizenId != null) ? CitizenId.mask(citizenId) : null, key)));
	}

	private boolean citizenIdTaken(String citizenId) {
		return this.jdbc.sql("select count(*) from per_member where citizen_id = :c")
			.param("c", citizenId)
			.query(Long.class)
			.single() > 0;
	}

	long insert(long communeId, NewMember m, String name, @Nullable String phone, String actor, boolean demo) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into per_member (commune_id, full_name, search_name, birth_date, sex, citizen_id, phone,"
				+ " residence_village_id, residence_since, education, health_certificate_on, previous_service, demo,"
				+ " created_by, created_at) values (:c, :n, :s, :b, :sex, :cid, :ph, :v, :rs, :e, :h, :ps, :demo,"
				+ " :by, :at)")
			.param("c", communeId)
			.param("n", name)
			.param("s", TextFolding.fold(name))
			.param("b", m.birthDate())
			.param("sex", m.sex().name())
			.param("cid", m.citizenId())
			.param("ph", phone)
			.param("v", m.residenceVillageId())
			.param("rs", m.residenceSince())
			.param("e", m.education().name())
			.param("h", m.healthCertificateOn())
			.param("ps", PersonnelAccess.blankToNull(m.previousService()))
			.param("demo", demo)
			.param("by", actor)
			.param("at", Timestamp.from(Instant.now()))
			.update(keys, "id");
		return java.util.Objects.requireNonNull(keys.getKey()).longValue();
	}

	void insertStatus(long memberId, MemberStatus status, LocalDate from, @Nullable TerminationGround ground,
			@Nullable String note, @Nullable Decision decision, Posting posting, String actor) {
		insertStatus(memberId, status, from, ground, note, decision, posting, actor, null);
	}

	void insertStatus(long memberId, MemberStatus status, LocalDate from, @Nullable TerminationGround ground,
			@Nullable String note, @Nullable Decision decision, Posting posting, String actor,
			@Nullable LocalDate requestedOn) {
		this.jdbc.sql("insert into per_member_status (member_id, status, valid_from, ground, note, decision_number,"
				+ " decision_date, decision_signer, posted_place, posted_on, recorded_by, recorded_at, requested_on)"
				+ " values (:m, :s, :f, :g, :n, :dn, :dd, :ds, :pp, :po, :by, :at, :rq)")
			.param("m", memberId)
			.param("s", status.name())
			.param("f", from)
			.param("g", (ground != null) ? ground.name() : null)
			.param("n", note)
			.param("dn", (decision != null) ? decision.number() : null)
			.param("dd", (decision != null) ? decision.date() : null)
			.param("ds", (decision != null) ? decision.signer() : null)
			.param("pp", posting.place())
			.param("po", posting.on())
			.param("by", actor)
			.param("at", Timestamp.from(Instant.now()))
			.param("rq", requestedOn)
			.update();
	}

	/**
	 * One page of members in scope on the scope's date. With {@code reveal}, citizen ids
	 * and phones are shown in full: this needs a permitted role (else 403) and is
	 * audited.
	 */
	@Transactional
	public PageResult<MemberView> list(UnitScope scope, MemberFilter filter, PageRequest page, boolean reveal) {
		if (reveal) {
			PersonnelAccess.requireReveal(scope);
		}
		SubtreeFilter in = this.units.subtree(scope);
		StringBuilder where = new StringBuilder(" where " + in.condition("m.commune_id"));
		String folded = (filter.query() != null) ? TextFolding.fold(filter.query()) : "";
		if (!folded.isEmpty()) {
			where.append(" and m.search_name like :q");
		}
		if (filter.teamId() != null) {
			where.append(" and ms.team_id = :team");
		}
		String sql = SELECT + where;
		if (filter.status() != null) {
			sql = "select * from (" + sql + ") x where x.status = :status";
		}
		else {
			sql = "select * from (" + sql + ") x";
		}
		long total = bindFilter(this.jdbc.sql("select count(*) from (" + sql + ") c"), scope, in, filter, folded)
			.query(Long.class)
			.single();
		List<MemberView> items = bindFilter(
				this.jdbc.sql(sql + " order by x.full_name, x.id limit :limit offset :offset"), scope, in, filter,
				folded)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> view(rs, reveal))
			.list();
		if (reveal && !items.isEmpty()) {
			this.audit.record(scope.username(), "personnel.member.reveal", "member",
					items.stream().map((m) -> String.valueOf(m.id())).reduce((a, b) -> a + "," + b).orElse(""), null,
					"list of " + items.size());
		}
		return new PageResult<>(items, total);
	}

	private static JdbcClient.StatementSpec bindFilter(JdbcClient.StatementSpec spec, UnitScope scope, SubtreeFilter in,
			MemberFilter filter, String folded) {
		JdbcClient.StatementSpec result = in.bind(spec).param("d", scope.asOf());
		if (!folded.isEmpty()) {
			result = result.param("q", "%" + folded.replace("%", "").replace("_", "") + "%");
		}
		if (filter.teamId() != null) {
			result = result.param("team", filter.teamId());
		}
		if (filter.status() != null) {
			result = result.param("status", filter.status().name());
		}
		return result;
	}

	/**
	 * The member on the scope's date; 404 when absent or outside the scope. With
	 * {@code reveal}, see {@link #list}.
	 */
	public MemberView get(UnitScope scope, long id, boolean reveal) {
		if (reveal) {
			PersonnelAccess.requireReveal(scope);
		}
		MemberView member = find(scope, id, reveal).orElseThrow(() -> GrassrootsException.notFound("member " + id));
		if (reveal) {
			this.audit.record(scope.username(), "personnel.member.reveal", "member", String.valueOf(id), null,
					"citizen id and phone");
		}
		return member;
	}

	Optional<MemberView> find(UnitScope scope, long id, boolean reveal) {
		SubtreeFilter in = this.units.subtree(scope);
		return in.bind(this.jdbc.sql(SELECT + " where m.id = :id and " + in.condition("m.commune_id")))
			.param("id", id)
			.param("d", scope.asOf())
			.query((rs, n) -> view(rs, reveal))
			.optional();
	}

	/** The member's statuses, oldest first; 404 outside the scope. */
	@Transactional(readOnly = true)
	public List<StatusEntry> statuses(UnitScope scope, long id) {
		find(scope, id, false).orElseThrow(() -> GrassrootsException.notFound("member " + id));
		WorkingCalendar calendar = this.holidays.calendar();
		return this.jdbc.sql("select * from per_member_status where member_id = :id order by valid_from, id")
			.param("id", id)
			.query((rs, n) -> {
				MemberStatus status = MemberStatus.valueOf(rs.getString("status"));
				LocalDate requested = date(rs, "requested_on");
				LocalDate decided = date(rs, "decision_date");
				LocalDate due = null;
				if (requested != null && status == MemberStatus.RESIGNED) {
					due = StatutoryLimit.RESIGNATION_DECISION.due(calendar, requested);
				}
				else if (requested != null && status == MemberStatus.TERMINATED) {
					due = StatutoryLimit.TERMINATION_DECISION.due(calendar, requested);
				}
				return new StatusEntry(status, rs.getDate("valid_from").toLocalDate(),
						(rs.getString("ground") != null) ? TerminationGround.valueOf(rs.getString("ground")) : null,
						rs.getString("note"), rs.getString("decision_number"), decided, rs.getString("decision_signer"),
						rs.getString("posted_place"), date(rs, "posted_on"), rs.getString("recorded_by"), requested,
						due, due != null && decided != null && decided.isAfter(due));
			})
			.list();
	}

	/** The member's team assignments, oldest first; 404 outside the scope. */
	@Transactional(readOnly = true)
	public List<MembershipEntry> memberships(UnitScope scope, long id) {
		find(scope, id, false).orElseThrow(() -> GrassrootsException.notFound("member " + id));
		return this.jdbc.sql(TeamService.MEMBERSHIPS + " where ms.member_id = :id order by ms.valid_from, ms.id")
			.param("id", id)
			.query(TeamService::membership)
			.list();
	}

	/**
	 * Changes the member's status from a date. 422 when the transition is not allowed
	 * (e.g. from TERMINATED), when a termination lacks its ground, or when the decision
	 * is missing. Termination and resignation end the member's team assignment on that
	 * day.
	 */
	public void changeStatus(UnitScope scope, long id, StatusChange change) {
		PersonnelAccess.requireWrite(scope);
		MemberView member = find(scope, id, false).orElseThrow(() -> GrassrootsException.notFound("member " + id));
		LocalDate last = lastStatusDate(id);
		MemberStatus current = statusOn(id, change.from());
		List<FieldProblem> problems = new ArrayList<>();
		if (last != null && change.from().isBefore(last)) {
			problems.add(new FieldProblem("from", change.from(), "personnel.member.status-before-last", last));
		}
		if (current == null || !current.next().contains(change.status())) {
			problems.add(new FieldProblem("status", change.status(), "personnel.member.transition",
					(current != null) ? current.name() : "-", change.status().name()));
		}
		if (change.status() == MemberStatus.TERMINATED && change.ground() == null) {
			problems.add(new FieldProblem("ground", null, "personnel.member.ground-required"));
		}
		TerminationGround ground = (change.status() == MemberStatus.RESIGNED) ? TerminationGround.A : change.ground();
		if (change.status() != MemberStatus.SUSPENDED && change.status() != MemberStatus.APPLICANT
				&& change.status() != MemberStatus.SELECTED) {
			validateDecision(change.decision(), problems);
		}
		PersonnelAccess.refuseIfAny(problems);
		if (change.requestedOn() != null && change.decision() != null
				&& change.requestedOn().isAfter(change.decision().date())) {
			throw GrassrootsException.ruleOnField("requestedOn", change.requestedOn(),
					"personnel.member.request-after-decision");
		}
		insertStatus(id, change.status(), change.from(), ground, PersonnelAccess.blankToNull(change.note()),
				change.decision(), change.posting(), scope.username(), change.requestedOn());
		if (change.status() == MemberStatus.TERMINATED || change.status() == MemberStatus.RESIGNED) {
			this.jdbc
				.sql("update per_membership set valid_to = :d where member_id = :id and valid_from < :d"
						+ " and (valid_to is null or valid_to > :d)")
				.param("d", change.from())
				.param("id", id)
				.update();
		}
		this.audit.record(scope.username(), "personnel.member.status", "member", String.valueOf(id),
				(current != null) ? current.name() : null, change.status() + " from " + change.from()
						+ ((ground != null) ? " ground " + ground : "") + " " + member.fullName());
	}

	static void validateDecision(@Nullable Decision decision, List<FieldProblem> problems) {
		if (decision == null) {
			problems.add(new FieldProblem("decision.number", null, "validation.required"));
			return;
		}
		PersonnelAccess.required("decision.number", decision.number(), problems);
		PersonnelAccess.required("decision.signer", decision.signer(), problems);
	}

	@Nullable LocalDate lastStatusDate(long memberId) {
		return this.jdbc.sql("select max(valid_from) from per_member_status where member_id = :id")
			.param("id", memberId)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
	}

	/** The member's status on the date, null before the first. */
	@Nullable MemberStatus statusOn(long memberId, LocalDate date) {
		return this.jdbc
			.sql("select status from per_member_status where member_id = :id and valid_from <= :d"
					+ " order by valid_from desc, id desc limit 1")
			.param("id", memberId)
			.param("d", date)
			.query(String.class)
			.optional()
			.map(MemberStatus::valueOf)
			.orElse(null);
	}

	static MemberView view(ResultSet rs, boolean reveal) throws SQLException {
		String citizenId = rs.getString("citizen_id");
		String phone = rs.getString("phone");
		long village = rs.getLong("residence_village_id");
		Long villageId = rs.wasNull() ? null : village;
		long team = rs.getLong("team_id");
		Long teamId = rs.wasNull() ? null : team;
		String status = rs.getString("status");
		String position = rs.getString("position");
		String education = rs.getString("education");
		return new MemberView(rs.getLong("id"), rs.getLong("commune_id"), rs.getString("full_name"),
				rs.getDate("birth_date").toLocalDate(), Sex.valueOf(rs.getString("sex")),
				reveal ? citizenId : CitizenId.mask(citizenId),
				(phone == null) ? null : (reveal ? phone : Masking.keepLast(phone, 3)), villageId,
				rs.getString("village_name"), date(rs, "residence_since"), Education.valueOf(education),
				date(rs, "health_certificate_on"), rs.getString("previous_service"),
				(status != null) ? MemberStatus.valueOf(status) : null, date(rs, "status_since"), teamId,
				rs.getString("team_name"), (position != null) ? TeamPosition.valueOf(position) : null, reveal);
	}

	static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		java.sql.Date d = rs.getDate(column);
		return (d != null) ? d.toLocalDate() : null;
	}

}

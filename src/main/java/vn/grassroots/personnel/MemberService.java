package vn.grassroots.personnel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
import vn.grassroots.shared.Cursor;
import vn.grassroots.shared.FieldProblem;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.Masking;
import vn.grassroots.shared.SeekPage;
import vn.grassroots.shared.SeekRequest;
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

	/**
	 * Scopes with at most this many units (a commune with its villages and teams) read
	 * their members commune by commune; larger ones walk the name index.
	 */
	static final int SMALL_SCOPE = 1000;

	/**
	 * The member's status on {@code :d}: the latest status row is kept on the member
	 * ({@code status}, {@code status_since}, written with every status row), which holds
	 * on any date from {@code status_since} on; before it (a past date, or a change
	 * recorded ahead of its date) the status rows are read.
	 */
	static final String STATUS_ON = "case when m.status_since <= :d then m.status else (" + statusRow("status")
			+ ") end";

	static final String STATUS_SINCE_ON = "case when m.status_since <= :d then m.status_since else ("
			+ statusRow("valid_from") + ") end";

	static final String COLUMNS = "m.id, m.commune_id, m.full_name, m.birth_date, m.sex, m.citizen_id, m.phone,"
			+ " m.residence_village_id, vp.full_name as village_name, m.residence_since, m.education,"
			+ " m.health_certificate_on, m.previous_service, " + STATUS_ON + " as status, " + STATUS_SINCE_ON
			+ " as status_since, ms.team_id, tp.full_name as team_name, ms.position";

	static final String JOINS = " left join org_unit_period vp on vp.unit_id = m.residence_village_id and "
			+ valid("vp") + " left join per_membership ms on ms.member_id = m.id and ms.valid_from <= :d"
			+ " and (ms.valid_to is null or ms.valid_to > :d)"
			+ " left join org_unit_period tp on tp.unit_id = ms.team_id and " + valid("tp");

	static final String SELECT = "select " + COLUMNS + " from per_member m" + JOINS;

	private static String statusRow(String column) {
		return "select s." + column + " from per_member_status s where s.member_id = m.id and s.valid_from <= :d"
				+ " order by s.valid_from desc, s.id desc limit 1";
	}

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
		// the latest row (also when this one was dated before it) is kept on the member
		// for the lists
		this.jdbc
			.sql("update per_member set status = (" + latestStatus("status") + "), status_since = ("
					+ latestStatus("valid_from") + ") where id = :m")
			.param("m", memberId)
			.update();
	}

	private static String latestStatus(String column) {
		return "select s." + column + " from per_member_status s where s.member_id = :m"
				+ " order by s.valid_from desc, s.id desc limit 1";
	}

	/**
	 * One page of members in scope on the scope's date, in name order (ties by id), read
	 * by keyset paging, with a count that stops after {@link SeekPage#COUNT_LIMIT}. With
	 * {@code reveal}, citizen ids and phones are shown in full: this needs a permitted
	 * role (else 403) and is audited.
	 */
	@Transactional
	public SeekPage<MemberView> list(UnitScope scope, MemberFilter filter, SeekRequest page, boolean reveal) {
		return list(scope, filter, page, reveal, SMALL_SCOPE);
	}

	/**
	 * {@link #list} reading scopes of at most {@code smallScope} units commune by commune
	 * (tests compare both ways of reading).
	 */
	SeekPage<MemberView> list(UnitScope scope, MemberFilter filter, SeekRequest page, boolean reveal, int smallScope) {
		if (reveal) {
			PersonnelAccess.requireReveal(scope);
		}
		SubtreeFilter in = this.units.subtree(scope);
		Map<String, Object> params = new LinkedHashMap<>(in.parameters());
		params.put("d", scope.asOf());
		List<String> filters = new ArrayList<>();
		String folded = (filter.query() != null) ? TextFolding.fold(filter.query()) : "";
		if (!folded.isEmpty()) {
			filters.add("m.search_name like :q");
			params.put("q", "%" + folded.replace("%", "").replace("_", "") + "%");
		}
		if (filter.teamId() != null) {
			filters.add("m.id in (select mt.member_id from per_membership mt where mt.team_id = :team"
					+ " and mt.valid_from <= :d and (mt.valid_to is null or mt.valid_to > :d))");
			params.put("team", filter.teamId());
		}
		// a team or a commune is a few hundred members at most: read them all and sort;
		// a province or the country: walk the name index and check each member's commune
		Optional<List<Long>> communes = (filter.teamId() != null) ? Optional.empty()
				: this.units.unitIdsInScope(scope, smallScope);
		boolean small = filter.teamId() != null || communes.isPresent();
		if (filter.status() != null) {
			// no status dated after :d: the kept status is everyone's status on :d,
			// and the walk takes the (status, full_name, id) index
			filters.add((!small && statusesKeptOn(scope.asOf())) ? "m.status = :status" : STATUS_ON + " = :status");
			params.put("status", filter.status().name());
		}
		String inScope;
		if (communes.isPresent()) {
			inScope = communes.get().isEmpty() ? "1 = 0" : "m.commune_id in (:communes)";
			if (!communes.get().isEmpty()) {
				params.put("communes", communes.get());
			}
		}
		else {
			inScope = in.probe("m.commune_id");
		}
		String conditions = inScope + filters.stream().map((f) -> " and " + f).collect(Collectors.joining());
		Cursor at = page.position();
		if (at != null) {
			params.put("ck", at.key());
			params.put("ci", at.id());
		}
		String direction = page.backward() ? " desc" : "";
		String ids;
		if (small) {
			// "offset 0 rows" keeps the sub-select apart: its rows are read through the
			// commune or team index and sorted, whatever plan a prepared statement gets
			ids = "select x.id, x.full_name from (select m.id, m.full_name from per_member m where " + conditions
					+ " offset 0 rows) x" + ((at != null) ? " where " + seek("x", page) : "") + " order by x.full_name"
					+ direction + ", x.id" + direction;
		}
		else {
			ids = "select m.id, m.full_name from per_member m where " + conditions
					+ ((at != null) ? " and " + seek("m", page) : "") + " order by m.full_name" + direction + ", m.id"
					+ direction;
		}
		// limits are literals: PostgreSQL plans a prepared statement's unknown limit as a
		// tenth of the rows, for which sorting them all looks cheaper than the walk
		ids += " limit " + page.fetch() + ((page.offset() > 0) ? " offset " + page.offset() : "");
		List<MemberView> rows = this.jdbc
			.sql("select " + COLUMNS + " from (" + ids + ") pg join per_member m on m.id = pg.id" + JOINS
					+ " order by m.full_name" + direction + ", m.id" + direction)
			.params(params)
			.query((rs, n) -> view(rs, reveal))
			.list();
		String counted = small ? "select 1 from per_member m where " + conditions
				: "select 1 from " + in.units() + " u join per_member m on m.commune_id = u.unit_id"
						+ filters.stream().map((f) -> " and " + f).collect(Collectors.joining());
		long total = this.jdbc.sql("select count(*) from (" + counted + " limit " + (SeekPage.COUNT_LIMIT + 1) + ") c")
			.params(params)
			.query(Long.class)
			.single();
		SeekPage<MemberView> result = SeekPage.of(page, rows, total, (m) -> new Cursor(m.fullName(), m.id()));
		if (reveal && !result.items().isEmpty()) {
			this.audit.record(scope.username(), "personnel.member.reveal", "member",
					result.items().stream().map((m) -> String.valueOf(m.id())).reduce((a, b) -> a + "," + b).orElse(""),
					null, "list of " + result.items().size());
		}
		return result;
	}

	/** Rows after (before, backwards) the cursor in name order. */
	private static String seek(String alias, SeekRequest page) {
		return "(" + alias + ".full_name, " + alias + ".id) " + (page.backward() ? "<" : ">") + " (:ck, :ci)";
	}

	/**
	 * Whether the status kept on each member is its status on the date: no member has a
	 * status dated after it (one look at the end of an index).
	 */
	private boolean statusesKeptOn(LocalDate date) {
		LocalDate latest = this.jdbc.sql("select max(status_since) from per_member")
			.query(LocalDate.class)
			.optional()
			.orElse(null);
		return latest == null || !latest.isAfter(date);
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

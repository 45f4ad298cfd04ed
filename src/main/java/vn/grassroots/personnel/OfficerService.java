package vn.grassroots.personnel;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
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
 * Commune police officers: rank, position and unit over time (a new assignment closes the
 * previous one), and the staffing of each commune against a norm
 * ({@code grassroots.personnel.officer-norm}, default 12: each commune police unit has at
 * least 12 officers since 1 March 2025).
 */
@Service
@Transactional
public class OfficerService {

	private static final String SELECT = "select o.id, o.full_name, o.birth_date, o.phone, a.unit_id,"
			+ " up.full_name as unit_name, a.position, a.officer_rank, a.valid_from from per_officer o"
			+ " join per_officer_assignment a on a.officer_id = o.id and a.valid_from <= :d"
			+ " and (a.valid_to is null or a.valid_to > :d)"
			+ " left join org_unit_period up on up.unit_id = a.unit_id and " + MemberService.valid("up");

	private final JdbcClient jdbc;

	private final UnitQueries units;

	private final AuditTrail audit;

	private final int norm;

	OfficerService(JdbcClient jdbc, UnitQueries units, AuditTrail audit,
			@Value("${grassroots.personnel.officer-norm:12}") int norm) {
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
		this.norm = norm;
	}

	/** The staffing norm: at least this many officers per commune police unit. */
	public int norm() {
		return this.norm;
	}

	/** One page of officers assigned in scope on the scope's date, by name. */
	@Transactional
	public PageResult<OfficerView> list(UnitScope scope, @Nullable String query, @Nullable Long unitId,
			PageRequest page, boolean reveal) {
		if (reveal) {
			PersonnelAccess.requireReveal(scope);
		}
		SubtreeFilter in = this.units.subtree(scope);
		String folded = (query != null) ? TextFolding.fold(query) : "";
		String where = " where " + in.condition("a.unit_id") + (folded.isEmpty() ? "" : " and o.search_name like :q")
				+ ((unitId != null) ? " and a.unit_id = :u" : "");
		long total = bind(this.jdbc.sql("select count(*) from (" + SELECT + where + ") x"), scope, in, folded, unitId)
			.query(Long.class)
			.single();
		List<OfficerView> items = bind(
				this.jdbc.sql(SELECT + where
						+ " order by a.unit_id, a.position, o.search_name, o.id limit :limit offset :offset"),
				scope, in, folded, unitId)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new OfficerView(rs.getLong("id"), rs.getString("full_name"),
					MemberService.date(rs, "birth_date"), phone(rs.getString("phone"), reveal), rs.getLong("unit_id"),
					rs.getString("unit_name"), OfficerPosition.valueOf(rs.getString("position")),
					OfficerRank.valueOf(rs.getString("officer_rank")), MemberService.date(rs, "valid_from")))
			.list();
		if (reveal && !items.isEmpty()) {
			this.audit.record(scope.username(), "personnel.officer.reveal", "officer", null, null,
					"phones of " + items.size());
		}
		return new PageResult<>(items, total);
	}

	private static @Nullable String phone(@Nullable String phone, boolean reveal) {
		return (phone == null || reveal) ? phone : Masking.keepLast(phone, 3);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, UnitScope scope, SubtreeFilter in,
			String folded, @Nullable Long unitId) {
		JdbcClient.StatementSpec result = in.bind(spec).param("d", scope.asOf());
		if (!folded.isEmpty()) {
			result = result.param("q", "%" + folded.replace("%", "").replace("_", "") + "%");
		}
		return (unitId != null) ? result.param("u", unitId) : result;
	}

	/**
	 * Records an officer with a first assignment; answers the id. 422 naming the field
	 * when the unit is not a commune police unit or the name is blank.
	 */
	public long create(UnitScope scope, String fullName, @Nullable LocalDate birthDate, @Nullable String phone,
			long unitId, OfficerPosition position, OfficerRank rank, LocalDate from, @Nullable String decision) {
		PersonnelAccess.requireWrite(scope);
		List<FieldProblem> problems = new ArrayList<>();
		String name = PersonnelAccess.required("fullName", fullName, problems);
		checkUnit(scope, unitId, from, problems);
		String ph = PersonnelAccess.blankToNull(phone);
		if (ph != null && !ph.matches("\\+?\\d{9,12}")) {
			problems.add(new FieldProblem("phone", Masking.keepLast(ph, 3), "personnel.member.phone"));
		}
		PersonnelAccess.refuseIfAny(problems);
		long id = insert(name, birthDate, ph, false, scope.username());
		insertAssignment(id, unitId, position, rank, from, decision, scope.username());
		this.audit.record(scope.username(), "personnel.officer.create", "officer", String.valueOf(id), null,
				name + ", " + position + " " + rank + " at " + unitId + " from " + from);
		return id;
	}

	private void checkUnit(UnitScope scope, long unitId, LocalDate from, List<FieldProblem> problems) {
		UnitView unit = this.units.get(scope, unitId);
		if (unit.type() != UnitType.COMMUNE || !unit.validOn(from)) {
			problems.add(new FieldProblem("unitId", unitId, "personnel.officer.unit"));
		}
	}

	long insert(String name, @Nullable LocalDate birthDate, @Nullable String phone, boolean demo, String actor) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into per_officer (full_name, search_name, birth_date, phone, demo, created_by, created_at)"
					+ " values (:n, :s, :b, :p, :demo, :by, :at)")
			.param("n", name)
			.param("s", TextFolding.fold(name))
			.param("b", birthDate)
			.param("p", phone)
			.param("demo", demo)
			.param("by", actor)
			.param("at", Timestamp.from(Instant.now()))
			.update(keys, "id");
		return Objects.requireNonNull(keys.getKey()).longValue();
	}

	void insertAssignment(long officerId, long unitId, OfficerPosition position, OfficerRank rank, LocalDate from,
			@Nullable String decision, String actor) {
		this.jdbc
			.sql("insert into per_officer_assignment (officer_id, unit_id, position, officer_rank, valid_from,"
					+ " decision, recorded_by, recorded_at) values (:o, :u, :p, :r, :f, :d, :by, :at)")
			.param("o", officerId)
			.param("u", unitId)
			.param("p", position.name())
			.param("r", rank.name())
			.param("f", from)
			.param("d", PersonnelAccess.blankToNull(decision))
			.param("by", actor)
			.param("at", Timestamp.from(Instant.now()))
			.update();
	}

	/**
	 * A new assignment (transfer, promotion, new position) from a date; the current one
	 * ends that day. 404 when the officer or unit is outside the scope; 422 when the date
	 * precedes the current assignment.
	 */
	public void reassign(UnitScope scope, long officerId, long unitId, OfficerPosition position, OfficerRank rank,
			LocalDate from, @Nullable String decision) {
		PersonnelAccess.requireWrite(scope);
		List<OfficerAssignment> history = history(scope, officerId);
		List<FieldProblem> problems = new ArrayList<>();
		checkUnit(scope, unitId, from, problems);
		OfficerAssignment last = history.get(history.size() - 1);
		if (!from.isAfter(last.from())) {
			problems.add(new FieldProblem("from", from, "personnel.officer.before-last", last.from()));
		}
		PersonnelAccess.refuseIfAny(problems);
		this.jdbc
			.sql("update per_officer_assignment set valid_to = :d where officer_id = :o and (valid_to is null or"
					+ " valid_to > :d)")
			.param("d", from)
			.param("o", officerId)
			.update();
		insertAssignment(officerId, unitId, position, rank, from, decision, scope.username());
		this.audit.record(scope.username(), "personnel.officer.reassign", "officer", String.valueOf(officerId),
				last.position() + " " + last.rank() + " at " + last.unitId(),
				position + " " + rank + " at " + unitId + " from " + from);
	}

	/**
	 * Every assignment of the officer, oldest first. 404 unless one of them lies in the
	 * caller's scope on the scope's date.
	 */
	@Transactional(readOnly = true)
	public List<OfficerAssignment> history(UnitScope scope, long officerId) {
		SubtreeFilter in = this.units.subtree(scope);
		long visible = in
			.bind(this.jdbc.sql("select count(*) from per_officer_assignment a where a.officer_id = :o and "
					+ in.condition("a.unit_id")))
			.param("o", officerId)
			.query(Long.class)
			.single();
		if (visible == 0) {
			throw GrassrootsException.notFound("officer " + officerId);
		}
		return this.jdbc
			.sql("select a.*, up.full_name as unit_name from per_officer_assignment a left join org_unit_period up"
					+ " on up.unit_id = a.unit_id and (up.valid_from is null or up.valid_from <= a.valid_from)"
					+ " and (up.valid_to is null or up.valid_to > a.valid_from) where a.officer_id = :o"
					+ " order by a.valid_from, a.id")
			.param("o", officerId)
			.query((rs, n) -> new OfficerAssignment(rs.getLong("unit_id"), rs.getString("unit_name"),
					OfficerPosition.valueOf(rs.getString("position")),
					OfficerRank.valueOf(rs.getString("officer_rank")), rs.getDate("valid_from").toLocalDate(),
					MemberService.date(rs, "valid_to"), rs.getString("decision")))
			.list();
	}

	/**
	 * Staffing of every commune police unit in scope on the scope's date against the
	 * norm, the most understaffed first.
	 */
	@Transactional(readOnly = true)
	public PageResult<StaffingRow> staffing(UnitScope scope, PageRequest page) {
		SubtreeFilter in = this.units.subtree(scope);
		String from = " from org_unit_period c where c.type = 'COMMUNE' and " + MemberService.valid("c") + " and "
				+ in.condition("c.unit_id");
		long total = in.bind(this.jdbc.sql("select count(*)" + from))
			.param("d", scope.asOf())
			.query(Long.class)
			.single();
		String count = "select count(*) from per_officer_assignment a where a.unit_id = c.unit_id and a.valid_from"
				+ " <= :d and (a.valid_to is null or a.valid_to > :d)";
		List<StaffingRow> items = in
			.bind(this.jdbc.sql("select c.unit_id, c.code, c.full_name, (" + count + ") as officers, (" + count
					+ " and a.position = 'CHIEF') as chiefs, (" + count
					+ " and a.position = 'DEPUTY_CHIEF') as deputies" + from
					+ " order by officers, c.code limit :limit offset :offset"))
			.param("d", scope.asOf())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new StaffingRow(rs.getLong("unit_id"), String.valueOf(rs.getString("code")),
					rs.getString("full_name"), rs.getLong("officers"), rs.getLong("chiefs"), rs.getLong("deputies"),
					this.norm, Math.max(0, this.norm - rs.getLong("officers"))))
			.list();
		return new PageResult<>(items, total);
	}

}

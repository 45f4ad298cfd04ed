package vn.grassroots.personnel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.organisation.NewUnitSpec;
import vn.grassroots.organisation.ReorganisationCommand;
import vn.grassroots.organisation.ReorganisationKind;
import vn.grassroots.organisation.ReorganisationService;
import vn.grassroots.organisation.SubtreeFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.FieldProblem;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.TextFolding;
import vn.grassroots.shared.UnitScope;

/**
 * Protection teams: establishment (creating the TEAM unit through the organisation's
 * {@link ReorganisationService}), assignments of members to positions, dissolution and
 * merger. Assignments are effective-dated rows; ending one closes it, nothing is
 * overwritten. Composition rules per province ({@link CompositionRules}) are enforced on
 * establishment, merger and assignment.
 */
@Service
@Transactional
public class TeamService {

	static final String MEMBERSHIPS = "select ms.id, ms.member_id, m.full_name, ms.team_id, tp.full_name as team_name,"
			+ " ms.position, ms.valid_from, ms.valid_to, ms.decision_number from per_membership ms"
			+ " join per_member m on m.id = ms.member_id left join org_unit_period tp on tp.unit_id = ms.team_id"
			+ " and (tp.valid_from is null or tp.valid_from <= ms.valid_from)"
			+ " and (tp.valid_to is null or tp.valid_to > ms.valid_from)";

	private final JdbcClient jdbc;

	private final UnitQueries units;

	private final ReorganisationService reorganisations;

	private final MemberService members;

	private final AuditTrail audit;

	TeamService(JdbcClient jdbc, UnitQueries units, ReorganisationService reorganisations, MemberService members,
			AuditTrail audit) {
		this.jdbc = jdbc;
		this.units = units;
		this.reorganisations = reorganisations;
		this.members = members;
		this.audit = audit;
	}

	/** One page of teams in scope on the scope's date, by accent-insensitive name. */
	@Transactional(readOnly = true)
	public PageResult<TeamView> list(UnitScope scope, @Nullable String query, PageRequest page) {
		SubtreeFilter in = this.units.subtree(scope);
		String folded = (query != null) ? TextFolding.fold(query) : "";
		String where = " from per_team t join org_unit_period tp on tp.unit_id = t.team_id and "
				+ MemberService.valid("tp") + " where " + in.condition("t.team_id")
				+ (folded.isEmpty() ? "" : " and tp.search_text like :q");
		long total = bind(this.jdbc.sql("select count(*)" + where), scope, in, folded).query(Long.class).single();
		List<Long> ids = bind(
				this.jdbc.sql("select t.team_id" + where + " order by tp.code, t.team_id limit :limit offset :offset"),
				scope, in, folded)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Long.class)
			.list();
		return new PageResult<>(views(scope, ids, this.units.findAll(scope, ids)), total);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, UnitScope scope, SubtreeFilter in,
			String folded) {
		JdbcClient.StatementSpec result = in.bind(spec).param("d", scope.asOf());
		return folded.isEmpty() ? result : result.param("q", "%" + folded.replace("%", "").replace("_", "") + "%");
	}

	/** The team on the scope's date with its villages and members; 404 outside scope. */
	@Transactional(readOnly = true)
	public TeamView get(UnitScope scope, long teamId) {
		this.units.get(scope, teamId);
		return view(scope, teamId);
	}

	private TeamView view(UnitScope scope, long teamId) {
		UnitView unit = this.units.get(scope, teamId);
		return views(scope, List.of(teamId), Map.of(teamId, unit)).get(0);
	}

	/**
	 * The teams in the given order, each with its villages, members and composition
	 * problems on the scope's date: a fixed number of queries however many teams (no
	 * N+1).
	 */
	private List<TeamView> views(UnitScope scope, List<Long> ids, Map<Long, UnitView> units) {
		if (ids.isEmpty()) {
			return List.of();
		}
		LocalDate d = scope.asOf();
		Map<Long, Map<String, Object>> teams = new java.util.HashMap<>();
		this.jdbc.sql("select * from per_team where team_id in (:ids)")
			.param("ids", ids)
			.query()
			.listOfRows()
			.forEach((row) -> teams.put(((Number) row.get("team_id")).longValue(), row));
		Map<Long, List<TeamView.VillageRef>> villages = new java.util.HashMap<>();
		this.jdbc
			.sql("select tv.team_id, tv.village_id, vp.full_name from per_team_village tv left join org_unit_period vp"
					+ " on vp.unit_id = tv.village_id and " + MemberService.valid("vp") + " where tv.team_id in (:ids)"
					+ " and tv.valid_from <= :d and (tv.valid_to is null or tv.valid_to > :d) order by tv.id")
			.param("ids", ids)
			.param("d", d)
			.query((rs, n) -> {
				villages.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
					.add(new TeamView.VillageRef(rs.getLong(2), rs.getString(3)));
				return null;
			})
			.list();
		Map<Long, List<MembershipEntry>> members = new java.util.HashMap<>();
		this.jdbc
			.sql(MEMBERSHIPS + " where ms.team_id in (:ids) and ms.valid_from <= :d"
					+ " and (ms.valid_to is null or ms.valid_to > :d) order by case ms.position when 'LEADER' then 0"
					+ " when 'DEPUTY' then 1 else 2 end, m.full_name")
			.param("ids", ids)
			.param("d", d)
			.query(TeamService::membership)
			.list()
			.forEach((m) -> members.computeIfAbsent(m.teamId(), (k) -> new ArrayList<>()).add(m));
		Map<String, CompositionRules> rules = new java.util.HashMap<>();
		List<TeamView> views = new ArrayList<>();
		for (long teamId : ids) {
			UnitView unit = units.get(teamId);
			Map<String, Object> t = teams.get(teamId);
			if (unit == null || t == null) {
				continue;
			}
			List<MembershipEntry> current = members.getOrDefault(teamId, List.of());
			List<List<Object>> problems = new ArrayList<>();
			if (unit.validOn(d)) {
				String[] parts = unit.path().split("/");
				CompositionRules applicable = rules.computeIfAbsent((parts.length > 2) ? parts[2] : "",
						(province) -> rulesFor(unit));
				for (Object[] p : applicable.problems(current.stream().map(MembershipEntry::position).toList())) {
					problems.add(List.of(p));
				}
			}
			views.add(new TeamView(teamId, unit.code(), unit.fullName(), ((Number) t.get("commune_id")).longValue(),
					(String) t.get("decision_number"), localDate(t.get("decision_date")),
					(String) t.get("decision_signer"), (String) t.get("posted_place"), localDate(t.get("posted_on")),
					Objects.requireNonNull(localDate(t.get("established_on"))), localDate(t.get("ended_on")),
					(String) t.get("end_kind"),
					(t.get("merged_into") != null) ? ((Number) t.get("merged_into")).longValue() : null,
					villages.getOrDefault(teamId, List.of()), current, problems));
		}
		return views;
	}

	private List<MembershipEntry> membershipsOn(long teamId, LocalDate d) {
		return this.jdbc
			.sql(MEMBERSHIPS + " where ms.team_id = :id and ms.valid_from <= :d"
					+ " and (ms.valid_to is null or ms.valid_to > :d) order by case ms.position when 'LEADER' then 0"
					+ " when 'DEPUTY' then 1 else 2 end, m.full_name")
			.param("id", teamId)
			.param("d", d)
			.query(TeamService::membership)
			.list();
	}

	/** Every assignment the team ever had, oldest first; 404 outside scope. */
	@Transactional(readOnly = true)
	public List<MembershipEntry> history(UnitScope scope, long teamId) {
		this.units.get(scope, teamId);
		return this.jdbc.sql(MEMBERSHIPS + " where ms.team_id = :id order by ms.valid_from, ms.id")
			.param("id", teamId)
			.query(TeamService::membership)
			.list();
	}

	/**
	 * Establishes a team: creates its TEAM unit under the first village (an ESTABLISH
	 * reorganisation whose legal basis is the decision), records the decision and its
	 * posting, the covered villages and the members' positions, and makes selected
	 * members active. Answers the team's unit id. 422 naming the field when a rule is
	 * broken (villages of several communes, a member of another commune or already in a
	 * team, not exactly one leader, too few or too many members); nothing is changed
	 * then.
	 */
	public long establish(UnitScope scope, EstablishTeam command) {
		PersonnelAccess.requireWrite(scope);
		LocalDate day = command.establishedOn();
		UnitScope then = scope.at(day, this.units.scopePaths(scope.unitId(), day));
		List<FieldProblem> problems = new ArrayList<>();
		String name = PersonnelAccess.required("name", command.name(), problems);
		MemberService.validateDecision(command.decision(), problems);
		if (command.villageIds().isEmpty()) {
			problems.add(new FieldProblem("villageIds", null, "validation.required"));
		}
		List<UnitView> villages = new ArrayList<>();
		for (Long id : new LinkedHashSet<>(command.villageIds())) {
			UnitView village = this.units.get(then, id);
			if (village.type() != UnitType.VILLAGE || !village.validOn(day)) {
				problems.add(new FieldProblem("villageIds", id, "personnel.team.not-a-village"));
			}
			villages.add(village);
		}
		Set<Long> communes = new LinkedHashSet<>();
		villages.forEach((v) -> communes.add(v.parentId()));
		if (communes.size() > 1) {
			problems.add(new FieldProblem("villageIds", command.villageIds(), "personnel.team.one-commune"));
		}
		Map<Long, TeamPosition> positions = positions(command.leaderId(), command.deputyIds(), command.memberIds(),
				problems);
		PersonnelAccess.refuseIfAny(problems);
		UnitView first = villages.get(0);
		long communeId = Objects.requireNonNull(first.parentId());
		checkMembers(scope, positions.keySet(), communeId, day, null, problems);
		for (Object[] p : rulesFor(first).problems(positions.values())) {
			problems.add(new FieldProblem("memberIds", positions.size(), (String) p[0], tail(p)));
		}
		PersonnelAccess.refuseIfAny(problems);
		long teamId = createTeamUnit(scope, then, ReorganisationKind.ESTABLISH, List.of(), first, name,
				command.decision(), day);
		insertTeam(teamId, communeId, command.decision(), command.posting(), day, false, scope.username());
		for (UnitView v : villages) {
			insertVillage(teamId, v.id(), day);
		}
		for (Map.Entry<Long, TeamPosition> e : positions.entrySet()) {
			activate(e.getKey(), day, command.decision(), command.posting(), scope.username());
			insertMembership(e.getKey(), teamId, e.getValue(), day, command.decision().number(), scope.username());
		}
		this.audit.record(scope.username(), "personnel.team.establish", "team", String.valueOf(teamId), null,
				name + ", decision " + command.decision().number() + " of " + command.decision().date() + ", members "
						+ positions);
		return teamId;
	}

	private static Object[] tail(Object[] p) {
		Object[] args = new Object[p.length - 1];
		System.arraycopy(p, 1, args, 0, args.length);
		return args;
	}

	private static Map<Long, TeamPosition> positions(@Nullable Long leaderId, List<Long> deputies, List<Long> others,
			List<FieldProblem> problems) {
		Map<Long, TeamPosition> positions = new LinkedHashMap<>();
		if (leaderId != null) {
			positions.put(leaderId, TeamPosition.LEADER);
		}
		for (Long id : deputies) {
			if (positions.putIfAbsent(id, TeamPosition.DEPUTY) != null) {
				problems.add(new FieldProblem("deputyIds", id, "personnel.team.duplicate-member"));
			}
		}
		for (Long id : others) {
			if (positions.putIfAbsent(id, TeamPosition.MEMBER) != null) {
				problems.add(new FieldProblem("memberIds", id, "personnel.team.duplicate-member"));
			}
		}
		return positions;
	}

	/**
	 * Members must be in scope (404), of the commune, selected or serving on the day and
	 * in no other team (except {@code leaving}).
	 */
	private void checkMembers(UnitScope scope, Set<Long> ids, long communeId, LocalDate day,
			@Nullable Set<Long> leaving, List<FieldProblem> problems) {
		for (Long id : ids) {
			MemberView m = this.members.find(scope, id, false)
				.orElseThrow(() -> GrassrootsException.notFound("member " + id));
			if (m.communeId() != communeId) {
				problems.add(new FieldProblem("memberIds", id, "personnel.team.other-commune", m.fullName()));
			}
			MemberStatus status = this.members.statusOn(id, day);
			if (status != MemberStatus.SELECTED && status != MemberStatus.ACTIVE) {
				problems.add(new FieldProblem("memberIds", id, "personnel.team.member-status", m.fullName(),
						String.valueOf(status)));
			}
			Long busy = teamOn(id, day);
			if (busy != null && (leaving == null || !leaving.contains(busy))) {
				problems.add(new FieldProblem("memberIds", id, "personnel.team.member-busy", m.fullName()));
			}
		}
	}

	private @Nullable Long teamOn(long memberId, LocalDate day) {
		return this.jdbc
			.sql("select team_id from per_membership where member_id = :m and valid_from <= :d"
					+ " and (valid_to is null or valid_to > :d)")
			.param("m", memberId)
			.param("d", day)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private void activate(long memberId, LocalDate day, Decision decision, Posting posting, String actor) {
		if (this.members.statusOn(memberId, day) != MemberStatus.ACTIVE) {
			this.members.insertStatus(memberId, MemberStatus.ACTIVE, day, null, null, decision, posting, actor);
		}
	}

	/**
	 * The organisation's reorganisation API is for ministry administrators; establishing
	 * and merging teams is the commune's business (Law 30/2023/QH15 art. 14), checked
	 * here, so the call runs with the caller's name and unit (hence the same subtree) and
	 * the administrator role added.
	 */
	private static UnitScope organisationScope(UnitScope scope) {
		Set<Role> roles = EnumSet.of(Role.MINISTRY_ADMIN);
		roles.addAll(scope.roles());
		return new UnitScope(scope.username(), scope.unitId(), roles, scope.asOf(), scope.paths());
	}

	private long createTeamUnit(UnitScope scope, UnitScope then, ReorganisationKind kind, List<Long> sources,
			UnitView village, String name, Decision decision, LocalDate day) {
		String code = freeCode(then, village);
		String basis = "Quyết định số " + decision.number() + " ngày " + decision.date() + " của " + decision.signer();
		this.reorganisations.record(organisationScope(scope),
				new ReorganisationCommand(kind, day, basis, null, sources, null, null, null, null,
						List.of(new NewUnitSpec(UnitType.TEAM, village.id(), code, name, "Tổ bảo vệ ANTT " + name,
								"PROTECTION_TEAM"))));
		return this.units.getByCode(then, code).id();
	}

	private String freeCode(UnitScope then, UnitView village) {
		String base = (village.code() != null) ? village.code() : String.valueOf(village.id());
		for (int n = 1;; n++) {
			String code = base + "-T" + String.format("%02d", n);
			long used = this.jdbc.sql("select count(*) from org_unit_period where code = :c")
				.param("c", code)
				.query(Long.class)
				.single();
			if (used == 0) {
				return code;
			}
		}
	}

	void insertTeam(long teamId, long communeId, Decision decision, Posting posting, LocalDate day, boolean demo,
			String actor) {
		this.jdbc.sql("insert into per_team (team_id, commune_id, decision_number, decision_date, decision_signer,"
				+ " posted_place, posted_on, established_on, demo, created_by, created_at) values (:t, :c, :dn, :dd,"
				+ " :ds, :pp, :po, :e, :demo, :by, :at)")
			.param("t", teamId)
			.param("c", communeId)
			.param("dn", decision.number().trim())
			.param("dd", decision.date())
			.param("ds", decision.signer().trim())
			.param("pp", PersonnelAccess.blankToNull(posting.place()))
			.param("po", posting.on())
			.param("e", day)
			.param("demo", demo)
			.param("by", actor)
			.param("at", Timestamp.from(Instant.now()))
			.update();
	}

	void insertVillage(long teamId, long villageId, LocalDate day) {
		this.jdbc.sql("insert into per_team_village (team_id, village_id, valid_from) values (:t, :v, :d)")
			.param("t", teamId)
			.param("v", villageId)
			.param("d", day)
			.update();
	}

	void insertMembership(long memberId, long teamId, TeamPosition position, LocalDate day, @Nullable String decision,
			String actor) {
		this.jdbc
			.sql("insert into per_membership (member_id, team_id, position, valid_from, decision_number,"
					+ " recorded_by, recorded_at) values (:m, :t, :p, :d, :dn, :by, :at)")
			.param("m", memberId)
			.param("t", teamId)
			.param("p", position.name())
			.param("d", day)
			.param("dn", decision)
			.param("by", actor)
			.param("at", Timestamp.from(Instant.now()))
			.update();
	}

	/**
	 * Assigns a member to the team in a position from a date, ending the member's current
	 * assignment (in this or another team) that day. 422 when the member is not active or
	 * selected, of another commune, when the team already has another leader, or when it
	 * would exceed the maximum.
	 */
	public void assign(UnitScope scope, long teamId, long memberId, TeamPosition position, LocalDate from,
			@Nullable String decisionNumber) {
		PersonnelAccess.requireWrite(scope);
		UnitView team = this.units.get(scope, teamId);
		long communeId = communeOf(teamId);
		List<FieldProblem> problems = new ArrayList<>();
		if (!team.validOn(from)) {
			problems.add(new FieldProblem("from", from, "personnel.team.not-active"));
		}
		Long current = teamOn(memberId, from);
		checkMembers(scope, Set.of(memberId), communeId, from, (current != null) ? Set.of(current) : null, problems);
		List<MembershipEntry> now = membershipsOn(teamId, from);
		List<TeamPosition> after = new ArrayList<>();
		now.stream().filter((m) -> m.memberId() != memberId).forEach((m) -> after.add(m.position()));
		if (position == TeamPosition.LEADER && after.contains(TeamPosition.LEADER)) {
			problems.add(new FieldProblem("position", position, "personnel.team.leader-taken"));
		}
		after.add(position);
		CompositionRules rules = rulesFor(team);
		if (after.size() > rules.maxMembers()) {
			problems.add(new FieldProblem("memberId", memberId, "personnel.team.too-many", after.size(),
					rules.maxMembers()));
		}
		boolean selected = this.members.statusOn(memberId, from) == MemberStatus.SELECTED;
		String number = PersonnelAccess.blankToNull(decisionNumber);
		if (selected && number == null) {
			// a selected candidate becomes a member only by the chairman's decision
			problems.add(new FieldProblem("decisionNumber", null, "validation.required"));
		}
		PersonnelAccess.refuseIfAny(problems);
		closeMembership(memberId, from);
		if (selected && number != null) {
			this.members.insertStatus(memberId, MemberStatus.ACTIVE, from, null, null,
					new Decision(number, from, "Chủ tịch UBND xã"), Posting.NONE, scope.username());
		}
		insertMembership(memberId, teamId, position, from, PersonnelAccess.blankToNull(decisionNumber),
				scope.username());
		this.audit.record(scope.username(), "personnel.team.assign", "team", String.valueOf(teamId),
				(current != null) ? "team " + current : null, "member " + memberId + " " + position + " from " + from);
	}

	private void closeMembership(long memberId, LocalDate day) {
		// an assignment starting that same day is replaced: it never took effect
		this.jdbc.sql("delete from per_membership where member_id = :m and valid_from = :d")
			.param("m", memberId)
			.param("d", day)
			.update();
		this.jdbc
			.sql("update per_membership set valid_to = :d where member_id = :m and valid_from < :d"
					+ " and (valid_to is null or valid_to > :d)")
			.param("m", memberId)
			.param("d", day)
			.update();
	}

	/**
	 * Dissolves the team from a date by the chairman's decision: its unit ends (DISSOLVE
	 * reorganisation), its assignments and villages end that day; history stays.
	 */
	public void dissolve(UnitScope scope, long teamId, LocalDate on, Decision decision, Posting posting) {
		PersonnelAccess.requireWrite(scope);
		UnitView team = this.units.get(scope, teamId);
		communeOf(teamId);
		List<FieldProblem> problems = new ArrayList<>();
		MemberService.validateDecision(decision, problems);
		if (!team.validOn(on)) {
			problems.add(new FieldProblem("on", on, "personnel.team.not-active"));
		}
		PersonnelAccess.refuseIfAny(problems);
		this.reorganisations.record(organisationScope(scope),
				new ReorganisationCommand(ReorganisationKind.DISSOLVE, on,
						"Quyết định số " + decision.number() + " ngày " + decision.date() + " của " + decision.signer(),
						null, List.of(teamId), null, null, null, null, List.of()));
		end(teamId, on, "DISSOLVED", decision, posting, null);
		this.audit.record(scope.username(), "personnel.team.dissolve", "team", String.valueOf(teamId), team.fullName(),
				"dissolved from " + on + " by " + decision.number());
	}

	private void end(long teamId, LocalDate on, String kind, Decision decision, Posting posting,
			@Nullable Long mergedInto) {
		this.jdbc
			.sql("update per_team set ended_on = :d, end_kind = :k, end_decision = :dec, merged_into = :into"
					+ " where team_id = :t")
			.param("d", on)
			.param("k", kind)
			.param("dec",
					decision.number() + " " + decision.date() + " " + decision.signer()
							+ ((posting.place() != null) ? "; posted " + posting.place() + " " + posting.on() : ""))
			.param("into", mergedInto)
			.param("t", teamId)
			.update();
		for (String table : List.of("per_membership", "per_team_village")) {
			this.jdbc
				.sql("update " + table + " set valid_to = :d where team_id = :t and (valid_to is null or valid_to >"
						+ " :d)")
				.param("d", on)
				.param("t", teamId)
				.update();
		}
	}

	/**
	 * Merges teams of one commune into a new team from a date (MERGE reorganisation): the
	 * new team covers all their villages and takes all their members, {@code leaderId} as
	 * leader and the other former leaders as deputies. Answers the new team's id. 422
	 * when fewer than two teams, another commune, or the result breaks the composition
	 * rules.
	 */
	public long merge(UnitScope scope, List<Long> teamIds, String name, long leaderId, LocalDate on, Decision decision,
			Posting posting) {
		PersonnelAccess.requireWrite(scope);
		UnitScope then = scope.at(on, this.units.scopePaths(scope.unitId(), on));
		List<FieldProblem> problems = new ArrayList<>();
		PersonnelAccess.required("name", name, problems);
		MemberService.validateDecision(decision, problems);
		Set<Long> ids = new LinkedHashSet<>(teamIds);
		if (ids.size() < 2) {
			problems.add(new FieldProblem("teamIds", teamIds, "personnel.team.merge-two"));
		}
		PersonnelAccess.refuseIfAny(problems);
		Set<Long> communes = new LinkedHashSet<>();
		Map<Long, TeamPosition> positions = new LinkedHashMap<>();
		List<Long> villageIds = new ArrayList<>();
		UnitView first = null;
		for (Long id : ids) {
			UnitView team = this.units.get(then, id);
			if (first == null) {
				first = team;
			}
			communes.add(communeOf(id));
			for (MembershipEntry m : membershipsOn(id, on)) {
				positions.put(m.memberId(), (m.position() == TeamPosition.LEADER) ? TeamPosition.DEPUTY : m.position());
			}
			villageIds.addAll(this.jdbc
				.sql("select village_id from per_team_village where team_id = :t and valid_from <= :d and"
						+ " (valid_to is null or valid_to > :d)")
				.param("t", id)
				.param("d", on)
				.query(Long.class)
				.list());
		}
		if (communes.size() > 1) {
			problems.add(new FieldProblem("teamIds", teamIds, "personnel.team.one-commune"));
		}
		if (!positions.containsKey(leaderId)) {
			problems.add(new FieldProblem("leaderId", leaderId, "personnel.team.leader-not-member"));
		}
		positions.put(leaderId, TeamPosition.LEADER);
		UnitView village = this.units.get(then, Objects.requireNonNull(Objects.requireNonNull(first).parentId()));
		for (Object[] p : rulesFor(village).problems(positions.values())) {
			problems.add(new FieldProblem("teamIds", positions.size(), (String) p[0], tail(p)));
		}
		PersonnelAccess.refuseIfAny(problems);
		long communeId = communes.iterator().next();
		long teamId = createTeamUnit(scope, then, ReorganisationKind.MERGE, List.copyOf(ids), village, name.trim(),
				decision, on);
		insertTeam(teamId, communeId, decision, posting, on, false, scope.username());
		for (Long id : ids) {
			end(id, on, "MERGED", decision, posting, teamId);
		}
		new LinkedHashSet<>(villageIds).forEach((v) -> insertVillage(teamId, v, on));
		positions.forEach((m, p) -> insertMembership(m, teamId, p, on, decision.number(), scope.username()));
		this.audit.record(scope.username(), "personnel.team.merge", "team", String.valueOf(teamId), ids.toString(),
				name + " from " + on + " by " + decision.number());
		return teamId;
	}

	private long communeOf(long teamId) {
		return this.jdbc.sql("select commune_id from per_team where team_id = :t")
			.param("t", teamId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> GrassrootsException.notFound("team " + teamId));
	}

	/** The composition rules of the unit's province, or the defaults. */
	CompositionRules rulesFor(UnitView unit) {
		String[] parts = unit.path().split("/");
		if (parts.length < 3) {
			return CompositionRules.DEFAULT;
		}
		long province = Long.parseLong(parts[2]);
		return this.jdbc.sql("select min_members, max_members from per_composition_rule where province_id = :p")
			.param("p", province)
			.query((rs, n) -> new CompositionRules(rs.getInt(1), rs.getInt(2)))
			.optional()
			.orElse(CompositionRules.DEFAULT);
	}

	/**
	 * Sets the composition rules of a province (provincial officers in their province,
	 * ministry administrators). 422 when min is below 1 or max below min.
	 */
	public void setRules(UnitScope scope, long provinceId, int min, int max) {
		if (!scope.has(Role.PROVINCIAL_OFFICER) && !scope.has(Role.MINISTRY_ADMIN)) {
			throw new GrassrootsException(vn.grassroots.shared.ProblemCode.FORBIDDEN_ACTION, "rules");
		}
		UnitView province = this.units.get(scope, provinceId);
		if (province.type() != UnitType.PROVINCE) {
			throw GrassrootsException.ruleOnField("provinceId", provinceId, "personnel.rules.province");
		}
		if (min < 1 || max < min) {
			throw GrassrootsException.ruleOnField("maxMembers", max, "personnel.rules.range");
		}
		CompositionRules before = rulesFor(province);
		this.jdbc.sql("delete from per_composition_rule where province_id = :p").param("p", provinceId).update();
		this.jdbc
			.sql("insert into per_composition_rule (province_id, min_members, max_members, updated_by, updated_at)"
					+ " values (:p, :min, :max, :by, :at)")
			.param("p", provinceId)
			.param("min", min)
			.param("max", max)
			.param("by", scope.username())
			.param("at", Timestamp.from(Instant.now()))
			.update();
		this.audit.record(scope.username(), "personnel.rules", "unit", String.valueOf(provinceId), before.toString(),
				new CompositionRules(min, max).toString());
	}

	/** The composition rules applying to a unit in scope (404 outside). */
	@Transactional(readOnly = true)
	public CompositionRules rules(UnitScope scope, long unitId) {
		return rulesFor(this.units.get(scope, unitId));
	}

	static MembershipEntry membership(ResultSet rs, int n) throws SQLException {
		return new MembershipEntry(rs.getLong("id"), rs.getLong("member_id"), rs.getString("full_name"),
				rs.getLong("team_id"), rs.getString("team_name"), TeamPosition.valueOf(rs.getString("position")),
				rs.getDate("valid_from").toLocalDate(), MemberService.date(rs, "valid_to"),
				rs.getString("decision_number"));
	}

	static @Nullable LocalDate localDate(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof java.sql.Date d) {
			return d.toLocalDate();
		}
		if (value instanceof LocalDate d) {
			return d;
		}
		return LocalDate.parse(value.toString());
	}

}

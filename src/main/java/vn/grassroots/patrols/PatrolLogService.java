package vn.grassroots.patrols;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.operations.BulkItemResult;
import vn.grassroots.organisation.SubtreeFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.patrols.internal.PatrolLogWriter;
import vn.grassroots.patrols.internal.PatrolLogWriter.NewLog;
import vn.grassroots.patrols.internal.PatrolSql;
import vn.grassroots.shared.FieldProblem;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.ProblemCode;
import vn.grassroots.shared.UnitScope;

/**
 * Writes of patrol logs, one at a time or in bulk batches of at most {@link #MAX_BULK}
 * items with client ids. A batch is checked with a constant number of queries (members,
 * units, statuses, teams' communes; shifts and incidents when named), then the accepted
 * logs are written in one transaction by {@link PatrolLogWriter} (PostgreSQL: staged with
 * COPY, one insert per table) with one audit entry for the batch and, last, the monthly
 * roll-up, so a batch costs the same number of round trips whatever its size. A log whose
 * client id exists already, written before or by a concurrent request, is a
 * {@code duplicate} and changes nothing; a batch that fails changes nothing. A timing
 * breakdown of each batch is logged at debug level.
 */
@Service
public class PatrolLogService {

	/** Largest number of items in one bulk batch. */
	public static final int MAX_BULK = 10000;

	/** Earliest start of a patrol log accepted. */
	static final LocalDateTime EARLIEST = LocalDateTime.of(2000, 1, 1, 0, 0);

	private static final Logger logger = LoggerFactory.getLogger(PatrolLogService.class);

	static final int MAX_CLIENT_ID = 64;

	private final JdbcClient jdbc;

	private final PatrolSql sql;

	private final UnitQueries units;

	private final PatrolLogWriter writer;

	private final java.util.concurrent.locks.ReentrantLock embeddedWrites = new java.util.concurrent.locks.ReentrantLock();

	private final PatrolLogQueries queries;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final TransactionTemplate tx;

	private final vn.grassroots.operations.IncidentService incidents;

	PatrolLogService(JdbcClient jdbc, PatrolSql sql, UnitQueries units, PatrolLogWriter writer,
			PatrolLogQueries queries, AuditTrail audit, MessageSource messages, PlatformTransactionManager transactions,
			vn.grassroots.operations.IncidentService incidents) {
		this.incidents = incidents;
		this.jdbc = jdbc;
		this.sql = sql;
		this.units = units;
		this.writer = writer;
		this.queries = queries;
		this.audit = audit;
		this.messages = messages;
		this.tx = new TransactionTemplate(transactions);
	}

	/**
	 * Records one patrol log; 400/422 naming the field (the patrol problem codes for a
	 * member who is not active), 404 for a unit outside the scope. A client id that
	 * exists already answers that log and creates nothing.
	 */
	public PatrolLogView log(UnitScope scope, PatrolLogForm form) {
		RosterService.requireWrite(scope);
		String clientId = blank(form.clientId()) ? UUID.randomUUID().toString() : form.clientId();
		PatrolLogForm withId = new PatrolLogForm(clientId, form.unitId(), form.shiftId(), form.startedAt(),
				form.endedAt(), form.area(), form.route(), form.findings(), form.participantIds(),
				form.participantCount(), form.incidentIds());
		Outcome outcome = ingest(scope, List.of(withId), true).get(0);
		if (outcome.failure() != null) {
			throw outcome.failure();
		}
		return this.queries.get(scope, outcome.id());
	}

	/**
	 * Records a batch of at most {@link #MAX_BULK} logs, each {@code created},
	 * {@code duplicate} (its client id exists already, also earlier in the same batch) or
	 * {@code rejected} with field errors in the caller's language.
	 */
	public List<BulkItemResult> bulk(UnitScope scope, List<PatrolLogForm> items, Locale locale) {
		RosterService.requireWrite(scope);
		if (items.isEmpty() || items.size() > MAX_BULK) {
			throw GrassrootsException.badField("items", items.size(), "validation.range", 1, MAX_BULK);
		}
		List<Outcome> outcomes = ingest(scope, items, false);
		List<BulkItemResult> results = new ArrayList<>(outcomes.size());
		for (int i = 0; i < outcomes.size(); i++) {
			Outcome o = outcomes.get(i);
			String clientId = items.get(i).clientId();
			if (o.failure() != null) {
				GrassrootsException ex = o.failure();
				List<FieldProblem> problems = ex.fieldProblems().isEmpty() ? List
					.of(new FieldProblem("unitId", items.get(i).unitId(), ex.code().detailKey(), ex.getArguments()))
						: ex.fieldProblems();
				results.add(new BulkItemResult(i, clientId, "rejected", null,
						problems.stream()
							.map((p) -> new BulkItemResult.BulkError(p.field(), p.rejectedValue(),
									this.messages.getMessage(p.reasonKey(), p.args(), p.reasonKey(), locale)))
							.toList()));
			}
			else {
				results.add(new BulkItemResult(i, clientId, o.created() ? "created" : "duplicate", o.id(), List.of()));
			}
		}
		return results;
	}

	/**
	 * Reports an incident found on a patrol in scope (the operations checks apply, naming
	 * the field) and links it to the patrol; returns the incident's id.
	 */
	@org.springframework.transaction.annotation.Transactional
	public long reportIncident(UnitScope scope, long patrolId, vn.grassroots.operations.IncidentForm form) {
		this.queries.get(scope, patrolId);
		long incident = this.incidents.report(scope, form).id();
		this.jdbc.sql("insert into pat_patrol_incident (patrol_id, incident_id) values (:p, :i)")
			.param("p", patrolId)
			.param("i", incident)
			.update();
		this.audit.record(scope.username(), "patrols.log.incident", "patrol-log", Long.toString(patrolId), null,
				"incident " + incident);
		return incident;
	}

	private List<Outcome> ingest(UnitScope scope, List<PatrolLogForm> items, boolean single) {
		// the embedded database (H2, one process) has no row-level waits to order
		// concurrent
		// batches by: they take turns in this instance instead of timing out on each
		// other's
		// client ids and roll-up rows
		boolean embedded = !this.writer.copies();
		if (embedded) {
			this.embeddedWrites.lock();
		}
		try {
			return ingestWithRetries(scope, items, single);
		}
		finally {
			if (embedded) {
				this.embeddedWrites.unlock();
			}
		}
	}

	private List<Outcome> ingestWithRetries(UnitScope scope, List<PatrolLogForm> items, boolean single) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.tx.execute((status) -> ingestOnce(scope, items, single));
			}
			catch (DuplicateKeyException | ConcurrencyFailureException ex) {
				// H2: another request wrote one of these client ids or the same
				// month's roll-up meanwhile; either database: a lock timeout or a
				// deadlock. Everything was rolled back: check again
				if (attempt >= 3) {
					throw ex;
				}
			}
		}
	}

	/**
	 * One try of a batch in one transaction: parse every item, look up what the valid
	 * ones refer to (a constant number of queries), check them, write the accepted ones
	 * (a client id that exists already, or that a concurrent request commits first, is
	 * skipped by the writer), then answer from what was written: an item whose client id
	 * exists is a duplicate of that log, even when it would fail the checks now.
	 */
	private List<Outcome> ingestOnce(UnitScope scope, List<PatrolLogForm> items, boolean single) {
		long t0 = System.nanoTime();
		int n = items.size();
		Outcome[] outcomes = new Outcome[n];
		Parsed[] parsed = new Parsed[n];
		Set<Long> unitIds = new HashSet<>();
		Set<Long> shiftIds = new HashSet<>();
		Set<Long> memberIds = new HashSet<>();
		Set<Long> incidentIds = new HashSet<>();
		for (int i = 0; i < n; i++) {
			try {
				Parsed p = parse(items.get(i));
				parsed[i] = p;
				unitIds.add(p.unitId());
				if (p.shiftId() != null) {
					shiftIds.add(p.shiftId());
				}
				memberIds.addAll(p.memberIds());
				incidentIds.addAll(p.incidentIds());
			}
			catch (GrassrootsException ex) {
				outcomes[i] = new Outcome(null, false, ex);
			}
		}
		long t1 = System.nanoTime();
		PatrolSql.Checked checked = this.sql.check(scope, unitIds, memberIds);
		long t2 = System.nanoTime();
		Map<Long, long[]> shifts = shifts(scope, shiftIds);
		Set<Long> incidents = incidents(scope, incidentIds);
		LocalDateTime latest = RosterService.now().plusMinutes(5);
		List<NewLog> accepted = new ArrayList<>();
		// the first item of each client id that passed the checks; later items of the
		// same client id are its duplicates
		Map<String, Integer> firstInBatch = new HashMap<>();
		// client ids of items refused by the checks: duplicates if they exist already
		Set<String> refused = new HashSet<>();
		Set<Long> shiftsInBatch = new HashSet<>();
		for (int i = 0; i < n; i++) {
			Parsed p = parsed[i];
			if (p == null || firstInBatch.containsKey(p.clientId())) {
				continue;
			}
			try {
				accepted.add(check(p, checked.owners(), shifts, checked.members(), incidents, latest, shiftsInBatch,
						single));
				firstInBatch.put(p.clientId(), i);
			}
			catch (GrassrootsException ex) {
				outcomes[i] = new Outcome(null, false, ex);
				refused.add(p.clientId());
			}
		}
		long t3 = System.nanoTime();
		UUID batchId = single ? null : UUID.randomUUID();
		Map<String, Long> created = this.writer.insert(accepted, scope.username(), RosterService.now(), batchId);
		long t4 = System.nanoTime();
		// logs of these client ids exist (written before, or by a concurrent request)
		Set<String> unknown = new HashSet<>(refused);
		accepted.forEach((l) -> unknown.add(l.clientId()));
		unknown.removeAll(created.keySet());
		Map<String, Long> existing = this.writer.existing(unknown);
		for (NewLog log : accepted) {
			if (!created.containsKey(log.clientId()) && !existing.containsKey(log.clientId())) {
				throw new IllegalStateException("patrol log neither written nor found: " + log.clientId());
			}
		}
		for (int i = 0; i < n; i++) {
			Parsed p = parsed[i];
			if (p == null) {
				continue;
			}
			Long old = existing.get(p.clientId());
			Long id = created.get(p.clientId());
			Integer first = firstInBatch.get(p.clientId());
			if (old != null) {
				outcomes[i] = new Outcome(old, false, null);
			}
			else if (outcomes[i] == null) {
				// written, or a later item of a client id written in this batch
				outcomes[i] = new Outcome(id, first == i, null);
			}
		}
		if (!created.isEmpty()) {
			if (single) {
				NewLog log = accepted.get(0);
				this.audit.record(scope.username(), "patrols.log.create", "patrol-log",
						Long.toString(created.get(log.clientId())), null,
						log.startedAt() + " unit " + ((log.teamId() != null) ? log.teamId() : log.communeId())
								+ " members " + log.memberIds());
			}
			else {
				// one entry per batch: its logs are the rows with this batch id, between
				// the two ids named (the primary key finds them)
				LongSummaryStatistics range = created.values().stream().mapToLong(Long::longValue).summaryStatistics();
				this.audit.record(scope.username(), "patrols.log.bulk", "patrol-log-batch", String.valueOf(batchId),
						null, created.size() + " created of " + n + " items; patrol logs with batch_id " + batchId
								+ ", ids " + range.getMin() + ".." + range.getMax());
			}
		}
		// last: the roll-up rows stay locked until the commit
		this.writer.rollUp((created.size() == accepted.size()) ? accepted
				: accepted.stream().filter((l) -> created.containsKey(l.clientId())).toList());
		long t5 = System.nanoTime();
		if (logger.isDebugEnabled()) {
			logger.debug(
					"patrol-log batch of {} ({} written): parse {} ms, units and members {} ms, checks {} ms,"
							+ " write {} ms, duplicates, audit and roll-up {} ms",
					n, created.size(), ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t5 - t4));
		}
		return java.util.Arrays.asList(outcomes);
	}

	private static String ms(long nanos) {
		return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
	}

	private NewLog check(Parsed p, Map<Long, PatrolSql.Owner> owners, Map<Long, long[]> shifts,
			Map<Long, PatrolSql.Member> members, Set<Long> incidents, LocalDateTime latest, Set<Long> shiftsInBatch,
			boolean single) {
		PatrolSql.Owner owner = owners.get(p.unitId());
		if (owner == null) {
			if (single) {
				// the same 404 or 422 as elsewhere for a unit outside the scope or of
				// another level
				throw GrassrootsException.notFound("unit " + p.unitId());
			}
			throw GrassrootsException.ruleOnField("unitId", p.unitId(), "patrols.validation.unit-unknown");
		}
		if (p.startedAt().isAfter(latest)) {
			throw GrassrootsException.ruleOnField("startedAt", p.startedAt().toString(), "patrols.log.future");
		}
		if (p.startedAt().isBefore(EARLIEST)) {
			throw GrassrootsException.ruleOnField("startedAt", p.startedAt().toString(), "patrols.log.too-early",
					EARLIEST.toLocalDate().toString());
		}
		if (p.shiftId() != null) {
			long[] shift = shifts.get(p.shiftId());
			if (shift == null) {
				throw GrassrootsException.ruleOnField("shiftId", p.shiftId(), "patrols.validation.shift-unknown");
			}
			if (shift[0] != owner.unitId()) {
				throw GrassrootsException.ruleOnField("shiftId", p.shiftId(), "patrols.log.shift-unit");
			}
			if (shift[1] != 0 || !shiftsInBatch.add(p.shiftId())) {
				throw GrassrootsException.ruleOnField("shiftId", p.shiftId(), "patrols.log.shift-logged");
			}
		}
		for (Long memberId : p.memberIds()) {
			PatrolSql.Member member = members.get(memberId);
			if (member == null) {
				throw GrassrootsException.ruleOnField("participantIds", memberId, "patrols.validation.member-unknown");
			}
			if (!member.activeOn(p.startedAt().toLocalDate())) {
				String text = RosterService.describe(owner.name(), p.startedAt(), p.endedAt());
				throw new GrassrootsException(ProblemCode.PATROL_MEMBER_NOT_ACTIVE, List
					.of(new FieldProblem("participantIds", memberId, "patrols.log.not-active", member.name(), text)),
						member.name(), text);
			}
		}
		for (Long incidentId : p.incidentIds()) {
			if (!incidents.contains(incidentId)) {
				throw GrassrootsException.ruleOnField("incidentIds", incidentId, "patrols.validation.incident-unknown");
			}
		}
		int count = (p.participantCount() != null) ? p.participantCount() : p.memberIds().size();
		if (count < Math.max(1, p.memberIds().size())) {
			throw GrassrootsException.ruleOnField("participantCount", count, "patrols.log.participant-count",
					Math.max(1, p.memberIds().size()));
		}
		return new NewLog(p.clientId(), owner.communeId(), owner.teamId(), p.shiftId(), p.startedAt(), p.endedAt(),
				PatrolRules.night(p.startedAt(), p.endedAt()), p.area(), p.route(), p.findings(), count,
				List.copyOf(p.memberIds()), List.copyOf(p.incidentIds()));
	}

	/** Shifts in scope: id -> {team or commune unit, 1 when logged already}. */
	private Map<Long, long[]> shifts(UnitScope scope, Set<Long> ids) {
		Map<Long, long[]> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		SubtreeFilter in = this.units.subtree(scope);
		in.bind(this.jdbc.sql("select x.id, coalesce(x.team_id, x.commune_id), (select count(*) from pat_patrol_log l"
				+ " where l.shift_id = x.id) from pat_shift x where x.id = any(:ids) and "
				+ PatrolSql.inScope(in, "x")))
			.param("ids", ids.toArray(new Long[0]))
			.query((rs, i) -> found.put(rs.getLong(1), new long[] { rs.getLong(2), (rs.getLong(3) > 0) ? 1 : 0 }))
			.list();
		return found;
	}

	/**
	 * Incidents in scope among the ids (read from the operations tables in one query: the
	 * operations API checks one incident at a time).
	 */
	private Set<Long> incidents(UnitScope scope, Set<Long> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		SubtreeFilter in = this.units.subtree(scope);
		return new HashSet<>(in
			.bind(this.jdbc
				.sql("select i.id from ops_incident i where i.id = any(:ids) and " + in.condition("i.unit_id")))
			.param("ids", ids.toArray(new Long[0]))
			.query(Long.class)
			.list());
	}

	private static Parsed parse(PatrolLogForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		String clientId = null;
		if (blank(form.clientId())) {
			problems.add(new FieldProblem("clientId", form.clientId(), "validation.required"));
		}
		else if (form.clientId().trim().length() > MAX_CLIENT_ID) {
			problems.add(new FieldProblem("clientId", form.clientId().length(), "patrols.validation.max-length",
					MAX_CLIENT_ID));
		}
		else {
			clientId = form.clientId().trim().toLowerCase(Locale.ROOT);
		}
		Long unitId = RosterService.id("unitId", form.unitId(), problems);
		Long shiftId = blank(form.shiftId()) ? null : RosterService.id("shiftId", form.shiftId(), problems);
		LocalDateTime started = dateTime("startedAt", form.startedAt(), problems);
		LocalDateTime ended = dateTime("endedAt", form.endedAt(), problems);
		String area = RosterService.text("area", form.area(), 200, true, problems);
		String route = RosterService.text("route", form.route(), 500, false, problems);
		String findings = RosterService.text("findings", form.findings(), 4000, false, problems);
		// PostgreSQL text cannot hold NUL: refuse the item rather than fail the batch
		noNul("clientId", form.clientId(), problems);
		noNul("area", area, problems);
		noNul("route", route, problems);
		noNul("findings", findings, problems);
		if (started != null && ended != null && !ended.isAfter(started)) {
			problems.add(new FieldProblem("endedAt", form.endedAt(), "patrols.log.end-before-start"));
		}
		else if (started != null && ended != null && ChronoUnit.HOURS.between(started, ended) > 24) {
			problems.add(new FieldProblem("endedAt", form.endedAt(), "patrols.shift.too-long"));
		}
		if (form.participantCount() != null && form.participantCount() > 500) {
			problems.add(new FieldProblem("participantCount", form.participantCount(), "validation.range", 1, 500));
		}
		List<Long> members = (form.participantIds() != null)
				? form.participantIds().stream().filter(Objects::nonNull).distinct().toList() : List.of();
		List<Long> incidents = (form.incidentIds() != null)
				? form.incidentIds().stream().filter(Objects::nonNull).distinct().toList() : List.of();
		RosterService.throwIfAny(problems);
		return new Parsed(clientId, unitId, shiftId, started, ended, area, route, findings, members,
				form.participantCount(), incidents);
	}

	private static @Nullable LocalDateTime dateTime(String field, @Nullable String raw, List<FieldProblem> problems) {
		if (blank(raw)) {
			problems.add(new FieldProblem(field, raw, "validation.required"));
			return null;
		}
		try {
			return LocalDateTime.parse(raw.trim()).truncatedTo(ChronoUnit.SECONDS);
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, raw, "patrols.validation.datetime"));
			return null;
		}
	}

	private static void noNul(String field, @Nullable String value, List<FieldProblem> problems) {
		if (value != null && value.indexOf('\u0000') >= 0) {
			problems
				.add(new FieldProblem(field, value.replace('\u0000', ' '), "patrols.validation.control-characters"));
		}
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

	private record Parsed(String clientId, long unitId, @Nullable Long shiftId, LocalDateTime startedAt,
			LocalDateTime endedAt, String area, @Nullable String route, @Nullable String findings, List<Long> memberIds,
			@Nullable Integer participantCount, List<Long> incidentIds) {
	}

	private record Outcome(@Nullable Long id, boolean created, @Nullable GrassrootsException failure) {
	}

}

package vn.grassroots.patrols.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Set-based writes of checked patrol logs, their participants and incident links, and the
 * roll-up {@code pat_patrol_month} (one change per commune and month of the batch), all
 * in the caller's transaction. Two ways, chosen by the database:
 * <ul>
 * <li>PostgreSQL: the batch is copied (COPY, text format) into a session-local temporary
 * table that empties itself at commit, then one statement inserts the logs in client-id
 * order with {@code on conflict (client_id) do nothing}, their participants and incident
 * links from the logs it actually inserted, and adds those logs to the roll-up with
 * {@code on conflict ... do update}. A log another transaction wrote meanwhile under the
 * same client id is thus skipped, not an error (the caller reads its id), and concurrent
 * batches take row locks in the same order (client ids, then communes and months), so
 * they wait for each other instead of deadlocking.</li>
 * <li>Elsewhere (H2): JDBC batches of inserts, the roll-up as an update and an insert of
 * the missing months; a concurrent duplicate fails on a unique key and the caller
 * retries.</li>
 * </ul>
 */
@Component
public class PatrolLogWriter {

	private static final int CHUNK = 1000;

	/** Flush the COPY buffer at about this many characters. */
	private static final int COPY_BUFFER = 256 * 1024;

	private static final String STAGE = "create temporary table if not exists pat_stage_log (client_id text,"
			+ " commune_id bigint, team_id bigint, shift_id bigint, started_at timestamp, ended_at timestamp,"
			+ " night boolean, area text, route text, findings text, participant_count int, member_ids bigint[],"
			+ " incident_ids bigint[]) on commit delete rows";

	private static final String COPY = "copy pat_stage_log (client_id, commune_id, team_id, shift_id, started_at,"
			+ " ended_at, night, area, route, findings, participant_count, member_ids, incident_ids) from stdin";

	private static final String INSERT = "with ins as (insert into pat_patrol_log (client_id, commune_id, team_id,"
			+ " shift_id, started_at, ended_at, night, area, route, findings, participant_count, recorded_by,"
			+ " recorded_at, batch_id) select client_id, commune_id, team_id, shift_id, started_at, ended_at, night,"
			+ " area, route, findings, participant_count, ?, ?, ? from pat_stage_log order by client_id"
			+ " on conflict (client_id) do nothing"
			+ " returning id, client_id, commune_id, started_at, night, participant_count),"
			+ " people as (insert into pat_patrol_participant (patrol_id, member_id) select ins.id, m.member_id"
			+ " from ins join pat_stage_log s on s.client_id = ins.client_id cross join unnest(s.member_ids)"
			+ " as m(member_id)),"
			+ " links as (insert into pat_patrol_incident (patrol_id, incident_id) select ins.id, i.incident_id"
			+ " from ins join pat_stage_log s on s.client_id = ins.client_id cross join unnest(s.incident_ids)"
			+ " as i(incident_id))" + " select id, client_id from ins";

	private static final String UPSERT_MONTHS = "insert into pat_patrol_month as m (commune_id, month_start, patrols,"
			+ " night_patrols, participations) select * from unnest(?, ?, ?, ?, ?) order by 1, 2"
			+ " on conflict (commune_id, month_start) do update set patrols = m.patrols + excluded.patrols,"
			+ " night_patrols = m.night_patrols + excluded.night_patrols,"
			+ " participations = m.participations + excluded.participations";

	private final JdbcTemplate template;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final boolean postgres;

	PatrolLogWriter(JdbcTemplate template, JdbcClient jdbc, DataSource dataSource) {
		this.template = template;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		try (Connection c = dataSource.getConnection()) {
			this.postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether batches are staged with COPY (PostgreSQL) rather than JDBC batches. */
	public boolean copies() {
		return this.postgres;
	}

	/**
	 * Inserts the logs whose client ids do not exist yet (client ids unique among them)
	 * and returns the ids of those this transaction inserted, by client id; the others
	 * are left out. On PostgreSQL that includes a log whose client id a concurrent
	 * transaction commits first (the insert waits for it); on H2 such a race fails with a
	 * {@code DuplicateKeyException}, for the caller to try again.
	 * @param logs checked logs, none with a client id twice
	 * @param actor who records them
	 * @param now the time of recording
	 * @param batchId the batch they arrive in, null for a log recorded on its own
	 */
	public Map<String, Long> insert(List<NewLog> logs, String actor, LocalDateTime now, @Nullable UUID batchId) {
		if (logs.isEmpty()) {
			return new HashMap<>();
		}
		if (!this.postgres) {
			return insertInBatches(logs, actor, now, batchId);
		}
		// the transaction's connection, for the COPY API of the driver
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			return copyAndInsert(connection, logs, actor, now, batchId);
		}
		catch (SQLException ex) {
			// as JdbcTemplate would: a unique-key race or deadlock keeps its Spring type
			DataAccessException translated = this.template.getExceptionTranslator()
				.translate("patrol log batch", null, ex);
			throw (translated != null) ? translated : new UncategorizedSQLException("patrol log batch", null, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private Map<String, Long> copyAndInsert(Connection connection, List<NewLog> logs, String actor, LocalDateTime now,
			@Nullable UUID batchId) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(STAGE);
		}
		CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
		try {
			CopyText text = new CopyText(COPY_BUFFER + 8192);
			for (NewLog log : logs) {
				text.text(log.clientId())
					.number(log.communeId())
					.number(log.teamId())
					.number(log.shiftId())
					.time(log.startedAt())
					.time(log.endedAt())
					.bool(log.night())
					.text(log.area())
					.text(log.route())
					.text(log.findings())
					.number(log.participantCount())
					.array(log.memberIds())
					.array(log.incidentIds())
					.end();
				if (text.length() >= COPY_BUFFER) {
					text.flushTo(copy);
				}
			}
			text.flushTo(copy);
			copy.endCopy();
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
		Map<String, Long> ids = new HashMap<>(logs.size() * 2);
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			insert.setString(1, actor);
			insert.setTimestamp(2, Timestamp.valueOf(now));
			insert.setObject(3, batchId);
			try (ResultSet rs = insert.executeQuery()) {
				while (rs.next()) {
					ids.put(rs.getString(2), rs.getLong(1));
				}
			}
		}
		return ids;
	}

	private Map<String, Long> insertInBatches(List<NewLog> all, String actor, LocalDateTime now,
			@Nullable UUID batchId) {
		Map<String, Long> before = existing(all.stream().map(NewLog::clientId).toList());
		List<NewLog> logs = before.isEmpty() ? all
				: all.stream().filter((l) -> !before.containsKey(l.clientId())).toList();
		if (logs.isEmpty()) {
			return new HashMap<>();
		}
		Timestamp at = Timestamp.valueOf(now);
		this.template.batchUpdate("insert into pat_patrol_log (client_id, commune_id, team_id, shift_id, started_at,"
				+ " ended_at, night, area, route, findings, participant_count, recorded_by, recorded_at, batch_id)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", logs, CHUNK, (ps, log) -> {
					ps.setString(1, log.clientId());
					ps.setLong(2, log.communeId());
					setLong(ps, 3, log.teamId());
					setLong(ps, 4, log.shiftId());
					ps.setTimestamp(5, Timestamp.valueOf(log.startedAt()));
					ps.setTimestamp(6, Timestamp.valueOf(log.endedAt()));
					ps.setBoolean(7, log.night());
					ps.setString(8, log.area());
					ps.setString(9, log.route());
					ps.setString(10, log.findings());
					ps.setInt(11, log.participantCount());
					ps.setString(12, actor);
					ps.setTimestamp(13, at);
					ps.setObject(14, batchId);
				});
		Map<String, Long> ids = existing(logs.stream().map(NewLog::clientId).toList());
		List<long[]> participants = new ArrayList<>();
		List<long[]> incidents = new ArrayList<>();
		for (NewLog log : logs) {
			long id = ids.get(log.clientId());
			log.memberIds().forEach((m) -> participants.add(new long[] { id, m }));
			log.incidentIds().forEach((i) -> incidents.add(new long[] { id, i }));
		}
		this.template.batchUpdate("insert into pat_patrol_participant (patrol_id, member_id) values (?, ?)",
				participants, CHUNK, (ps, p) -> {
					ps.setLong(1, p[0]);
					ps.setLong(2, p[1]);
				});
		this.template.batchUpdate("insert into pat_patrol_incident (patrol_id, incident_id) values (?, ?)", incidents,
				CHUNK, (ps, p) -> {
					ps.setLong(1, p[0]);
					ps.setLong(2, p[1]);
				});
		return ids;
	}

	/**
	 * The ids of the logs with these client ids, by client id; one query (an array
	 * parameter) whatever their number.
	 */
	public Map<String, Long> existing(Collection<String> clientIds) {
		Map<String, Long> found = new HashMap<>(clientIds.size() * 2);
		if (clientIds.isEmpty()) {
			return found;
		}
		this.jdbc.sql("select client_id, id from pat_patrol_log where client_id = any(:ids)")
			.param("ids", clientIds.toArray(new String[0]))
			.query((rs, n) -> found.put(rs.getString(1), rs.getLong(2)))
			.list();
		return found;
	}

	/**
	 * Adds the logs to {@code pat_patrol_month}, one change per commune and month, in
	 * commune and month order. Meant as the last write before the commit: the rows it
	 * changes stay locked until then, and every concurrent batch of the same communes
	 * waits for them (PostgreSQL: one {@code insert ... on conflict do update}; H2: an
	 * update, then an insert of the missing months, which fails on the primary key when a
	 * concurrent batch inserted the same month first).
	 */
	public void rollUp(List<NewLog> logs) {
		if (logs.isEmpty()) {
			return;
		}
		Map<MonthKey, long[]> sums = new TreeMap<>();
		for (NewLog log : logs) {
			long[] s = sums.computeIfAbsent(
					new MonthKey(log.communeId(), log.startedAt().toLocalDate().withDayOfMonth(1)), (k) -> new long[3]);
			s[0]++;
			s[1] += log.night() ? 1 : 0;
			s[2] += log.participantCount();
		}
		if (this.postgres) {
			upsertMonths(sums);
			return;
		}
		List<Map.Entry<MonthKey, long[]>> entries = new ArrayList<>(sums.entrySet());
		int[][] updated = this.template.batchUpdate(
				"update pat_patrol_month set patrols = patrols + ?, night_patrols = night_patrols + ?,"
						+ " participations = participations + ? where commune_id = ? and month_start = ?",
				entries, entries.size() + 1, (ps, e) -> {
					ps.setLong(1, e.getValue()[0]);
					ps.setLong(2, e.getValue()[1]);
					ps.setLong(3, e.getValue()[2]);
					ps.setLong(4, e.getKey().communeId());
					ps.setObject(5, e.getKey().monthStart());
				});
		List<Map.Entry<MonthKey, long[]>> missing = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			if (updated[0][i] == 0) {
				missing.add(entries.get(i));
			}
		}
		this.template.batchUpdate("insert into pat_patrol_month (commune_id, month_start, patrols, night_patrols,"
				+ " participations) values (?, ?, ?, ?, ?)", missing, missing.size() + 1, (ps, e) -> {
					ps.setLong(1, e.getKey().communeId());
					ps.setObject(2, e.getKey().monthStart());
					ps.setLong(3, e.getValue()[0]);
					ps.setLong(4, e.getValue()[1]);
					ps.setLong(5, e.getValue()[2]);
				});
	}

	private void upsertMonths(Map<MonthKey, long[]> sums) {
		int n = sums.size();
		Long[] communes = new Long[n];
		java.sql.Date[] months = new java.sql.Date[n];
		Long[] patrols = new Long[n];
		Long[] nights = new Long[n];
		Long[] participations = new Long[n];
		int i = 0;
		for (Map.Entry<MonthKey, long[]> e : sums.entrySet()) {
			communes[i] = e.getKey().communeId();
			months[i] = java.sql.Date.valueOf(e.getKey().monthStart());
			patrols[i] = e.getValue()[0];
			nights[i] = e.getValue()[1];
			participations[i] = e.getValue()[2];
			i++;
		}
		this.template.update(UPSERT_MONTHS, (ps) -> {
			Connection c = ps.getConnection();
			ps.setArray(1, c.createArrayOf("bigint", communes));
			ps.setArray(2, c.createArrayOf("date", months));
			ps.setArray(3, c.createArrayOf("bigint", patrols));
			ps.setArray(4, c.createArrayOf("bigint", nights));
			ps.setArray(5, c.createArrayOf("bigint", participations));
		});
	}

	/**
	 * Rebuilds {@code pat_patrol_month} from all patrol logs, e.g. after a COPY; returns
	 * the number of rows.
	 */
	public int rebuild() {
		this.jdbc.sql("delete from pat_patrol_month").update();
		return this.jdbc.sql("insert into pat_patrol_month (commune_id, month_start, patrols, night_patrols,"
				+ " participations) select commune_id, month_start, count(*), sum(case when night then 1 else 0 end),"
				+ " sum(participant_count) from (select commune_id, night, participant_count, cast(date_trunc('month',"
				+ " started_at) as date) as month_start from pat_patrol_log) l group by commune_id, month_start")
			.update();
	}

	private static void setLong(PreparedStatement ps, int index, @Nullable Long value) throws SQLException {
		if (value == null) {
			ps.setNull(index, java.sql.Types.BIGINT);
		}
		else {
			ps.setLong(index, value);
		}
	}

	/**
	 * A checked patrol log ready to insert.
	 *
	 * @param clientId client id (normalised)
	 * @param communeId commune police unit
	 * @param teamId TEAM unit, if any
	 * @param shiftId shift, if any
	 * @param startedAt start
	 * @param endedAt end
	 * @param night night flag
	 * @param area area
	 * @param route route
	 * @param findings findings
	 * @param participantCount people who took part
	 * @param memberIds members who took part
	 * @param incidentIds linked incidents
	 */
	public record NewLog(String clientId, long communeId, @Nullable Long teamId, @Nullable Long shiftId,
			LocalDateTime startedAt, LocalDateTime endedAt, boolean night, String area, @Nullable String route,
			@Nullable String findings, int participantCount, List<Long> memberIds, List<Long> incidentIds) {
	}

	record MonthKey(long communeId, LocalDate monthStart) implements Comparable<MonthKey> {

		@Override
		public int compareTo(MonthKey other) {
			int c = Long.compare(this.communeId, other.communeId);
			return (c != 0) ? c : this.monthStart.compareTo(other.monthStart);
		}

	}

}

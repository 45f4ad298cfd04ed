package vn.grassroots.patrols.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Set-based writes of checked patrol logs: JDBC batch inserts of the logs, their
 * participants and incident links, and the roll-up {@code pat_patrol_month} updated once
 * per commune and month of the batch, all in the caller's transaction. The roll-up is an
 * update of the existing row or, when there is none, an insert; two transactions that
 * both insert the same month make one fail on the primary key, and the caller retries.
 */
@Component
public class PatrolLogWriter {

	private static final int CHUNK = 1000;

	private final JdbcTemplate template;

	private final JdbcClient jdbc;

	PatrolLogWriter(JdbcTemplate template, JdbcClient jdbc) {
		this.template = template;
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the logs (each with a client id) and returns their ids by client id.
	 */
	public Map<String, Long> insert(List<NewLog> logs, String actor, LocalDateTime now) {
		Map<String, Long> ids = new LinkedHashMap<>();
		if (logs.isEmpty()) {
			return ids;
		}
		Timestamp at = Timestamp.valueOf(now);
		this.template.batchUpdate("insert into pat_patrol_log (client_id, commune_id, team_id, shift_id, started_at,"
				+ " ended_at, night, area, route, findings, participant_count, recorded_by, recorded_at)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", logs, CHUNK, (ps, log) -> {
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
				});
		ids.putAll(existing(logs.stream().map(NewLog::clientId).toList()));
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
		rollUp(logs);
		return ids;
	}

	/** The ids of the logs with these client ids, by client id; one query per 5,000. */
	public Map<String, Long> existing(Collection<String> clientIds) {
		Map<String, Long> found = new HashMap<>();
		List<String> list = List.copyOf(clientIds);
		for (int from = 0; from < list.size(); from += 5000) {
			this.jdbc.sql("select client_id, id from pat_patrol_log where client_id in (:ids)")
				.param("ids", list.subList(from, Math.min(list.size(), from + 5000)))
				.query((rs, n) -> found.put(rs.getString(1), rs.getLong(2)))
				.list();
		}
		return found;
	}

	/** Adds the logs to {@code pat_patrol_month}, one row per commune and month. */
	public void rollUp(List<NewLog> logs) {
		Map<MonthKey, long[]> sums = new LinkedHashMap<>();
		for (NewLog log : logs) {
			long[] s = sums.computeIfAbsent(
					new MonthKey(log.communeId(), log.startedAt().toLocalDate().withDayOfMonth(1)), (k) -> new long[3]);
			s[0]++;
			s[1] += log.night() ? 1 : 0;
			s[2] += log.participantCount();
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

	private static void setLong(java.sql.PreparedStatement ps, int index, @Nullable Long value)
			throws java.sql.SQLException {
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

	record MonthKey(long communeId, LocalDate monthStart) {
	}

}

package vn.grassroots.operations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;

import vn.grassroots.operations.IncidentStatus;
import vn.grassroots.operations.IncidentView;
import vn.grassroots.operations.IncidentWorkflow;
import vn.grassroots.operations.Severity;
import vn.grassroots.operations.TaskGroup;

/** SQL fragments and row mappers of the incident tables. */
public final class IncidentSql {

	/** Statuses in which the time limit runs, as an SQL list. */
	public static final String OPEN_STATUSES = "('REPORTED', 'RETURNED', 'ACKNOWLEDGED', 'IN_PROGRESS')";

	/**
	 * The join of the name {@code up} of incident {@code i}'s unit valid on {@code :ud}.
	 */
	public static final String UNIT_NAME = " left join org_unit_period up on up.unit_id = i.unit_id and "
			+ validAt("up", "ud");

	/** Incident {@code i} with the unit name {@code up} valid on {@code :ud}. */
	public static final String SELECT = "select i.*, up.full_name as unit_name from ops_incident i" + UNIT_NAME;

	private IncidentSql() {
	}

	/** The period of alias {@code a} is valid on the named date parameter. */
	public static String validAt(String a, String param) {
		return "(" + a + ".valid_from is null or " + a + ".valid_from <= :" + param + ") and (" + a
				+ ".valid_to is null or " + a + ".valid_to > :" + param + ")";
	}

	/** Maps a row of {@link #SELECT}, judging overdue at {@code now}. */
	public static RowMapper<IncidentView> view(LocalDateTime now) {
		return (rs, n) -> {
			IncidentStatus status = IncidentStatus.valueOf(rs.getString("status"));
			LocalDateTime due = time(rs, "due_at");
			long cr = rs.getLong("citizen_request_id");
			Long citizenRequest = rs.wasNull() ? null : cr;
			return new IncidentView(rs.getLong("id"), rs.getString("client_id"), rs.getLong("unit_id"),
					rs.getString("unit_name"), TaskGroup.valueOf(rs.getString("task_group")), rs.getString("subtype"),
					Severity.valueOf(rs.getString("severity")), status, time(rs, "occurred_at"),
					time(rs, "reported_at"), due, rs.getString("address"), rs.getBigDecimal("lat"),
					rs.getBigDecimal("lon"), rs.getString("description"), rs.getString("reported_by"),
					rs.getString("responsible"), time(rs, "acknowledged_at"), time(rs, "started_at"),
					time(rs, "resolved_at"), time(rs, "transferred_at"), time(rs, "returned_at"),
					rs.getString("status_note"), citizenRequest,
					due != null && IncidentWorkflow.overdue(status, due, now));
		};
	}

	@SuppressWarnings("NullAway")
	static @Nullable LocalDateTime time(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return (ts != null) ? ts.toLocalDateTime() : null;
	}

	/** A local time as a timestamp parameter, or null. */
	public static @Nullable Timestamp ts(@Nullable LocalDateTime time) {
		return (time != null) ? Timestamp.valueOf(time) : null;
	}

}

package vn.grassroots.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;

/** Appends to and reads the audit log. */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	AuditTrail(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * One entry of {@link #recordAll}.
	 *
	 * @param entityId the thing's id
	 * @param after state after
	 */
	public record Entry(String entityId, @Nullable String after) {
	}

	/**
	 * Records the same action on many things of one kind in the caller's transaction, in
	 * one batch of inserts (one entry per thing, as {@link #record} would write them).
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAll(String actor, String action, String entityType, List<Entry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		Timestamp at = Timestamp.from(Instant.now());
		String address = remoteAddress();
		String who = truncate(actor, 64);
		this.template.batchUpdate(
				"insert into aud_event (occurred_at, actor, action, entity_type, entity_id, before_state, after_state,"
						+ " remote_address) values (?, ?, ?, ?, ?, null, ?, ?)",
				entries, 500, (ps, e) -> {
					ps.setTimestamp(1, at);
					ps.setString(2, who);
					ps.setString(3, action);
					ps.setString(4, entityType);
					ps.setString(5, e.entityId());
					ps.setString(6, e.after());
					ps.setString(7, address);
				});
	}

	/**
	 * Records an action in the caller's transaction, so that a failed write leaves no
	 * entry.
	 * @param actor who
	 * @param action what, e.g. {@code organisation.rename}
	 * @param entityType kind of thing, may be null
	 * @param entityId its id, may be null
	 * @param before state before, may be null
	 * @param after state after, may be null
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String actor, String action, @Nullable String entityType, @Nullable String entityId,
			@Nullable String before, @Nullable String after) {
		insert(actor, action, entityType, entityId, before, after);
	}

	/**
	 * Records an event that must stay even when the surrounding transaction rolls back.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordIndependently(String actor, String action, @Nullable String after) {
		insert(actor, action, null, null, null, after);
	}

	private void insert(String actor, String action, @Nullable String entityType, @Nullable String entityId,
			@Nullable String before, @Nullable String after) {
		this.jdbc
			.sql("insert into aud_event (occurred_at, actor, action, entity_type, entity_id, before_state, after_state,"
					+ " remote_address) values (:at, :actor, :action, :type, :id, :before, :after, :addr)")
			.param("at", Timestamp.from(Instant.now()))
			.param("actor", truncate(actor, 64))
			.param("action", action)
			.param("type", entityType)
			.param("id", entityId)
			.param("before", before)
			.param("after", after)
			.param("addr", remoteAddress())
			.update();
	}

	/**
	 * One page of entries, newest first, optionally only of one actor or action prefix.
	 */
	@Transactional(readOnly = true)
	public PageResult<AuditEntry> search(@Nullable String actor, @Nullable String actionPrefix, PageRequest page) {
		String action = (actionPrefix != null && !actionPrefix.isBlank()) ? actionPrefix + "%" : null;
		String who = (actor != null && !actor.isBlank()) ? actor : null;
		// PostgreSQL cannot type a null parameter in "? is null": build the filter
		// instead
		String where = " where 1 = 1" + ((who != null) ? " and actor = :actor" : "")
				+ ((action != null) ? " and action like :action" : "");
		JdbcClient.StatementSpec count = this.jdbc.sql("select count(*) from aud_event" + where);
		JdbcClient.StatementSpec select = this.jdbc
			.sql("select * from aud_event" + where + " order by id desc limit :limit offset :offset");
		if (who != null) {
			count = count.param("actor", who);
			select = select.param("actor", who);
		}
		if (action != null) {
			count = count.param("action", action);
			select = select.param("action", action);
		}
		long total = count.query(Long.class).single();
		List<AuditEntry> items = select.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"),
					rs.getString("entity_id"), rs.getString("before_state"), rs.getString("after_state"),
					rs.getString("remote_address")))
			.list();
		return new PageResult<>(items, total);
	}

	private static @Nullable String remoteAddress() {
		RequestAttributes attrs = RequestContextHolder.getRequestAttributes();
		if (attrs instanceof ServletRequestAttributes servlet) {
			return truncate(servlet.getRequest().getRemoteAddr(), 64);
		}
		return null;
	}

	private static String truncate(String value, int max) {
		return (value.length() > max) ? value.substring(0, max) : value;
	}

}

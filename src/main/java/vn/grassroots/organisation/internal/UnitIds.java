package vn.grassroots.organisation.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out unit ids up front (so that materialised paths can be written in the same
 * insert), taking blocks of 100 from {@code org_unit_seq}.
 */
@Component
public class UnitIds {

	private static final int BLOCK = 100;

	private final JdbcTemplate jdbc;

	private long next;

	private long limit;

	UnitIds(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The next unused unit id. */
	public synchronized long next() {
		if (this.next >= this.limit) {
			Long start = this.jdbc.queryForObject("select nextval('org_unit_seq')", Long.class);
			this.next = (start != null) ? start : 0L;
			this.limit = this.next + BLOCK;
		}
		return this.next++;
	}

}

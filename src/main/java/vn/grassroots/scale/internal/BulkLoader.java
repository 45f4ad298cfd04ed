package vn.grassroots.scale.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Loads generated rows into a table through the fastest path of the database: COPY ...
 * FROM STDIN (CSV) on PostgreSQL, JDBC batches of prepared inserts elsewhere (H2). Rows
 * are streamed: nothing but one buffer of about 4 MB is held in memory. Each load is one
 * transaction.
 */
public final class BulkLoader {

	private static final int BUFFER = 4 << 20;

	private static final int BATCH = 1000;

	private final DataSource dataSource;

	private final boolean postgres;

	public BulkLoader(DataSource dataSource) {
		this.dataSource = dataSource;
		try (Connection c = dataSource.getConnection()) {
			this.postgres = c.getMetaData()
				.getDatabaseProductName()
				.toLowerCase(java.util.Locale.ROOT)
				.contains("postgres");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether the rows go through COPY. */
	public boolean copies() {
		return this.postgres;
	}

	/** Receives the rows of one load. */
	public interface Rows {

		/** One row, values in the order of the columns; null for SQL NULL. */
		void row(Object... values);

	}

	/**
	 * Loads the rows that {@code producer} emits into {@code table}; answers the number
	 * of rows.
	 */
	public long load(String table, String columns, Consumer<Rows> producer) {
		try (Connection c = this.dataSource.getConnection()) {
			c.setAutoCommit(false);
			long rows = this.postgres ? copy(c, table, columns, producer) : batch(c, table, columns, producer);
			c.commit();
			if (this.postgres) {
				// fresh statistics, or the planner takes the grown table for an empty one
				c.setAutoCommit(true);
				try (java.sql.Statement s = c.createStatement()) {
					s.execute("analyze " + table);
				}
			}
			return rows;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("loading " + table + ": " + ex.getMessage(), ex);
		}
	}

	private static long copy(Connection c, String table, String columns, Consumer<Rows> producer) throws SQLException {
		CopyIn copy = c.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("copy " + table + " (" + columns + ") from stdin with (format csv)");
		StringBuilder buffer = new StringBuilder(BUFFER + 4096);
		long[] count = new long[1];
		try {
			producer.accept((values) -> {
				for (int i = 0; i < values.length; i++) {
					if (i > 0) {
						buffer.append(',');
					}
					csv(buffer, values[i]);
				}
				buffer.append('\n');
				count[0]++;
				if (buffer.length() >= BUFFER) {
					flush(copy, buffer);
				}
			});
			flush(copy, buffer);
			copy.endCopy();
		}
		catch (RuntimeException ex) {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
			throw ex;
		}
		return count[0];
	}

	private static void flush(CopyIn copy, StringBuilder buffer) {
		if (buffer.length() == 0) {
			return;
		}
		byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
		try {
			copy.writeToCopy(bytes, 0, bytes.length);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		buffer.setLength(0);
	}

	private static void csv(StringBuilder out, Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof String s) {
			out.append('"');
			for (int i = 0; i < s.length(); i++) {
				char ch = s.charAt(i);
				if (ch == '"') {
					out.append('"');
				}
				out.append(ch);
			}
			out.append('"');
		}
		else if (value instanceof LocalDateTime t) {
			out.append(t.toLocalDate()).append(' ').append(t.toLocalTime());
		}
		else {
			out.append(value);
		}
	}

	private static long batch(Connection c, String table, String columns, Consumer<Rows> producer) throws SQLException {
		int n = columns.split(",").length;
		String sql = "insert into " + table + " (" + columns + ") values (" + "?,".repeat(n - 1) + "?)";
		long[] count = new long[1];
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			producer.accept((values) -> {
				try {
					for (int i = 0; i < values.length; i++) {
						Object v = values[i];
						if (v instanceof LocalDate d) {
							v = java.sql.Date.valueOf(d);
						}
						else if (v instanceof LocalDateTime t) {
							v = Timestamp.valueOf(t);
						}
						ps.setObject(i + 1, v);
					}
					ps.addBatch();
					if (++count[0] % BATCH == 0) {
						ps.executeBatch();
					}
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			ps.executeBatch();
		}
		return count[0];
	}

}

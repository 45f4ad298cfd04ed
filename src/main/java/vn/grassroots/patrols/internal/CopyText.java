package vn.grassroots.patrols.internal;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's COPY text format: columns separated by tabs, rows ended by a
 * newline, {@code \N} for NULL, backslash, tab, newline and carriage return escaped with
 * a backslash. Values are appended column by column; {@link #end} ends the row.
 */
final class CopyText {

	private final StringBuilder buffer;

	private boolean first = true;

	CopyText(int capacity) {
		this.buffer = new StringBuilder(capacity);
	}

	/** A text column, escaped. */
	CopyText text(@Nullable String value) {
		separate();
		if (value == null) {
			this.buffer.append("\\N");
			return this;
		}
		for (int i = 0; i < value.length(); i++) {
			char ch = value.charAt(i);
			switch (ch) {
				case '\\' -> this.buffer.append("\\\\");
				case '\t' -> this.buffer.append("\\t");
				case '\n' -> this.buffer.append("\\n");
				case '\r' -> this.buffer.append("\\r");
				default -> this.buffer.append(ch);
			}
		}
		return this;
	}

	/** A number column. */
	CopyText number(@Nullable Long value) {
		separate();
		if (value == null) {
			this.buffer.append("\\N");
		}
		else {
			this.buffer.append(value.longValue());
		}
		return this;
	}

	/** A number column. */
	CopyText number(long value) {
		separate();
		this.buffer.append(value);
		return this;
	}

	/** A boolean column. */
	CopyText bool(boolean value) {
		separate();
		this.buffer.append(value ? 't' : 'f');
		return this;
	}

	/** A timestamp column (ISO 8601, which PostgreSQL reads). */
	CopyText time(LocalDateTime value) {
		separate();
		this.buffer.append(value);
		return this;
	}

	/** A {@code bigint[]} column. */
	CopyText array(List<Long> values) {
		separate();
		this.buffer.append('{');
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				this.buffer.append(',');
			}
			this.buffer.append(values.get(i).longValue());
		}
		this.buffer.append('}');
		return this;
	}

	/** Ends the row. */
	CopyText end() {
		this.buffer.append('\n');
		this.first = true;
		return this;
	}

	/** Characters waiting to be sent. */
	int length() {
		return this.buffer.length();
	}

	/** Sends what is waiting (UTF-8) and empties the buffer. */
	void flushTo(CopyIn copy) throws SQLException {
		if (this.buffer.isEmpty()) {
			return;
		}
		byte[] bytes = this.buffer.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		this.buffer.setLength(0);
	}

	/** The rows so far (for tests). */
	@Override
	public String toString() {
		return this.buffer.toString();
	}

	private void separate() {
		if (this.first) {
			this.first = false;
		}
		else {
			this.buffer.append('\t');
		}
	}

}

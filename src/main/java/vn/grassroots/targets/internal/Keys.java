package vn.grassroots.targets.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Runs an insert and answers the generated {@code id}. */
public final class Keys {

	private Keys() {
	}

	public static long insert(JdbcClient.StatementSpec insert) {
		KeyHolder keys = new GeneratedKeyHolder();
		insert.update(keys, "id");
		Number key = keys.getKey();
		if (key == null) {
			throw new IllegalStateException("No generated id");
		}
		return key.longValue();
	}

}

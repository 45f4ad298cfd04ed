package vn.grassroots.operations.internal;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.grassroots.operations.Severity;
import vn.grassroots.operations.Subtype;
import vn.grassroots.operations.TaskGroup;

/**
 * The subtype catalogue and the time limits per severity, read from their tables (small,
 * read on every use so that changed rows apply at once).
 */
@Component
public class Catalogue {

	private final JdbcClient jdbc;

	Catalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every subtype in catalogue order. */
	public List<Subtype> subtypes() {
		return this.jdbc
			.sql("select code, task_group, name_vi, name_en, public_service from ops_incident_subtype"
					+ " order by sort_order, code")
			.query((rs, n) -> new Subtype(rs.getString(1), TaskGroup.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getBoolean(5)))
			.list();
	}

	/** The subtype with the code, if any. */
	public Optional<Subtype> subtype(String code) {
		return subtypes().stream().filter((s) -> s.code().equals(code)).findFirst();
	}

	/** The time limit of each severity. */
	public Map<Severity, Duration> limits() {
		Map<Severity, Duration> limits = new EnumMap<>(Severity.class);
		this.jdbc.sql("select severity, hours from ops_severity_limit")
			.query((rs, n) -> Map.entry(Severity.valueOf(rs.getString(1)), Duration.ofHours(rs.getInt(2))))
			.list()
			.forEach((e) -> limits.put(e.getKey(), e.getValue()));
		for (Severity s : Severity.values()) {
			limits.putIfAbsent(s, Duration.ofHours(72));
		}
		return limits;
	}

}

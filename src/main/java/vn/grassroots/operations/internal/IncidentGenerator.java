package vn.grassroots.operations.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.operations.IncidentMix;
import vn.grassroots.operations.IncidentStatus;
import vn.grassroots.operations.Severity;
import vn.grassroots.operations.Subtype;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.UnitScope;

/**
 * A deterministic generator of realistic incidents over the last six months, for the demo
 * and for scale tests: the same seed, prefix and count always give the same incidents,
 * and running it again creates nothing twice (each incident has a client id derived from
 * seed, prefix and number). Coordinates lie around fixed anchors inside Vietnam, stable
 * per commune.
 */
@Component
public class IncidentGenerator {

	private static final double[][] ANCHORS = { { 21.03, 105.85 }, { 10.78, 106.70 }, { 16.05, 108.20 },
			{ 18.67, 105.68 }, { 10.03, 105.78 }, { 16.46, 107.59 }, { 20.86, 106.68 }, { 19.80, 105.78 } };

	private final JdbcClient jdbc;

	private final Catalogue catalogue;

	private final AuditTrail audit;

	IncidentGenerator(JdbcClient jdbc, Catalogue catalogue, AuditTrail audit) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.audit = audit;
	}

	/**
	 * Generates {@code count} incidents in the villages and commune-level units under
	 * {@code pathPrefix} (e.g. {@code /1/} or a province's path); returns how many were
	 * created now (0 when they exist already or there is no unit).
	 */
	@Transactional
	public int generate(long seed, String pathPrefix, int count) {
		Random random = new Random(seed ^ pathPrefix.hashCode());
		List<Target> targets = targets(pathPrefix);
		if (targets.isEmpty() || count <= 0) {
			return 0;
		}
		List<Subtype> subtypes = this.catalogue.subtypes();
		Map<Severity, Duration> limits = this.catalogue.limits();
		LocalDateTime now = LocalDateTime.now(Dates.ZONE).truncatedTo(ChronoUnit.MINUTES);
		int created = 0;
		for (int start = 0; start < count; start += 500) {
			int end = Math.min(count, start + 500);
			List<String> ids = new ArrayList<>();
			for (int i = start; i < end; i++) {
				ids.add(clientId(seed, pathPrefix, i));
			}
			Set<String> existing = new HashSet<>(
					this.jdbc.sql("select client_id from ops_incident where client_id in (:ids)")
						.param("ids", ids)
						.query(String.class)
						.list());
			for (int i = start; i < end; i++) {
				// draw every value even for existing rows so that the sequence stays the
				// same
				Target target = targets.get(random.nextInt(targets.size()));
				Subtype subtype = IncidentMix.pick(subtypes, Subtype::code, random);
				Severity severity = IncidentMix.severity(subtype.code(), random);
				int ageMinutes = random.nextInt(180 * 24 * 60);
				int reportDelay = 5 + random.nextInt(120);
				int statusRoll = random.nextInt(100);
				double dLat = (random.nextDouble() - 0.5) * 0.02;
				double dLon = (random.nextDouble() - 0.5) * 0.02;
				boolean withPoint = random.nextInt(100) < 85;
				int house = 1 + random.nextInt(250);
				if (existing.contains(ids.get(i - start))) {
					continue;
				}
				LocalDateTime occurred = now.minusMinutes(ageMinutes);
				LocalDateTime reported = occurred.plusMinutes(reportDelay);
				if (reported.isAfter(now)) {
					reported = now;
				}
				Duration limit = limits.get(severity);
				LocalDateTime due = reported.plus(limit);
				boolean pastDue = due.isBefore(now);
				IncidentStatus status;
				if (pastDue) {
					status = (statusRoll < 82) ? IncidentStatus.RESOLVED
							: (statusRoll < 90) ? IncidentStatus.TRANSFERRED
									: (statusRoll < 95) ? IncidentStatus.IN_PROGRESS : IncidentStatus.ACKNOWLEDGED;
				}
				else {
					status = (statusRoll < 30) ? IncidentStatus.REPORTED
							: (statusRoll < 55) ? IncidentStatus.ACKNOWLEDGED
									: (statusRoll < 80) ? IncidentStatus.IN_PROGRESS : IncidentStatus.RESOLVED;
				}
				insert(ids.get(i - start), target, subtype, severity, status, occurred, reported, due, now,
						withPoint ? target.lat + dLat : null, withPoint ? target.lon + dLon : null, house);
				created++;
			}
		}
		if (created > 0) {
			this.audit.record("system", "operations.demo.generate", "incident", null, null,
					created + " incidents, seed " + seed + ", prefix " + pathPrefix);
		}
		return created;
	}

	static String clientId(long seed, String prefix, int i) {
		return UUID
			.nameUUIDFromBytes(
					("grassroots-demo-incident:" + seed + ":" + prefix + ":" + i).getBytes(StandardCharsets.UTF_8))
			.toString();
	}

	private void insert(String clientId, Target target, Subtype subtype, Severity severity, IncidentStatus status,
			LocalDateTime occurred, LocalDateTime reported, LocalDateTime due, LocalDateTime now, @Nullable Double lat,
			@Nullable Double lon, int house) {
		long steps = Math.max(1, Duration.between(reported, now).toMinutes());
		LocalDateTime acknowledged = (status != IncidentStatus.REPORTED)
				? reported.plusMinutes(Math.min(steps / 4 + 1, 60)) : null;
		LocalDateTime started = (status == IncidentStatus.IN_PROGRESS || status == IncidentStatus.RESOLVED)
				? reported.plusMinutes(Math.min(steps / 3 + 2, 180)) : null;
		LocalDateTime resolved = (status == IncidentStatus.RESOLVED)
				? reported.plusMinutes(Math.min(steps / 2 + 3, Duration.between(reported, due).toMinutes())) : null;
		LocalDateTime transferred = (status == IncidentStatus.TRANSFERRED) ? reported.plusMinutes(Math.min(steps, 600))
				: null;
		this.jdbc
			.sql("insert into ops_incident (client_id, unit_id, task_group, subtype, severity, status, occurred_at,"
					+ " reported_at, due_at, address, lat, lon, description, reported_by, responsible, acknowledged_at,"
					+ " started_at, resolved_at, transferred_at, status_note, updated_at) values (:client, :unit, :group,"
					+ " :subtype, :severity, :status, :occurred, :reported, :due, :address, :lat, :lon, :description,"
					+ " 'demo', :responsible, :ack, :started, :resolved, :transferred, :note, :updated)")
			.param("client", clientId)
			.param("unit", target.unitId)
			.param("group", subtype.taskGroup().name())
			.param("subtype", subtype.code())
			.param("severity", severity.name())
			.param("status", status.name())
			.param("occurred", IncidentSql.ts(occurred))
			.param("reported", IncidentSql.ts(reported))
			.param("due", IncidentSql.ts(due))
			.param("address", "Số " + house + ", " + target.name)
			.param("lat", (lat != null) ? BigDecimal.valueOf(lat).setScale(6, RoundingMode.HALF_UP) : null,
					java.sql.Types.NUMERIC)
			.param("lon", (lon != null) ? BigDecimal.valueOf(lon).setScale(6, RoundingMode.HALF_UP) : null,
					java.sql.Types.NUMERIC)
			.param("description", "[demo] " + subtype.nameVi() + " tại " + target.name + ".")
			.param("responsible", (acknowledged != null) ? "officer" : null, java.sql.Types.VARCHAR)
			.param("ack", IncidentSql.ts(acknowledged), java.sql.Types.TIMESTAMP)
			.param("started", IncidentSql.ts(started), java.sql.Types.TIMESTAMP)
			.param("resolved", IncidentSql.ts(resolved), java.sql.Types.TIMESTAMP)
			.param("transferred", IncidentSql.ts(transferred), java.sql.Types.TIMESTAMP)
			.param("note", (status == IncidentStatus.TRANSFERRED) ? "[demo] Chuyển Công an tỉnh" : null,
					java.sql.Types.VARCHAR)
			.param("updated", IncidentSql.ts(now))
			.update();
	}

	private List<Target> targets(String prefix) {
		return this.jdbc
			.sql("select p.unit_id, p.type, p.path, p.full_name, p.parent_id from org_unit_period p"
					+ " join org_unit u on u.id = p.unit_id where p.path >= :s and p.path < :e and "
					+ IncidentSql.validAt("p", "d") + " and (p.type = 'VILLAGE' or u.commune_level = true)"
					+ " order by p.path limit 5000")
			.param("s", UnitScope.rangeStart(prefix))
			.param("e", UnitScope.rangeEnd(prefix))
			.param("d", Dates.today())
			.query((rs, n) -> {
				String path = rs.getString(3);
				String[] parts = path.split("/");
				long province = (parts.length > 2) ? Long.parseLong(parts[2]) : 0L;
				long commune = "VILLAGE".equals(rs.getString(2)) ? rs.getLong(5) : rs.getLong(1);
				double[] anchor = ANCHORS[(int) Math.floorMod(province, (long) ANCHORS.length)];
				Random place = new Random(commune * 31 + 7);
				return new Target(rs.getLong(1), rs.getString(4), anchor[0] + (place.nextDouble() - 0.5) * 0.3,
						anchor[1] + (place.nextDouble() - 0.5) * 0.3);
			})
			.list();
	}

	private record Target(long unitId, String name, double lat, double lon) {
	}

}

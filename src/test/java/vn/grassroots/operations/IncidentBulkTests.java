package vn.grassroots.operations;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a bulk batch of incidents writes for each created item, on H2 (JDBC batches) and,
 * with GRASSROOTS_TEST_DB_URL, on PostgreSQL (one statement with a column per array).
 */
@SpringBootTest
class IncidentBulkTests {

	@Autowired
	IncidentService incidents;

	@Autowired
	UnitQueries units;

	@Autowired
	JdbcClient jdbc;

	UnitScope officer;

	long village;

	@BeforeEach
	void officersVillage() {
		long commune = this.jdbc.sql("select unit_id from acc_user where username = 'officer'")
			.query(Long.class)
			.single();
		this.officer = new UnitScope("officer", commune, Set.of(Role.COMMUNE_OFFICER), Dates.today(),
				this.units.scopePaths(commune, Dates.today()));
		this.village = this.jdbc
			.sql("select unit_id from org_unit_period where parent_id = :id and type = 'VILLAGE'"
					+ " and valid_to is null order by unit_id limit 1")
			.param("id", commune)
			.query(Long.class)
			.single();
	}

	@Test
	void writesEachCreatedIncidentWithItsFirstEventAuditEntryAndDueTimeUnderItsOwnId() {
		String low = UUID.randomUUID().toString();
		String critical = UUID.randomUUID().toString();
		List<IncidentForm> batch = List.of(form(low, "LOW", "21.03", "105.85", "Mất trộm gà"),
				form(critical, "CRITICAL", null, null, "Cháy nhà\tkho"),
				form(low.toUpperCase(Locale.ROOT), "LOW", "21.03", "105.85", "Mất trộm gà"));

		List<BulkItemResult> results = this.incidents.bulk(this.officer, batch, Locale.ENGLISH);

		assertThat(results).extracting(BulkItemResult::result).containsExactly("created", "created", "duplicate");
		assertThat(results.get(2).id()).isEqualTo(results.get(0).id());
		assertThat(row(results.get(0).id())).isEqualTo(low + " LOW Mất trộm gà 21.03");
		assertThat(row(results.get(1).id())).isEqualTo(critical + " CRITICAL Cháy nhà\tkho null");
		for (BulkItemResult created : results.subList(0, 2)) {
			assertThat(this.jdbc
				.sql("select count(*) from ops_incident_event where incident_id = :id"
						+ " and action = 'REPORT' and to_status = 'REPORTED'")
				.param("id", created.id())
				.query(Long.class)
				.single()).isOne();
			assertThat(this.jdbc
				.sql("select count(*) from aud_event where action = 'operations.incident.report'"
						+ " and entity_id = :id")
				.param("id", Long.toString(created.id()))
				.query(Long.class)
				.single()).isOne();
		}
		assertThat(hoursToDue(results.get(0).id())).isEqualTo(168);
		assertThat(hoursToDue(results.get(1).id())).isEqualTo(4);
	}

	IncidentForm form(String clientId, String severity, String lat, String lon, String description) {
		String occurred = LocalDateTime.now(Dates.ZONE).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString();
		return new IncidentForm(clientId, Long.toString(this.village), "SITUATION_GRASPING", "THEFT", severity,
				occurred, "Số 5, thôn Đông", lat, lon, description);
	}

	String row(long id) {
		return this.jdbc
			.sql("select client_id, severity, description, cast(lat as varchar(20)) as lat from ops_incident"
					+ " where id = :id")
			.param("id", id)
			.query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
					+ ((rs.getString(4) != null) ? rs.getString(4).replaceAll("0+$", "") : null))
			.single();
	}

	long hoursToDue(long id) {
		return this.jdbc.sql("select reported_at, due_at from ops_incident where id = :id")
			.param("id", id)
			.query((rs, n) -> Duration
				.between(rs.getTimestamp(1).toLocalDateTime(), rs.getTimestamp(2).toLocalDateTime())
				.toHours())
			.single();
	}

}

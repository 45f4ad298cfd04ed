package vn.grassroots.organisation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;

/** Ready-made scopes, commands and units for tests. */
public final class OrganisationFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private OrganisationFixtures() {
	}

	static UnitScope ministryAdmin(LocalDate asOf) {
		return new UnitScope("test-admin", 1L, EnumSet.of(Role.MINISTRY_ADMIN), asOf, List.of("/1/"));
	}

	/**
	 * A commune that exists today and that no account belongs to, for tests that fill one
	 * with many rows (other tests create communes from future reforms).
	 */
	public static long communeWithoutAccounts(JdbcClient jdbc) {
		return jdbc
			.sql("select p.unit_id from org_unit_period p where p.type = 'COMMUNE' and p.valid_to is null"
					+ " and (p.valid_from is null or p.valid_from <= current_date)"
					+ " and p.unit_id not in (select unit_id from acc_user) order by p.unit_id desc limit 1")
			.query(Long.class)
			.single();
	}

	/** A code no other test uses. */
	static String uniqueCode(String prefix) {
		return prefix + "-" + System.nanoTime() % 100000 + "-" + SEQUENCE.incrementAndGet();
	}

	static ReorganisationCommand establish(LocalDate day, UnitType type, long parentId, String code, String name) {
		return new ReorganisationCommand(ReorganisationKind.ESTABLISH, day, "Quyết định thử nghiệm", null, List.of(),
				null, null, null, null, List.of(new NewUnitSpec(type, parentId, code, name, name, null)));
	}

}

package vn.grassroots.organisation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;

/** Ready-made scopes and commands for organisation tests. */
final class OrganisationFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private OrganisationFixtures() {
	}

	static UnitScope ministryAdmin(LocalDate asOf) {
		return new UnitScope("test-admin", 1L, EnumSet.of(Role.MINISTRY_ADMIN), asOf, List.of("/1/"));
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

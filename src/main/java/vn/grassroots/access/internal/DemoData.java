package vn.grassroots.access.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.grassroots.access.AccountService;
import vn.grassroots.organisation.DemoTerritory;
import vn.grassroots.organisation.UnitFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;

/**
 * Demo mode ({@code grassroots.demo.enabled}, on by default with the embedded database):
 * with no national data imported, generates the demo territory; creates the demo accounts
 * on it (or on the imported units) and prints the URL and logins. Outside demo mode,
 * creates only the first administrator when {@code grassroots.admin.initial-password} is
 * set.
 */
@Component
@Order(20)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final AccountService accounts;

	private final DemoTerritory territory;

	private final UnitQueries units;

	private final Environment environment;

	private final boolean demo;

	private final String password;

	private final String adminPassword;

	private final long seed;

	private final List<String> logins = new ArrayList<>();

	DemoData(AccountService accounts, DemoTerritory territory, UnitQueries units, Environment environment,
			@Value("${grassroots.demo.enabled:false}") boolean demo,
			@Value("${GRASSROOTS_DEMO_PASSWORD:demo}") String password,
			@Value("${grassroots.admin.initial-password:}") String adminPassword,
			@Value("${grassroots.demo.seed:20250701}") long seed) {
		this.accounts = accounts;
		this.territory = territory;
		this.units = units;
		this.environment = environment;
		this.demo = demo;
		this.password = password;
		this.adminPassword = adminPassword;
		this.seed = seed;
	}

	@Override
	public void run(ApplicationArguments args) {
		// demo accounts may log in only in demo mode
		this.accounts.setDemoAccountsEnabled(this.demo);
		if (!this.demo) {
			if (!this.adminPassword.isBlank() && !this.accounts.any()) {
				String name = this.accounts.findId("admin").isPresent() ? "administrator" : "admin";
				this.accounts.insert(name, this.adminPassword, "Quản trị Bộ Công an", 1L, Set.of(Role.MINISTRY_ADMIN),
						false);
				log.info("Created the first administrator '{}'", name);
			}
			return;
		}
		UnitScope ministry = new UnitScope("system", 1L, EnumSet.of(Role.MINISTRY_ADMIN), Dates.today(),
				List.of("/1/"));
		boolean imported = this.units
			.list(ministry, new UnitFilter(UnitType.PROVINCE, null, null), PageRequest.of("0", "1"))
			.total() > 0;
		if (!imported && !this.territory.exists()) {
			this.territory.generate(this.seed);
			log.info("Generated the demo territory (seed {})", this.seed);
		}
		UnitView province = first(ministry, UnitType.PROVINCE, null);
		List<UnitView> communes = (province != null) ? this.units
			.list(ministry, new UnitFilter(UnitType.COMMUNE, province.id(), null), PageRequest.of("0", "2"))
			.items() : List.of();
		UnitView communeA = communes.isEmpty() ? null : communes.get(0);
		UnitView communeB = (communes.size() > 1) ? communes.get(1) : null;
		UnitView team = null;
		if (communeA != null) {
			UnitView village = first(ministry, UnitType.VILLAGE, communeA.id());
			team = (village != null) ? first(ministry, UnitType.TEAM, village.id()) : null;
		}
		account("admin", "Quản trị Bộ Công an (demo)", 1L, "Bộ Công an", Role.MINISTRY_ADMIN);
		account("auditor", "Thanh tra (demo)", 1L, "Bộ Công an", Role.AUDITOR);
		if (province != null) {
			account("province", "Cán bộ Công an tỉnh (demo)", province.id(), province.fullName(),
					Role.PROVINCIAL_OFFICER);
		}
		if (communeA != null) {
			account("chief", "Trưởng Công an xã (demo)", communeA.id(), communeA.fullName(), Role.COMMUNE_CHIEF);
			account("officer", "Cán bộ Công an xã (demo)", communeA.id(), communeA.fullName(), Role.COMMUNE_OFFICER);
		}
		if (communeB != null) {
			account("officer2", "Cán bộ Công an xã (demo)", communeB.id(), communeB.fullName(), Role.COMMUNE_OFFICER);
		}
		if (team != null) {
			account("leader", "Tổ trưởng Tổ bảo vệ ANTT (demo)", team.id(), team.fullName(), Role.TEAM_LEADER);
		}
	}

	private UnitView first(UnitScope scope, UnitType type, Long parent) {
		List<UnitView> found = this.units.list(scope, new UnitFilter(type, parent, null), PageRequest.of("0", "1"))
			.items();
		return found.isEmpty() ? null : found.get(0);
	}

	private void account(String username, String displayName, long unitId, String unitName, Role role) {
		if (this.accounts.findId(username).isEmpty()) {
			this.accounts.insert(username, this.password, displayName, unitId, Set.of(role), true);
		}
		this.logins.add(String.format("  %-9s %-18s %s", username, role, unitName));
	}

	@EventListener
	void on(ApplicationReadyEvent event) {
		if (!this.demo) {
			return;
		}
		String port = this.environment.getProperty("local.server.port", "8080");
		StringBuilder text = new StringBuilder();
		text.append("\n\n  Grassroots is running (demo mode): http://localhost:").append(port).append("/\n");
		text.append("  Demo logins (password from GRASSROOTS_DEMO_PASSWORD, default 'demo'):\n");
		this.logins.forEach((l) -> text.append(l).append('\n'));
		text.append("  API: http://localhost:").append(port).append("/swagger-ui.html\n");
		log.info(text.toString());
	}

}

package vn.grassroots.welfare.internal;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.shared.Dates;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;
import vn.grassroots.welfare.AllowanceRuns;
import vn.grassroots.welfare.Claims;
import vn.grassroots.welfare.Policies;
import vn.grassroots.welfare.RunStatus;
import vn.grassroots.welfare.RunView;

/**
 * Demo mode, once and deterministic: policies from 2024-07-01 for every demo province,
 * alternately coefficient-based (Thanh Hóa coefficients, Hải Dương night pay 50,000 VND
 * capped at 7) and fixed (Tiền Giang amounts, Ho Chi Minh City insurance shares, night
 * pay 30,000 VND capped at 10), with Hải Dương's claim figures; village types 1 and 2 for
 * two villages in three; night duties of September and October 2025 (member id mod 12, so
 * some exceed the cap); the September 2025 runs locked and the October 2025 runs computed
 * for every commune with teams; two claims of the first of them (one overdue).
 */
@Component
@Order(60)
class WelfareDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WelfareDemoData.class);

	private final boolean demo;

	private final JdbcClient jdbc;

	private final Policies policies;

	private final AllowanceRuns runs;

	private final Claims claims;

	WelfareDemoData(@Value("${grassroots.demo.enabled:false}") boolean demo, JdbcClient jdbc, Policies policies,
			AllowanceRuns runs, Claims claims) {
		this.demo = demo;
		this.jdbc = jdbc;
		this.policies = policies;
		this.runs = runs;
		this.claims = claims;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.demo || this.jdbc.sql("select count(*) from wel_policy where created_by = 'demo'")
			.query(Long.class)
			.single() > 0) {
			return;
		}
		UnitScope admin = new UnitScope("demo", 1L, EnumSet.of(Role.MINISTRY_ADMIN), Dates.today(), List.of("/1/"));
		List<Long> provinces = this.jdbc
			.sql("select id from org_unit where demo = true and type = 'PROVINCE' order by id")
			.query(Long.class)
			.list();
		for (int i = 0; i < provinces.size(); i++) {
			this.policies.create(admin, provinces.get(i), (i % 2 == 0) ? coefficientPolicy() : fixedPolicy());
		}
		List<Long> villages = this.jdbc
			.sql("select id from org_unit where demo = true and type = 'VILLAGE' and valid_to is null order by id")
			.query(Long.class)
			.list();
		for (int i = 0; i < villages.size(); i++) {
			if (i % 3 != 2) {
				this.policies.setVillageType(admin, villages.get(i), 1 + i % 3);
			}
		}
		List<Long> communes = this.jdbc
			.sql("select distinct commune_id from per_team where demo = true and ended_on is null order by commune_id")
			.query(Long.class)
			.list();
		List<Long> members = this.jdbc
			.sql("select distinct ms.member_id from per_membership ms join per_team t on t.team_id = ms.team_id"
					+ " where t.demo = true and t.ended_on is null order by ms.member_id")
			.query(Long.class)
			.list();
		for (long member : members) {
			for (String month : new String[] { "2025-09", "2025-10" }) {
				this.runs.recordNightDuty(admin,
						new AllowanceRuns.NightDuty(member, month, (int) ((member + month.charAt(6)) % 12),
								(int) (member % 3), (int) (member % 2), 12 + (int) (member % 10)));
			}
		}
		if (!communes.isEmpty()) {
			this.policies.designate(admin,
					new Policies.HardshipArea(accountUnit("officer2", communes.get(communes.size() - 1)), "MOUNTAIN",
							"2025-01-01", null, "demo: quyết định công nhận xã miền núi"));
		}
		for (long commune : communes) {
			RunView september = this.runs.compute(admin, commune, "2025-09");
			this.runs.advance(admin, september.id(), RunStatus.REVIEWED);
			this.runs.advance(admin, september.id(), RunStatus.APPROVED);
			this.runs.advance(admin, september.id(), RunStatus.LOCKED);
			this.runs.compute(admin, commune, "2025-10");
		}
		if (!communes.isEmpty()) {
			Long member = this.jdbc
				.sql("select min(ms.member_id) from per_membership ms join per_team t on t.team_id = ms.team_id"
						+ " where t.commune_id = :c")
				.param("c", accountUnit("officer", communes.get(0)))
				.query(Long.class)
				.single();
			if (member != null) {
				this.claims.receive(admin, new Claims.NewClaim(member, "ACCIDENT", "2025-10-03", "2025-10-06", true,
						false, false, null, true, true, true, false, 4_500_000L, 6, null, null));
				var paid = this.claims.receive(admin, new Claims.NewClaim(member, "ILLNESS", "2025-08-11", "2025-08-18",
						true, false, false, null, true, true, true, false, 2_000_000L, 3, null, null));
				this.claims.receive(admin, new Claims.NewClaim(member, "DISABILITY", "2025-10-20", "2025-11-03", true,
						false, false, null, true, false, false, false, 0L, 0, 21, true));
				this.claims.appraise(admin, paid.id(), new Claims.Step("2025-08-22", null, null, null));
				this.claims.decide(admin, paid.id(), new Claims.Step("2025-08-26", "15/QĐ-UBND", null, null));
				this.claims.pay(admin, paid.id(), new Claims.Step("2025-08-29", null, "BANK", "demo"));
			}
		}
		log.info("Demo data of regimes and policies: {} provinces, {} communes, {} members", provinces.size(),
				communes.size(), members.size());
	}

	/**
	 * The commune of a demo account, so that its pages show the demo claims and areas.
	 */
	private long accountUnit(String username, long fallback) {
		return this.jdbc.sql("select unit_id from acc_user where username = :u")
			.param("u", username)
			.query(Long.class)
			.optional()
			.orElse(fallback);
	}

	private static Policies.NewPolicy coefficientPolicy() {
		return new Policies.NewPolicy("2024-07-01", "COEFFICIENT",
				"demo: hệ số như Thanh Hóa; trực đêm, ngày nghỉ, độc hại như Hải Dương (Nghị quyết 30/2024/NQ-HĐND);"
						+ " vùng khó khăn như TP. Hồ Chí Minh; suy giảm khả năng lao động như dự thảo Bắc Giang",
				50_000L, 7, new BigDecimal("0.045"), BigDecimal.ZERO, 70_200L, 53_640_000L, 14_900_000L,
				List.of(c("LEADER", 1, "0.70"), c("DEPUTY", 1, "0.65"), c("MEMBER", 1, "0.60"), c("LEADER", 2, "0.65"),
						c("DEPUTY", 2, "0.60"), c("MEMBER", 2, "0.56"), c("LEADER", 3, "0.65"), c("DEPUTY", 3, "0.60"),
						c("MEMBER", 3, "0.56")),
				0L, 0L, 50_000L, 50_000L, true, 70_000L, BigDecimal.ZERO, 7_450_000L, 750_000L);
	}

	private static Policies.NewPolicy fixedPolicy() {
		return new Policies.NewPolicy("2024-07-01", "FIXED",
				"demo: mức cố định như Tiền Giang (Nghị quyết 03/2024); BHYT, BHXH, độc hại, vùng khó khăn như"
						+ " TP. Hồ Chí Minh; kiêm nhiệm 30% (minh họa, chưa có nguồn)",
				30_000L, 10, new BigDecimal("0.045"), new BigDecimal("0.220"), 70_200L, 53_640_000L, 14_900_000L,
				List.of(new Policies.NewRate("LEADER", null, null, 2_340_000L),
						new Policies.NewRate("DEPUTY", null, null, 1_638_000L),
						new Policies.NewRate("MEMBER", null, null, 1_170_000L)),
				0L, 0L, 0L, 150_000L, false, 70_000L, new BigDecimal("0.300"), 7_450_000L, 750_000L);
	}

	private static Policies.NewRate c(String position, int type, String coefficient) {
		return new Policies.NewRate(position, type, new BigDecimal(coefficient), null);
	}

}

package vn.grassroots.targets.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

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
import vn.grassroots.targets.DocumentView;
import vn.grassroots.targets.GuidingDocuments;
import vn.grassroots.targets.IndicatorView;
import vn.grassroots.targets.Indicators;
import vn.grassroots.targets.Infrastructure;
import vn.grassroots.targets.ObjectiveView;
import vn.grassroots.targets.Reports;

/**
 * Demo mode: deterministic (seeded) demo data of the module, once: Resolution 12,
 * Directive 11 and Law 30/2023/QH15 with the objective "100% of commune police have
 * working headquarters by end 2025", headquarters statuses of every demo commune police
 * station (old and new communes), equipment against a norm, indicators with targets, a
 * reported indicator with 2024 values of the pre-reform communes, and a quarterly report
 * form reviewed by the province. Reads {@code org_unit}/{@code org_unit_period} for the
 * demo communes.
 */
@Component
@Order(40)
class TargetsDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TargetsDemoData.class);

	static final String SOURCE = "demo:targets:NQ12";

	private static final String[] CATEGORIES = { "VEHICLE", "RADIO", "COMPUTER", "BODY_CAMERA" };

	private static final int[] NORMS = { 2, 4, 3, 4 };

	private final boolean demo;

	private final long seed;

	private final JdbcClient jdbc;

	private final GuidingDocuments documents;

	private final Infrastructure infrastructure;

	private final Indicators indicators;

	private final Reports reports;

	TargetsDemoData(@Value("${grassroots.demo.enabled:false}") boolean demo,
			@Value("${grassroots.demo.seed:20250701}") long seed, JdbcClient jdbc, GuidingDocuments documents,
			Infrastructure infrastructure, Indicators indicators, Reports reports) {
		this.demo = demo;
		this.seed = seed;
		this.jdbc = jdbc;
		this.documents = documents;
		this.infrastructure = infrastructure;
		this.indicators = indicators;
		this.reports = reports;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.demo) {
			return;
		}
		if (this.jdbc.sql("select count(*) from tgt_document where source = :s")
			.param("s", SOURCE)
			.query(Long.class)
			.single() > 0) {
			return;
		}
		Random random = new Random(this.seed + 5);
		UnitScope admin = new UnitScope("demo", 1L, EnumSet.of(Role.MINISTRY_ADMIN), Dates.today(), List.of("/1/"));
		DocumentView resolution = this.documents.create(admin,
				new GuidingDocuments.NewDocument("RESOLUTION", "12-NQ", "Đảng ủy Công an Trung ương", null, null,
						"Nghị quyết số 12 về tiếp tục đẩy mạnh xây dựng Công an xã, thị trấn chính quy đáp ứng yêu cầu,"
								+ " nhiệm vụ trong tình hình mới",
						"Dữ liệu minh họa (demo): số, ký hiệu và ngày ký chưa được xác minh."),
				SOURCE);
		DocumentView directive = this.documents.create(admin,
				new GuidingDocuments.NewDocument("DIRECTIVE", "11/CT-BCA", "Bộ trưởng Bộ Công an", null, null,
						"Chỉ thị số 11 về tiếp tục đẩy mạnh xây dựng Công an xã, thị trấn chính quy đáp ứng yêu cầu,"
								+ " nhiệm vụ trong tình hình mới",
						"Dữ liệu minh họa (demo): số, ký hiệu và ngày ký chưa được xác minh."),
				"demo:targets:CT11");
		this.documents.create(admin, new GuidingDocuments.NewDocument("LAW", "30/2023/QH15", "Quốc hội", "2023-11-28",
				"2024-07-01", "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở",
				"Luật gồm 5 chương, 33 điều; hợp nhất bảo vệ dân phố, Công an xã bán chuyên trách và đội trưởng,"
						+ " đội phó đội dân phòng."),
				"demo:targets:L30");
		String objectiveTitle = "100% Công an xã có trụ sở làm việc, sinh hoạt đến hết năm 2025";
		ObjectiveView objective = this.documents.addObjective(admin, resolution.id(),
				new GuidingDocuments.NewObjective(objectiveTitle, "2025-12-31"));
		this.documents.addObjective(admin, directive.id(),
				new GuidingDocuments.NewObjective(objectiveTitle, "2025-12-31"));
		ObjectiveView equipmentObjective = this.documents.addObjective(admin, directive.id(),
				new GuidingDocuments.NewObjective("Công an xã được trang bị phương tiện, thiết bị theo định mức",
						"2026-12-31"));

		for (int i = 0; i < CATEGORIES.length; i++) {
			this.infrastructure.setNorm(admin, CATEGORIES[i], NORMS[i]);
		}
		List<long[]> communes = this.jdbc
			.sql("select u.id, case when u.valid_to is null then 1 else 0 end from org_unit u"
					+ " where u.demo = true and u.type = 'COMMUNE' order by u.id")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		for (long[] commune : communes) {
			boolean current = commune[1] == 1;
			LocalDate from = current ? LocalDate.of(2025, 7, 1) : LocalDate.of(2022, 7, 1);
			int roll = random.nextInt(100);
			String status = (roll < 65) ? "OWN" : (roll < 80) ? "SHARED" : (roll < 95) ? "UNDER_CONSTRUCTION" : "NONE";
			String funding = "OWN".equals(status) || "UNDER_CONSTRUCTION".equals(status)
					? (random.nextBoolean() ? "Ngân sách địa phương" : "Ngân sách Bộ Công an") : null;
			this.infrastructure.recordHeadquarters(admin, commune[0],
					new Infrastructure.NewHeadquarters(status, from.toString(), funding, "demo"));
			if (current && "UNDER_CONSTRUCTION".equals(status) && random.nextBoolean()) {
				this.infrastructure.recordHeadquarters(admin, commune[0], new Infrastructure.NewHeadquarters("OWN",
						"2025-11-15", funding, "demo: công trình hoàn thành"));
			}
			if (current) {
				for (int i = 0; i < CATEGORIES.length; i++) {
					this.infrastructure.setEquipment(admin, commune[0], CATEGORIES[i],
							Math.max(0, NORMS[i] + random.nextInt(2) - ((random.nextInt(6) == 0) ? 1 : 0)));
				}
			}
		}

		IndicatorView hq = this.indicators.create(admin,
				new Indicators.NewIndicator("HQ_OWN_SHARE", "Tỷ lệ Công an xã có trụ sở làm việc riêng", "COMPUTED",
						Computations.HQ_OWN_SHARE, "RATIO_OF_SUMS", true, objective.id()));
		IndicatorView equipment = this.indicators.create(admin,
				new Indicators.NewIndicator("EQUIPMENT_NORM_MET", "Tỷ lệ Công an xã được trang bị đủ định mức",
						"COMPUTED", Computations.EQUIPMENT_NORM_MET, "RATIO_OF_SUMS", true, equipmentObjective.id()));
		this.indicators.create(admin,
				new Indicators.NewIndicator("TEAMS_ESTABLISHED", "Số tổ bảo vệ ANTT ở cơ sở đã thành lập", "COMPUTED",
						Computations.TEAMS_ESTABLISHED, "SUM", true, null));
		String[][] contributed = { { "MEMBERS_TRAINED_12M", "Tỷ lệ tổ viên được huấn luyện trong 12 tháng" },
				{ "TEAMS_VS_REQUIRED", "Tỷ lệ thôn, tổ dân phố có tổ bảo vệ ANTT" },
				{ "INCIDENTS_RESOLVED_ON_TIME", "Tỷ lệ vụ việc giải quyết đúng thời hạn" },
				{ "PATROLS_PER_TEAM_MONTH", "Số lượt tuần tra bình quân mỗi tổ trong tháng" } };
		for (String[] c : contributed) {
			boolean ratio = !c[0].startsWith("PATROLS");
			// patrols per team: an average over the teams (Σ patrols / Σ teams), not a
			// share
			IndicatorView view = this.indicators.create(admin, new Indicators.NewIndicator(c[0], c[1], "COMPUTED", c[0],
					ratio ? "RATIO_OF_SUMS" : "AVERAGE", true, null));
			for (String level : new String[] { "MINISTRY", "PROVINCE" }) {
				this.indicators.addTarget(admin, view.id(),
						new Indicators.NewTarget(level, ratio ? new BigDecimal("0.50") : BigDecimal.valueOf(4),
								"2025-01-01", ratio ? new BigDecimal("0.95") : BigDecimal.valueOf(8), "2026-12-31"));
			}
		}
		IndicatorView cameras = this.indicators.create(admin, new Indicators.NewIndicator("SECURITY_CAMERAS",
				"Số camera an ninh được lắp đặt (báo cáo)", "REPORTED", null, "SUM", true, null));
		for (String level : new String[] { "MINISTRY", "PROVINCE", "COMMUNE" }) {
			this.indicators.addTarget(admin, hq.id(), new Indicators.NewTarget(level, new BigDecimal("0.60"),
					"2022-10-01", BigDecimal.ONE, "2025-12-31"));
			this.indicators.addTarget(admin, equipment.id(), new Indicators.NewTarget(level, new BigDecimal("0.50"),
					"2024-01-01", BigDecimal.ONE, "2026-12-31"));
		}
		for (long[] commune : communes) {
			if (commune[1] == 0) {
				this.indicators.writeDemoValue(admin, cameras, commune[0], LocalDate.of(2024, 1, 1),
						BigDecimal.valueOf(5 + random.nextInt(26)));
			}
		}
		this.reports.createForm(admin,
				new Reports.NewForm("BC_QUY_CAX", "Báo cáo quý kết quả xây dựng Công an xã", "QUARTERLY", 10, "COMMUNE",
						null, List.of(new Reports.NewStep("PROVINCE", 20), new Reports.NewStep("MINISTRY", 30))));
		log.info("Demo data of implementation tracking: 3 documents, {} commune police stations", communes.size());
	}

}

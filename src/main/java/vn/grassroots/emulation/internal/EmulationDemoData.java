package vn.grassroots.emulation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
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

import vn.grassroots.emulation.Commendations;
import vn.grassroots.emulation.Mobilisation;
import vn.grassroots.emulation.Movements;
import vn.grassroots.organisation.UnitFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.personnel.ClassificationService;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;

/**
 * Demo mode, once and deterministic, after the other modules' demo data (orders 10 to
 * 60): the annual classification of the current year in the demo officer's commune; a
 * running movement of the first province for the current year with computed and entered
 * criteria, registrations of its communes, of the commune's teams and members, scores and
 * so a ranking; a past commune decision on the honour roll (certificates of merit of the
 * commune chairman), a rejected nomination and a pending one; models, a replication and
 * events including the 19 August day.
 */
@Component
@Order(80)
class EmulationDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(EmulationDemoData.class);

	private final boolean demo;

	private final JdbcClient jdbc;

	private final UnitQueries units;

	private final ClassificationService classifications;

	private final Movements movements;

	private final Commendations commendations;

	private final Mobilisation mobilisation;

	EmulationDemoData(@Value("${grassroots.demo.enabled:false}") boolean demo, JdbcClient jdbc, UnitQueries units,
			ClassificationService classifications, Movements movements, Commendations commendations,
			Mobilisation mobilisation) {
		this.demo = demo;
		this.jdbc = jdbc;
		this.units = units;
		this.classifications = classifications;
		this.movements = movements;
		this.commendations = commendations;
		this.mobilisation = mobilisation;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.demo || this.jdbc.sql("select count(*) from emu_movement where created_by = 'demo'")
			.query(Long.class)
			.single() > 0) {
			return;
		}
		LocalDate today = Dates.today();
		int year = today.getYear();
		UnitScope admin = new UnitScope("demo", 1L, EnumSet.of(Role.MINISTRY_ADMIN), today, List.of("/1/"));
		List<UnitView> provinces = this.units
			.list(admin, new UnitFilter(UnitType.PROVINCE, null, null), PageRequest.of("0", "1"))
			.items();
		if (provinces.isEmpty()) {
			return;
		}
		UnitView province = provinces.get(0);
		List<UnitView> communes = this.units
			.list(admin, new UnitFilter(UnitType.COMMUNE, province.id(), null), PageRequest.of("0", "6"))
			.items();
		if (communes.isEmpty()) {
			return;
		}
		UnitView commune = communes.get(0);
		UnitScope inCommune = admin.at(today, List.of(commune.path()));
		List<Movements.Option> members = this.movements.memberOptions(inCommune);
		List<Long> teams = this.units
			.list(admin, new UnitFilter(UnitType.VILLAGE, commune.id(), null), PageRequest.of("0", "20"))
			.items()
			.stream()
			.flatMap(
					(v) -> this.units.list(admin, new UnitFilter(UnitType.TEAM, v.id(), null), PageRequest.of("0", "1"))
						.items()
						.stream())
			.map(UnitView::id)
			.toList();

		// the year's classification: task shares 70% to 100% by member id, so some are
		// excellent, some good and some only completed
		for (Movements.Option m : members.subList(0, Math.min(12, members.size()))) {
			this.classifications.recordTasks(admin, year, "MEMBER", m.id(), 20, 14 + (int) (m.id() % 7), false, false,
					false);
		}
		for (long team : teams) {
			this.classifications.recordTasks(admin, year, "TEAM", team, 30, 24 + (int) (team % 7), false, false, false);
		}
		this.classifications.classify(admin, commune.id(), year);

		Movements.MovementView movement = this.movements.create(admin,
				new Movements.NewMovement(province.id(),
						"Phong trào thi đua \"Vì an ninh Tổ quốc\" năm " + year + " (demo)", "15/KH-CAT",
						LocalDate.of(year, 1, 10).toString(), LocalDate.of(year, 1, 1).toString(),
						LocalDate.of(year, 12, 31).toString(), List.of("COMMUNE,TEAM,MEMBER")));
		long id = movement.id();
		this.movements.addCriterion(admin, id, new Movements.NewCriterion("Giải quyết vụ việc đúng thời hạn", "UNIT",
				40, "COMPUTED", "INCIDENTS_RESOLVED_IN_TIME"));
		this.movements.addCriterion(admin, id,
				new Movements.NewCriterion("Báo cáo định kỳ đúng hạn", "UNIT", 20, "COMPUTED", "REPORTS_ON_TIME"));
		Movements.CriterionView outreach = this.movements.addCriterion(admin, id,
				new Movements.NewCriterion("Tuyên truyền, vận động quần chúng", "UNIT", 40, "ENTERED", null));
		this.movements.addCriterion(admin, id, new Movements.NewCriterion("Kết quả đánh giá, xếp loại năm", "MEMBER",
				60, "COMPUTED", "CLASSIFICATION_GRADE"));
		Movements.CriterionView patrols = this.movements.addCriterion(admin, id,
				new Movements.NewCriterion("Tham gia tuần tra, trực bảo vệ", "MEMBER", 40, "ENTERED", null));
		String registeredOn = LocalDate.of(year, 1, 20).toString();
		for (UnitView c : communes) {
			this.movements.register(admin, id, new Movements.NewRegistration("UNIT", c.id(),
					"Không để xảy ra tội phạm nghiêm trọng; giải quyết 100% tin báo đúng hạn.", registeredOn));
		}
		for (long team : teams) {
			this.movements.register(admin, id, new Movements.NewRegistration("UNIT", team,
					"Duy trì tuần tra đêm, không để xảy ra trộm cắp trên địa bàn thôn.", registeredOn));
		}
		for (Movements.Option m : members.subList(0, Math.min(12, members.size()))) {
			this.movements.register(admin, id, new Movements.NewRegistration("MEMBER", m.id(),
					"Hoàn thành xuất sắc nhiệm vụ được giao.", registeredOn));
		}
		this.movements.computeScores(admin, id);
		for (Movements.RegistrationView r : this.movements.registrations(admin, id)) {
			long criterion = (r.subjectKind() == vn.grassroots.emulation.SubjectKind.UNIT) ? outreach.id()
					: patrols.id();
			this.movements.enterScore(admin, id, new Movements.EnteredScore(r.id(), criterion,
					BigDecimal.valueOf(60 + (r.subjectId() * 7) % 41), "Đoàn kiểm tra chấm (demo)"));
		}

		// a past decision of the commune: certificates of merit of the commune chairman
		// for
		// the members graded good or better
		LocalDate decided = LocalDate.of(year, 8, 19).isBefore(today) ? LocalDate.of(year, 8, 19) : today.minusDays(1);
		List<Long> approved = new java.util.ArrayList<>();
		boolean rejected = false;
		for (Movements.Option m : members.subList(0, Math.min(12, members.size()))) {
			if (!this.commendations.check(admin, "GIAY_KHEN_CHU_TICH_XA", m.id(), year).isEmpty()) {
				continue;
			}
			Commendations.NominationView n = this.commendations.nominate(admin,
					new Commendations.NewNomination("GIAY_KHEN_CHU_TICH_XA", m.id(), id, year,
							"Tích cực tham gia tuần tra, phát hiện và báo tin kịp thời (demo)."));
			boolean reject = approved.size() == 2 && !rejected;
			rejected |= reject;
			Commendations.NominationView voted = this.commendations.vote(admin, n.id(),
					new Commendations.Vote(7, reject ? 3 : 6, decided.minusDays(5).toString()));
			if (voted.status() == Commendations.Status.APPROVED) {
				approved.add(voted.id());
			}
			if (approved.size() == 3) {
				break;
			}
		}
		if (!approved.isEmpty()) {
			this.commendations.decide(admin,
					new Commendations.NewDecision(String.format("%02d/QĐ-CAX", 12), decided.toString(),
							"Trưởng Công an xã (demo)", "khen thưởng thành tích trong phong trào toàn dân bảo vệ ANTQ",
							approved));
		}
		if (teams.size() > 1) {
			this.commendations.nominate(admin, new Commendations.NewNomination("DON_VI_TIEN_TIEN", commune.id(), id,
					year, "Giữ vững an ninh, trật tự trên địa bàn; 100% thôn có Tổ bảo vệ ANTT (demo)."));
		}

		Mobilisation.ModelView model = this.mobilisation.addModel(admin,
				new Mobilisation.NewModel(commune.id(), "MODEL", "Camera an ninh kết nối khu dân cư (demo)",
						LocalDate.of(year - 1, 3, 1).toString(),
						"Người dân góp kinh phí lắp camera tại các ngõ, Tổ bảo vệ ANTT theo dõi và báo tin."));
		if (communes.size() > 1) {
			this.mobilisation.replicate(admin, model.id(),
					new Mobilisation.NewReplication(communes.get(1).id(), LocalDate.of(year, 4, 1).toString()));
		}
		this.mobilisation.addModel(admin,
				new Mobilisation.NewModel(commune.id(), "EXEMPLAR", "Tổ bảo vệ ANTT thôn tiêu biểu (demo)",
						LocalDate.of(year, 1, 1).toString(),
						"Tổ duy trì tuần tra đêm suốt năm, không để xảy ra trộm cắp."));
		LocalDate day = LocalDate.of(year, 8, 19);
		if (!day.isAfter(today)) {
			for (int i = 0; i < Math.min(3, communes.size()); i++) {
				this.mobilisation.addEvent(admin,
						new Mobilisation.NewEvent(communes.get(i).id(), "SECURITY_DAY", day.minusDays(i).toString(),
								"Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm " + year, 150 + 40 * i, 0, null));
			}
		}
		this.mobilisation.addEvent(admin, new Mobilisation.NewEvent(commune.id(), "PROPAGANDA",
				LocalDate.of(year, 3, 15).toString(), "Tuyên truyền phòng chống lừa đảo qua mạng", 80, 0, null));
		this.mobilisation.addEvent(admin, new Mobilisation.NewEvent(commune.id(), "CHARITY",
				LocalDate.of(year, 1, 25).toString(), "Tặng quà Tết cho hộ nghèo", 25, 40, null));
		log.info("Generated the emulation demo data: movement {} in {}", id, province.fullName());
	}

}

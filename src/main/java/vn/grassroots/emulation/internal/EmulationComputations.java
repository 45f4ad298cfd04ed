package vn.grassroots.emulation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.grassroots.emulation.EmulationComputation;
import vn.grassroots.emulation.SubjectKind;
import vn.grassroots.operations.IncidentTimeliness;
import vn.grassroots.personnel.ClassificationResults;
import vn.grassroots.personnel.Grade;
import vn.grassroots.shared.UnitScope;
import vn.grassroots.targets.ReportTimeliness;

/**
 * The computations of the catalogue that this module brings: the annual classification
 * result (personnel), incidents resolved within their time limit (operations) and
 * periodic reports submitted on time (targets). Patrol coverage is left to the patrols
 * module, which can add its own {@link EmulationComputation} bean.
 */
@Configuration(proxyBeanMethods = false)
class EmulationComputations {

	/** Points of each grade: excellent 100, good 80, completed 60, not completed 0. */
	static final Map<Grade, Integer> GRADE_POINTS = Map.of(Grade.EXCELLENT, 100, Grade.GOOD, 80, Grade.COMPLETED, 60,
			Grade.NOT_COMPLETED, 0);

	@Bean
	EmulationComputation classificationGrade(ClassificationResults results) {
		return new Named("CLASSIFICATION_GRADE", Set.of(SubjectKind.MEMBER, SubjectKind.UNIT)) {
			@Override
			public Measure compute(UnitScope scope, Participant p, LocalDate from, LocalDate to) {
				// the review year ends on 14 November: the year of the period's end
				int year = to.getYear();
				String kind = (p.kind() == SubjectKind.MEMBER) ? "MEMBER" : "TEAM";
				Grade grade = results.finalGrades(scope, kind, List.of(p.subjectId()), year, year)
					.getOrDefault(p.subjectId(), Map.of())
					.get(year);
				if (grade == null) {
					return new Measure(null, "—");
				}
				return new Measure(BigDecimal.valueOf(GRADE_POINTS.get(grade)), grade.name());
			}
		};
	}

	@Bean
	EmulationComputation incidentsResolvedInTime(IncidentTimeliness incidents) {
		return new Named("INCIDENTS_RESOLVED_IN_TIME", Set.of(SubjectKind.UNIT)) {
			@Override
			public Measure compute(UnitScope scope, Participant p, LocalDate from, LocalDate to) {
				IncidentTimeliness.Resolution r = incidents.resolution(scope, p.unitId(), from, to);
				return Measure.ratio(r.resolvedInTime(), r.due());
			}
		};
	}

	@Bean
	EmulationComputation reportsOnTime(ReportTimeliness reports) {
		return new Named("REPORTS_ON_TIME", Set.of(SubjectKind.UNIT)) {
			@Override
			public Measure compute(UnitScope scope, Participant p, LocalDate from, LocalDate to) {
				ReportTimeliness.Timeliness t = reports.timeliness(scope, p.unitId(), from, to);
				return Measure.ratio(t.onTime(), t.submitted());
			}
		};
	}

	private abstract static class Named implements EmulationComputation {

		private final String code;

		private final Set<SubjectKind> appliesTo;

		Named(String code, Set<SubjectKind> appliesTo) {
			this.code = code;
			this.appliesTo = appliesTo;
		}

		@Override
		public String code() {
			return this.code;
		}

		@Override
		public Set<SubjectKind> appliesTo() {
			return this.appliesTo;
		}

	}

}

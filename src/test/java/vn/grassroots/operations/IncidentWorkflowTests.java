package vn.grassroots.operations;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.ProblemCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentWorkflowTests {

	@Test
	void followsTheWorkflowFromReportedToResolved() {
		IncidentStatus s = IncidentWorkflow.next(IncidentStatus.REPORTED, IncidentAction.ACKNOWLEDGE, null);
		s = IncidentWorkflow.next(s, IncidentAction.START, null);
		s = IncidentWorkflow.next(s, IncidentAction.RESOLVE, null);

		assertThat(s).isEqualTo(IncidentStatus.RESOLVED);
	}

	@Test
	void transfersAndReturnsOnlyWithANote() {
		assertThat(IncidentWorkflow.next(IncidentStatus.IN_PROGRESS, IncidentAction.TRANSFER, "to province"))
			.isEqualTo(IncidentStatus.TRANSFERRED);
		assertThat(IncidentWorkflow.next(IncidentStatus.REPORTED, IncidentAction.RETURN, "add the address"))
			.isEqualTo(IncidentStatus.RETURNED);
		assertThat(IncidentWorkflow.next(IncidentStatus.RETURNED, IncidentAction.RESUBMIT, null))
			.isEqualTo(IncidentStatus.REPORTED);
		assertThatThrownBy(() -> IncidentWorkflow.next(IncidentStatus.REPORTED, IncidentAction.RETURN, " "))
			.isInstanceOfSatisfying(GrassrootsException.class,
					(ex) -> assertThat(ex.fieldProblems()).extracting("field").containsExactly("note"));
	}

	@Test
	void refusesIllegalStepsNamingTheActionAndTheAllowedOnes() {
		assertThatThrownBy(() -> IncidentWorkflow.next(IncidentStatus.REPORTED, IncidentAction.RESOLVE, null))
			.isInstanceOfSatisfying(GrassrootsException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo(ProblemCode.INCIDENT_TRANSITION);
				assertThat(ex.code().status().value()).isEqualTo(422);
				assertThat(ex.fieldProblems().get(0).field()).isEqualTo("action");
				assertThat(ex.fieldProblems().get(0).args()).contains("RESOLVE", "REPORTED");
			});
		assertThatThrownBy(() -> IncidentWorkflow.next(IncidentStatus.RESOLVED, IncidentAction.ACKNOWLEDGE, null))
			.isInstanceOf(GrassrootsException.class);
		assertThat(IncidentWorkflow.allowedFrom(IncidentStatus.RESOLVED)).isEmpty();
		assertThat(IncidentWorkflow.allowedFrom(IncidentStatus.ACKNOWLEDGED)).containsExactly(IncidentAction.START,
				IncidentAction.TRANSFER, IncidentAction.RETURN);
	}

	@Test
	void anOpenIncidentIsOverdueOncePastItsDueTime() {
		LocalDateTime reported = LocalDateTime.of(2026, 3, 1, 8, 0);
		LocalDateTime due = IncidentWorkflow.dueAt(reported, Duration.ofHours(4));

		assertThat(due).isEqualTo(LocalDateTime.of(2026, 3, 1, 12, 0));
		assertThat(IncidentWorkflow.overdue(IncidentStatus.IN_PROGRESS, due, due.minusMinutes(1))).isFalse();
		assertThat(IncidentWorkflow.overdue(IncidentStatus.IN_PROGRESS, due, due.plusMinutes(1))).isTrue();
		assertThat(IncidentWorkflow.overdue(IncidentStatus.RESOLVED, due, due.plusDays(3))).isFalse();
		assertThat(IncidentWorkflow.overdue(IncidentStatus.TRANSFERRED, due, due.plusDays(3))).isFalse();
	}

}

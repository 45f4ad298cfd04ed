package vn.grassroots.operations;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.grassroots.shared.FieldProblem;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.ProblemCode;

/**
 * The pure rules of the incident workflow:
 *
 * <pre>
 * REPORTED --ACKNOWLEDGE--> ACKNOWLEDGED --START--> IN_PROGRESS --RESOLVE--> RESOLVED
 * ACKNOWLEDGED, IN_PROGRESS --TRANSFER (note)--> TRANSFERRED
 * REPORTED, ACKNOWLEDGED --RETURN (note)--> RETURNED --RESUBMIT--> REPORTED
 * </pre>
 *
 * and the time limit: an open incident is overdue once its due time (report time plus the
 * severity's limit) has passed.
 */
public final class IncidentWorkflow {

	private static final Map<IncidentAction, Set<IncidentStatus>> FROM = Map.of(IncidentAction.ACKNOWLEDGE,
			EnumSet.of(IncidentStatus.REPORTED), IncidentAction.START, EnumSet.of(IncidentStatus.ACKNOWLEDGED),
			IncidentAction.RESOLVE, EnumSet.of(IncidentStatus.IN_PROGRESS), IncidentAction.TRANSFER,
			EnumSet.of(IncidentStatus.ACKNOWLEDGED, IncidentStatus.IN_PROGRESS), IncidentAction.RETURN,
			EnumSet.of(IncidentStatus.REPORTED, IncidentStatus.ACKNOWLEDGED), IncidentAction.RESUBMIT,
			EnumSet.of(IncidentStatus.RETURNED));

	private static final Map<IncidentAction, IncidentStatus> TO = Map.of(IncidentAction.ACKNOWLEDGE,
			IncidentStatus.ACKNOWLEDGED, IncidentAction.START, IncidentStatus.IN_PROGRESS, IncidentAction.RESOLVE,
			IncidentStatus.RESOLVED, IncidentAction.TRANSFER, IncidentStatus.TRANSFERRED, IncidentAction.RETURN,
			IncidentStatus.RETURNED, IncidentAction.RESUBMIT, IncidentStatus.REPORTED);

	private IncidentWorkflow() {
	}

	/**
	 * The status after the action; throws a 422 {@link GrassrootsException}
	 * ({@link ProblemCode#INCIDENT_TRANSITION}) naming the field {@code action} when the
	 * action is not allowed from the status, or naming {@code note} when a return or
	 * transfer comes without a note.
	 */
	public static IncidentStatus next(IncidentStatus current, IncidentAction action, @Nullable String note) {
		if (!FROM.get(action).contains(current)) {
			throw new GrassrootsException(ProblemCode.INCIDENT_TRANSITION,
					List.of(new FieldProblem("action", action.name(), "operations.transition.not-allowed",
							action.name(), current.name(), allowedFrom(current).toString())),
					action.name(), current.name());
		}
		if ((action == IncidentAction.RETURN || action == IncidentAction.TRANSFER)
				&& (note == null || note.isBlank())) {
			throw GrassrootsException.ruleOnField("note", note, "operations.transition.note-required", action.name());
		}
		return TO.get(action);
	}

	/** The actions allowed from a status, in workflow order. */
	public static List<IncidentAction> allowedFrom(IncidentStatus status) {
		return java.util.Arrays.stream(IncidentAction.values()).filter((a) -> FROM.get(a).contains(status)).toList();
	}

	/** The due time of an incident reported at {@code reportedAt} with the limit. */
	public static LocalDateTime dueAt(LocalDateTime reportedAt, Duration limit) {
		return reportedAt.plus(limit);
	}

	/** Whether an incident in the status with the due time is overdue at {@code now}. */
	public static boolean overdue(IncidentStatus status, LocalDateTime dueAt, LocalDateTime now) {
		return status.open() && dueAt.isBefore(now);
	}

}

package vn.grassroots.organisation;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A reorganisation to record. Which fields are needed depends on the kind:
 * <ul>
 * <li>RENAME: {@code unitIds} (one), {@code name}, {@code fullName}, optional
 * {@code code}</li>
 * <li>MOVE: {@code unitIds} (one), {@code parentId}</li>
 * <li>MERGE: {@code unitIds} (two or more), {@code newUnits} (one); children move to
 * it</li>
 * <li>SPLIT: {@code unitIds} (one), {@code newUnits} (two or more); children move to the
 * first</li>
 * <li>ESTABLISH: {@code newUnits} (one)</li>
 * <li>DISSOLVE: {@code unitIds} (one, without children on the date)</li>
 * </ul>
 *
 * @param kind kind
 * @param effectiveOn the day the tree changes; may lie in the future
 * @param legalBasis the decision or law, required
 * @param note free text
 * @param unitIds existing units concerned
 * @param parentId new parent of a move
 * @param name new short name of a rename
 * @param fullName new full name of a rename
 * @param code new code of a rename
 * @param newUnits units created
 */
public record ReorganisationCommand(ReorganisationKind kind, LocalDate effectiveOn, String legalBasis,
		@Nullable String note, List<Long> unitIds, @Nullable Long parentId, @Nullable String name,
		@Nullable String fullName, @Nullable String code, List<NewUnitSpec> newUnits) {

	public ReorganisationCommand {
		// List.copyOf refuses nulls: a null entry is a malformed request, reported by the
		// caller
		unitIds = List.copyOf(unitIds);
		newUnits = List.copyOf(newUnits);
	}

}

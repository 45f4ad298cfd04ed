package vn.grassroots.personnel;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.grassroots.shared.FieldProblem;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.ProblemCode;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;

/** Who may do what in personnel, and helpers for refusing input. */
final class PersonnelAccess {

	/** Roles that may see citizen ids and phone numbers in full, on explicit request. */
	static final Set<Role> REVEAL = EnumSet.of(Role.COMMUNE_CHIEF, Role.PROVINCIAL_OFFICER, Role.MINISTRY_ADMIN);

	/** Roles that may record personnel data (team leaders and auditors only read). */
	static final Set<Role> WRITE = EnumSet.of(Role.COMMUNE_CHIEF, Role.COMMUNE_OFFICER, Role.PROVINCIAL_OFFICER,
			Role.MINISTRY_ADMIN);

	private PersonnelAccess() {
	}

	static void requireWrite(UnitScope scope) {
		if (WRITE.stream().noneMatch(scope::has)) {
			throw new GrassrootsException(ProblemCode.FORBIDDEN_ACTION, "personnel");
		}
	}

	static void requireReveal(UnitScope scope) {
		if (REVEAL.stream().noneMatch(scope::has)) {
			throw new GrassrootsException(ProblemCode.FORBIDDEN_ACTION, "reveal");
		}
	}

	/** Throws a 422 naming every field when there are problems. */
	static void refuseIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new GrassrootsException(ProblemCode.RULE_VIOLATION, problems, problems.get(0).field());
		}
	}

	static String required(String field, @Nullable String value, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, value, "validation.required"));
			return "";
		}
		return value.trim();
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}

package vn.grassroots.organisation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One link between an old unit and a new one, seen from one side.
 *
 * @param unitId the other unit's id; null when the other unit is not in the data
 * (reported by the import)
 * @param code the other unit's code
 * @param name the other unit's full name
 * @param type the other unit's type, if known
 * @param coverage whether all or part of the predecessor went into the successor
 * @param kind the reorganisation's kind
 * @param effectiveOn the reorganisation's date
 * @param legalBasis the reorganisation's legal basis
 */
public record LineageLink(@Nullable Long unitId, @Nullable String code, String name, @Nullable UnitType type,
		Coverage coverage, ReorganisationKind kind, LocalDate effectiveOn, String legalBasis) {
}

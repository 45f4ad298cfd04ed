package vn.grassroots.organisation.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.grassroots.organisation.UnitType;

/**
 * A unit to insert together with its first period.
 *
 * @param id id from {@link UnitIds}
 * @param type type
 * @param kind administrative kind
 * @param communeLevel whether it acts at commune level
 * @param source idempotency key of an import or generator, or null
 * @param demo whether it belongs to the demo territory
 * @param validFrom first day, or null when before the records begin
 * @param validTo first day after, or null
 */
public record NewUnit(long id, UnitType type, @Nullable String kind, boolean communeLevel, @Nullable String source,
		boolean demo, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
}

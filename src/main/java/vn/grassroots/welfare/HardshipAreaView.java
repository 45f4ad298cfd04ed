package vn.grassroots.welfare;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A commune designated as a hardship area (border, island, mountain, especially
 * difficult, ethnic-minority or key-defence; Law 30/2023/QH15 art. 23(2)) on [validFrom,
 * validTo): its members get the province's hardship rate per working day.
 *
 * @param id id
 * @param communeId the COMMUNE unit
 * @param communeName its name
 * @param areaKind kind of area
 * @param validFrom first day
 * @param validTo first day no longer designated (null: open)
 * @param legalBasis the designating decision
 */
public record HardshipAreaView(long id, long communeId, String communeName, Policies.AreaKind areaKind,
		LocalDate validFrom, @Nullable LocalDate validTo, String legalBasis) {
}

package vn.grassroots.targets;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The headquarters status of a commune police station over a period.
 *
 * @param id id
 * @param unitId the commune (police station) unit
 * @param unitName its full name on the date asked
 * @param status the status
 * @param validFrom first day
 * @param validTo first day after (null: still in force)
 * @param fundingSource funding source, e.g. "ngân sách địa phương"
 * @param note note
 */
public record HeadquartersView(long id, long unitId, String unitName, HeadquartersStatus status, LocalDate validFrom,
		@Nullable LocalDate validTo, @Nullable String fundingSource, @Nullable String note) {
}

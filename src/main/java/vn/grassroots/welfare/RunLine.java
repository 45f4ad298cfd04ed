package vn.grassroots.welfare;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A line of a run: one membership in the month.
 *
 * @param memberId member
 * @param fullName name
 * @param teamId team
 * @param villageId village of the team (null: none recorded)
 * @param position position
 * @param villageType village type applied
 * @param daysActive days of the month in the membership with status ACTIVE
 * @param daysInMonth calendar days of the month
 * @param monthlyRate full-month support of the position
 * @param support prorated support (exact)
 * @param nightsRecorded nights of duty recorded
 * @param nightsPaid nights paid (capped)
 * @param nightAmount night duty pay
 * @param bhyt BHYT support (exact)
 * @param bhxh BHXH support (exact)
 * @param total line total, whole VND (rounded half up once)
 * @param concurrentDays days on which the position was held concurrently with a
 * better-paid one (paid at the province's concurrent share, without insurance)
 * @param holidayDaysPaid days of duty on rest days or holidays paid
 * @param hazardousDaysPaid days of heavy or hazardous work paid
 * @param dutyAmount pay for those days
 * @param hardshipDays working days paid at the hardship rate
 * @param hardshipAmount hardship pay
 */
public record RunLine(long memberId, String fullName, long teamId, @Nullable Long villageId, Position position,
		int villageType, int daysActive, int daysInMonth, BigDecimal monthlyRate, BigDecimal support,
		int nightsRecorded, int nightsPaid, long nightAmount, BigDecimal bhyt, BigDecimal bhxh, long total,
		int concurrentDays, int holidayDaysPaid, int hazardousDaysPaid, long dutyAmount, int hardshipDays,
		long hardshipAmount) {
}

package vn.grassroots.welfare;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A monthly allowance run of a commune police unit.
 *
 * @param id id
 * @param communeId the COMMUNE unit
 * @param communeName its full name
 * @param provinceId the PROVINCE unit whose policy applies
 * @param month first day of the month
 * @param status status
 * @param policyId the policy version applied
 * @param basicSalary the basic salary applied
 * @param total sum of the line totals, VND
 * @param computedBy who computed it last
 * @param computedAt when
 * @param reviewedBy reviewer
 * @param approvedBy approver
 * @param lockedBy who locked it
 */
public record RunView(long id, long communeId, String communeName, long provinceId, LocalDate month, RunStatus status,
		long policyId, long basicSalary, long total, String computedBy, LocalDateTime computedAt,
		@Nullable String reviewedBy, @Nullable String approvedBy, @Nullable String lockedBy) {
}

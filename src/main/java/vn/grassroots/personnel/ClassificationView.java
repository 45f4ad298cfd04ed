package vn.grassroots.personnel;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A classification result.
 *
 * @param id id
 * @param year review year (15 November of the year before to 14 November)
 * @param kind MEMBER or TEAM
 * @param subjectId member or team id
 * @param name member's or team's name
 * @param communeId commune police unit
 * @param months months of service or operation in the year
 * @param share per cent of assigned tasks completed
 * @param computedGrade grade from the rules, null when not graded
 * @param finalGrade grade in force (the override if any)
 * @param reasons message keys explaining caps or why not graded, comma-separated
 * @param overrideReason why the grade was changed by hand
 */
public record ClassificationView(long id, int year, String kind, long subjectId, @Nullable String name, long communeId,
		int months, BigDecimal share, @Nullable Grade computedGrade, @Nullable Grade finalGrade,
		@Nullable String reasons, @Nullable String overrideReason) {
}

package vn.grassroots.welfare;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A claim for illness, accident or death on duty (Decree 40/2024/ND-CP arts. 5-6).
 *
 * @param id id
 * @param communeId commune police unit handling it
 * @param memberId member
 * @param memberName member's name
 * @param kind ILLNESS, ACCIDENT, DEATH or DISABILITY (lost working capacity)
 * @param eventDate day of the event
 * @param onDuty on an assigned or planned task, or mobilised, at the time
 * @param hasBhyt covered by health insurance
 * @param hasBhxh covered by social insurance
 * @param exclusion SELF_HARM, PERSONAL_CONFLICT or ALCOHOL_DRUGS (null: none)
 * @param missingDocuments documents of the checklist still missing
 * @param ineligibility reason key when not eligible (null: eligible)
 * @param medicalCosts medical costs (receipts)
 * @param inpatientDays inpatient days until discharge
 * @param mealPerDay daily meal allowance of the province's policy
 * @param deathBenefit survivor allowance of the policy (DEATH)
 * @param funeralAllowance funeral costs of the policy (DEATH)
 * @param amount medical costs + meal x days (+ death benefit + funeral for DEATH)
 * @param status RECEIVED, APPRAISED, DECIDED, PAID or REFUSED
 * @param receivedOn day the dossier was received
 * @param appraisedOn day of the appraisal
 * @param decidedOn day of the payment decision
 * @param decisionNumber its number
 * @param paidOn day paid
 * @param paymentMethod BANK, POST or CASH
 * @param paymentReference reference of the payment
 * @param refusalReason written reasons of a refusal
 * @param dueOn last day of the current step's statutory time limit (null: none)
 * @param overdue whether today is past {@code dueOn}
 * @param lostCapacity degree of lost working capacity in percent (DISABILITY)
 * @param disabilityAmount the one-off lost-working-capacity allowance (DISABILITY)
 */
public record ClaimView(long id, long communeId, long memberId, String memberName, ClaimKind kind, LocalDate eventDate,
		boolean onDuty, boolean hasBhyt, boolean hasBhxh, @Nullable String exclusion, List<String> missingDocuments,
		@Nullable String ineligibility, long medicalCosts, int inpatientDays, long mealPerDay, long deathBenefit,
		long funeralAllowance, long amount, ClaimStatus status, LocalDate receivedOn, @Nullable LocalDate appraisedOn,
		@Nullable LocalDate decidedOn, @Nullable String decisionNumber, @Nullable LocalDate paidOn,
		@Nullable String paymentMethod, @Nullable String paymentReference, @Nullable String refusalReason,
		@Nullable LocalDate dueOn, boolean overdue, int lostCapacity, long disabilityAmount) {

	/** Kinds of claims. */
	public enum ClaimKind {

		ILLNESS, ACCIDENT, DEATH, DISABILITY

	}

	/** Claim workflow. */
	public enum ClaimStatus {

		RECEIVED, APPRAISED, DECIDED, PAID, REFUSED

	}

	/** Exclusions of Decree 40/2024/ND-CP art. 5. */
	public enum Exclusion {

		SELF_HARM, PERSONAL_CONFLICT, ALCOHOL_DRUGS

	}

}

package vn.grassroots.welfare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.grassroots.personnel.WorkingCalendar;
import vn.grassroots.welfare.ClaimView.ClaimKind;
import vn.grassroots.welfare.ClaimView.ClaimStatus;

/**
 * Rules of claims (Decree 40/2024/ND-CP; procedure after Decision 8211/QĐ-BCA, domain
 * brief §2.1):
 * <ul>
 * <li>Checklist: the application; for illness or accident the hospital discharge paper
 * and the receipts; for a death the death certificate (inferred: the brief lists no death
 * dossier).</li>
 * <li>Eligible only on duty, without an exclusion (self-harm, personal conflict, alcohol
 * or drugs), and not covered by BHYT (illness, accident) or BHXH (death).</li>
 * <li>Amount: medical costs + meal allowance x inpatient days; for a death also the
 * survivor allowance and funeral costs of the province's policy; for lost working
 * capacity (DISABILITY, Law 30/2023 art. 24(3)) also the one-off allowance by degree
 * ({@link AllowanceRules#disabilityAllowance}). A DISABILITY claim needs the application
 * and the record of the Medical Assessment Council, is for members without BHXH, and pays
 * nothing below 5%.</li>
 * <li>Time limits in working days: a received dossier is checked (2) and appraised (5),
 * so the appraisal is due 7 working days after receipt; the payment decision is due 2
 * working days after the appraisal. Payment has no statutory limit here.</li>
 * </ul>
 */
public final class ClaimRules {

	/** Working days to check (2) and appraise (5) a dossier after receipt. */
	public static final int APPRAISAL_DAYS = 2 + 5;

	/** Working days for the payment decision after the appraisal. */
	public static final int DECISION_DAYS = 2;

	private ClaimRules() {
	}

	/** Documents missing from the checklist. */
	public static List<String> missing(ClaimKind kind, boolean application, boolean discharge, boolean receipts,
			boolean deathCertificate) {
		return missing(kind, application, discharge, receipts, deathCertificate, false);
	}

	/**
	 * Documents missing from the checklist, with the Medical Assessment Council record.
	 */
	public static List<String> missing(ClaimKind kind, boolean application, boolean discharge, boolean receipts,
			boolean deathCertificate, boolean assessmentRecord) {
		List<String> missing = new ArrayList<>();
		if (!application) {
			missing.add("APPLICATION");
		}
		if (kind == ClaimKind.DISABILITY) {
			if (!assessmentRecord) {
				missing.add("ASSESSMENT_RECORD");
			}
		}
		else if (kind == ClaimKind.DEATH) {
			if (!deathCertificate) {
				missing.add("DEATH_CERTIFICATE");
			}
		}
		else {
			if (!discharge) {
				missing.add("DISCHARGE_PAPER");
			}
			if (!receipts) {
				missing.add("RECEIPTS");
			}
		}
		return missing;
	}

	/** The reason key when not eligible, null when eligible. */
	public static @Nullable String ineligibility(ClaimKind kind, boolean onDuty, boolean hasBhyt, boolean hasBhxh,
			@Nullable String exclusion) {
		return ineligibility(kind, onDuty, hasBhyt, hasBhxh, exclusion, 0);
	}

	/** The reason key when not eligible, null when eligible, with the degree of loss. */
	public static @Nullable String ineligibility(ClaimKind kind, boolean onDuty, boolean hasBhyt, boolean hasBhxh,
			@Nullable String exclusion, int lostCapacity) {
		if (!onDuty) {
			return "NOT_ON_DUTY";
		}
		if (exclusion != null) {
			return "EXCLUDED_" + exclusion;
		}
		if ((kind == ClaimKind.DEATH || kind == ClaimKind.DISABILITY) ? hasBhxh : hasBhyt) {
			return "INSURED";
		}
		if (kind == ClaimKind.DISABILITY && lostCapacity < 5) {
			return "BELOW_THRESHOLD";
		}
		return null;
	}

	/** The amount of a claim. */
	public static long amount(ClaimKind kind, long medicalCosts, int inpatientDays, long mealPerDay, long deathBenefit,
			long funeral) {
		long amount = medicalCosts + mealPerDay * inpatientDays;
		return (kind == ClaimKind.DEATH) ? amount + deathBenefit + funeral : amount;
	}

	/** The last day of the current step's time limit, null when none runs. */
	public static @Nullable LocalDate due(WorkingCalendar calendar, ClaimStatus status, LocalDate receivedOn,
			@Nullable LocalDate appraisedOn) {
		return switch (status) {
			case RECEIVED -> calendar.plusWorkingDays(receivedOn, APPRAISAL_DAYS);
			case APPRAISED -> (appraisedOn != null) ? calendar.plusWorkingDays(appraisedOn, DECISION_DAYS) : null;
			default -> null;
		};
	}

}

package vn.grassroots.targets;

/** Where an indicator's values come from. */
public enum IndicatorSource {

	/** Computed from system data by a named computation of the catalogue. */
	COMPUTED,
	/** Reported by hand per unit and period (directly or through an approved report). */
	REPORTED

}

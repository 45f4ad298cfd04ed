package vn.grassroots.targets;

/** Headquarters situation of a commune police station. */
public enum HeadquartersStatus {

	/** Its own working headquarters. */
	OWN,
	/** Shares premises (e.g. with the commune People's Committee). */
	SHARED,
	/** Its own headquarters is being built. */
	UNDER_CONSTRUCTION,
	/** No premises. */
	NONE

}

package vn.grassroots.targets.internal;

/** SQL fragments of the module. */
public final class TargetsSql {

	private TargetsSql() {
	}

	/** The dated row of alias {@code a} is valid on the named date parameter. */
	public static String validAt(String a, String param) {
		return "(" + a + ".valid_from is null or " + a + ".valid_from <= :" + param + ") and (" + a
				+ ".valid_to is null or " + a + ".valid_to > :" + param + ")";
	}

}

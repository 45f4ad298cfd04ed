package vn.grassroots.shared;

/** Masking of personal data shown by default. */
public final class Masking {

	private Masking() {
	}

	/**
	 * Keeps the last {@code visible} characters: "001203004567" becomes "********4567".
	 */
	public static String keepLast(String value, int visible) {
		if (value.length() <= visible) {
			return "*".repeat(value.length());
		}
		return "*".repeat(value.length() - visible) + value.substring(value.length() - visible);
	}

}

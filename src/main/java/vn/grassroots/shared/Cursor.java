package vn.grassroots.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * A position in a list sorted by a key and then by id (keyset paging): the key and id of
 * the row next to which a page starts. It travels as an opaque URL-safe token. A cursor
 * carries values, never a reference to another row, so a crafted cursor can only move the
 * caller within the rows of its own scope.
 *
 * @param key the sort key of the row, as text (a name, an ISO date-time)
 * @param id the row's id, which breaks ties on the key
 */
public record Cursor(String key, long id) {

	private static final char SEPARATOR = '~';

	/** The URL-safe token of this cursor. */
	public String token() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((this.id + String.valueOf(SEPARATOR) + this.key).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Reads a token made by {@link #token()}; null when blank. Throws a 400
	 * {@link GrassrootsException} naming the field when it is not one.
	 */
	public static @Nullable Cursor parse(String field, @Nullable String token) {
		if (token == null || token.isBlank()) {
			return null;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
			int at = text.indexOf(SEPARATOR);
			if (at < 1) {
				throw GrassrootsException.badField(field, token, "validation.cursor");
			}
			return new Cursor(text.substring(at + 1), Long.parseLong(text.substring(0, at)));
		}
		catch (IllegalArgumentException ex) {
			throw GrassrootsException.badField(field, token, "validation.cursor");
		}
	}

}

package vn.grassroots.patrols.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

import vn.grassroots.shared.Dates;

/**
 * A small writer of iCalendar (RFC 5545) text: CRLF line ends, content lines folded at 75
 * octets without splitting a UTF-8 character (3.1), TEXT values escaped (3.3.11), times
 * in UTC (3.3.5, form 2) so that no VTIMEZONE is needed.
 */
public final class ICalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final StringBuilder out = new StringBuilder();

	/** Starts a VCALENDAR with the product id and a display name. */
	public ICalendar(String name) {
		line("BEGIN:VCALENDAR");
		line("VERSION:2.0");
		line("PRODID:-//Grassroots//Patrol rosters//VI");
		line("CALSCALE:GREGORIAN");
		line("METHOD:PUBLISH");
		line("X-WR-CALNAME:" + escape(name));
		line("X-WR-TIMEZONE:Asia/Ho_Chi_Minh");
	}

	/**
	 * Adds a VEVENT.
	 * @param uid globally unique, stable id
	 * @param stamp when the feed was made
	 * @param start local start in Vietnam
	 * @param end local end in Vietnam
	 * @param summary title
	 * @param location where, if known
	 * @param description details, if any
	 */
	public ICalendar event(String uid, Instant stamp, LocalDateTime start, LocalDateTime end, String summary,
			@Nullable String location, @Nullable String description) {
		line("BEGIN:VEVENT");
		line("UID:" + uid);
		line("DTSTAMP:" + UTC.format(stamp));
		line("DTSTART:" + utc(start));
		line("DTEND:" + utc(end));
		line("SUMMARY:" + escape(summary));
		if (location != null && !location.isBlank()) {
			line("LOCATION:" + escape(location));
		}
		if (description != null && !description.isBlank()) {
			line("DESCRIPTION:" + escape(description));
		}
		line("END:VEVENT");
		return this;
	}

	/** Closes the calendar and returns its text. */
	public String end() {
		line("END:VCALENDAR");
		return this.out.toString();
	}

	static String utc(LocalDateTime local) {
		return UTC.format(local.atZone(Dates.ZONE).toInstant());
	}

	/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
	public static String escape(String text) {
		StringBuilder b = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> b.append("\\\\");
				case ';' -> b.append("\\;");
				case ',' -> b.append("\\,");
				case '\n' -> b.append("\\n");
				case '\r' -> {
				}
				default -> b.append(c);
			}
		}
		return b.toString();
	}

	private void line(String content) {
		fold(content, this.out);
	}

	/**
	 * Appends a content line folded so that no physical line is longer than 75 octets
	 * (continuations start with one space), then CRLF.
	 */
	static void fold(String content, StringBuilder out) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int cp = content.codePointAt(i);
			int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(cp);
			octets += size;
			i += Character.charCount(cp);
		}
		out.append("\r\n");
	}

}

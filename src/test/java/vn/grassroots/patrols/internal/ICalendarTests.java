package vn.grassroots.patrols.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ICalendarTests {

	@Test
	void foldsLongLinesAt75OctetsWithoutSplittingVietnameseCharacters() {
		String summary = "Trực đêm - Tổ bảo vệ an ninh, trật tự thôn Đông Hưng Thịnh, xã Phước Lộc Thọ, tỉnh Đồng Tháp";

		String text = new ICalendar("Lịch")
			.event("shift-1@grassroots.vn", Instant.parse("2026-03-10T00:00:00Z"), LocalDateTime.of(2026, 3, 10, 22, 0),
					LocalDateTime.of(2026, 3, 11, 2, 0), summary, null, null)
			.end();

		assertThat(text).endsWith("END:VCALENDAR\r\n");
		for (String line : text.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
			assertThat(line).doesNotContain("\uFFFD");
		}
		String unfolded = text.replace("\r\n ", "");
		assertThat(unfolded).contains("SUMMARY:" + ICalendar.escape(summary) + "\r\n");
	}

	@Test
	void writesTimesInUtcAndEscapesText() {
		String text = new ICalendar("Lịch")
			.event("shift-2@grassroots.vn", Instant.parse("2026-03-10T01:02:03Z"), LocalDateTime.of(2026, 3, 10, 22, 0),
					LocalDateTime.of(2026, 3, 11, 2, 0), "a;b,c\\d", "x", "line1\nline2")
			.end();

		assertThat(text).contains("DTSTART:20260310T150000Z\r\n")
			.contains("DTEND:20260310T190000Z\r\n")
			.contains("DTSTAMP:20260310T010203Z\r\n")
			.contains("SUMMARY:a\\;b\\,c\\\\d\r\n")
			.contains("DESCRIPTION:line1\\nline2\r\n")
			.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
	}

}

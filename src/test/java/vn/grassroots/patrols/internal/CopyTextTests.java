package vn.grassroots.patrols.internal;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows in PostgreSQL's COPY text format, as the bulk writer stages patrol logs.
 */
class CopyTextTests {

	@Test
	void separatesColumnsWithTabsAndEndsRowsWithANewline() {
		CopyText text = new CopyText(64);

		text.text("a").number(7L).bool(true).end().text("b").number(8).bool(false).end();

		assertThat(text).hasToString("a\t7\tt\nb\t8\tf\n");
	}

	@Test
	void escapesBackslashTabNewlineAndCarriageReturnInText() {
		CopyText text = new CopyText(64);

		text.text("Khu chợ\tcổng\\sau\r\ndòng hai").end();

		assertThat(text).hasToString("Khu chợ\\tcổng\\\\sau\\r\\ndòng hai\n");
	}

	@Test
	void writesNullAsBackslashN() {
		CopyText text = new CopyText(64);

		text.text(null).number((Long) null).end();

		assertThat(text).hasToString("\\N\t\\N\n");
	}

	@Test
	void writesBigintArraysAndIsoTimestamps() {
		CopyText text = new CopyText(64);

		text.array(List.of(3L, 14L))
			.array(List.of())
			.time(LocalDateTime.of(2026, 11, 3, 22, 5))
			.time(LocalDateTime.of(2026, 11, 3, 22, 5, 9))
			.end();

		assertThat(text).hasToString("{3,14}\t{}\t2026-11-03T22:05\t2026-11-03T22:05:09\n");
	}

}

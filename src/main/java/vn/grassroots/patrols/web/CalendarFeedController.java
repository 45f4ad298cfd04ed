package vn.grassroots.patrols.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.grassroots.patrols.CalendarFeeds;
import vn.grassroots.shared.GrassrootsException;

/**
 * Public iCalendar feeds of rosters: calendar clients cannot log in, so the path carries
 * the feed's unguessable, revocable token.
 */
@RestController
@Tag(name = "Patrol calendars", description = "iCalendar (RFC 5545) feeds of rosters, read with a feed token")
class CalendarFeedController {

	private static final MediaType CALENDAR = new MediaType("text", "calendar",
			java.nio.charset.StandardCharsets.UTF_8);

	private final CalendarFeeds feeds;

	CalendarFeedController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/api/v1/public/patrol-calendars/{token}.ics")
	@Operation(summary = "The roster feed of a token (404 when unknown or revoked)")
	ResponseEntity<String> feed(@PathVariable String token, Locale locale) {
		String body = this.feeds.feed(token, locale).orElseThrow(() -> GrassrootsException.notFound("calendar"));
		return ResponseEntity.ok().contentType(CALENDAR).header("Cache-Control", "private, max-age=300").body(body);
	}

}

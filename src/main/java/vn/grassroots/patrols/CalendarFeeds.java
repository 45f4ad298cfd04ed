package vn.grassroots.patrols;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitType;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.patrols.internal.ICalendar;
import vn.grassroots.patrols.internal.PatrolSql;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.UnitScope;

/**
 * iCalendar feeds of rosters per member and per team. Calendar clients cannot log in, so
 * a feed is read with a random token of 256 bits in its URL; only the token's SHA-256 is
 * stored, a token can be revoked, and a feed shows the shifts (40 days back, 120 ahead)
 * with plan, area, route and the members' names, nothing else about anyone.
 */
@Service
public class CalendarFeeds {

	/** Kind of feed. */
	public enum Kind {

		/** The shifts of one member. */
		MEMBER,
		/** The shifts of one team. */
		TEAM

	}

	/**
	 * A feed token as listed (never the token itself).
	 *
	 * @param id id
	 * @param kind kind
	 * @param subjectId member or TEAM unit
	 * @param createdBy who created it
	 * @param createdAt when
	 * @param revokedAt when revoked, if
	 */
	public record FeedToken(long id, Kind kind, long subjectId, String createdBy, LocalDateTime createdAt,
			@Nullable LocalDateTime revokedAt) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final PatrolSql sql;

	private final UnitQueries units;

	private final RosterQueries rosters;

	private final AuditTrail audit;

	private final org.springframework.context.MessageSource messages;

	CalendarFeeds(JdbcClient jdbc, PatrolSql sql, UnitQueries units, RosterQueries rosters, AuditTrail audit,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.jdbc = jdbc;
		this.sql = sql;
		this.units = units;
		this.rosters = rosters;
		this.audit = audit;
	}

	/**
	 * Creates a feed token for a member or TEAM unit in scope and returns the token
	 * (shown once; only its hash is kept). 404 for a subject outside the scope.
	 */
	@Transactional
	public String create(UnitScope scope, Kind kind, long subjectId) {
		RosterService.requireWrite(scope);
		long communeId = switch (kind) {
			case MEMBER -> {
				PatrolSql.Member member = this.sql.members(scope, List.of(subjectId)).get(subjectId);
				if (member == null) {
					throw GrassrootsException.notFound("member " + subjectId);
				}
				yield member.communeId();
			}
			case TEAM -> {
				UnitView team = this.units.get(scope, subjectId);
				if (team.type() != UnitType.TEAM) {
					throw GrassrootsException.ruleOnField("subjectId", subjectId, "patrols.validation.team");
				}
				yield this.sql.owner(scope, "subjectId", subjectId).communeId();
			}
		};
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc
			.sql("insert into pat_calendar_token (token_hash, kind, subject_id, commune_id, created_by, created_at)"
					+ " values (:h, :k, :s, :c, :by, :at)")
			.param("h", hash(token))
			.param("k", kind.name())
			.param("s", subjectId)
			.param("c", communeId)
			.param("by", scope.username())
			.param("at", PatrolSql.ts(RosterService.now()))
			.update();
		this.audit.record(scope.username(), "patrols.calendar.create", kind.name().toLowerCase(Locale.ROOT),
				Long.toString(subjectId), null, "feed token");
		return token;
	}

	/** The tokens of a subject in scope, newest first. */
	@Transactional(readOnly = true)
	public List<FeedToken> tokens(UnitScope scope, Kind kind, long subjectId) {
		var in = this.units.subtree(scope);
		return in
			.bind(this.jdbc.sql("select id, kind, subject_id, created_by, created_at, revoked_at from"
					+ " pat_calendar_token t where kind = :k and subject_id = :s and (" + in.condition("t.commune_id")
					+ " or " + in.condition("t.subject_id") + ") order by id desc"))
			.param("k", kind.name())
			.param("s", subjectId)
			.query((rs, n) -> new FeedToken(rs.getLong(1), Kind.valueOf(rs.getString(2)), rs.getLong(3),
					rs.getString(4), PatrolSql.time(rs, "created_at"),
					(rs.getTimestamp(6) != null) ? rs.getTimestamp(6).toLocalDateTime() : null))
			.list();
	}

	/** Revokes a token in scope; its feed answers 404 from now on. */
	@Transactional
	public void revoke(UnitScope scope, long tokenId) {
		RosterService.requireWrite(scope);
		var in = this.units.subtree(scope);
		int updated = in
			.bind(this.jdbc
				.sql("update pat_calendar_token set revoked_at = :at where id = :id and revoked_at is null" + " and ("
						+ in.condition("commune_id") + " or (kind = 'TEAM' and " + in.condition("subject_id") + "))"))
			.param("at", PatrolSql.ts(RosterService.now()))
			.param("id", tokenId)
			.update();
		if (updated != 1) {
			throw GrassrootsException.notFound("calendar token " + tokenId);
		}
		this.audit.record(scope.username(), "patrols.calendar.revoke", "calendar-token", Long.toString(tokenId), null,
				"revoked");
	}

	/** The feed of a valid, unrevoked token as iCalendar text; empty otherwise. */
	@Transactional(readOnly = true)
	public Optional<String> feed(String token, Locale locale) {
		if (token.length() > 100) {
			return Optional.empty();
		}
		List<Object[]> rows = this.jdbc
			.sql("select kind, subject_id, commune_id from pat_calendar_token where token_hash = :h"
					+ " and revoked_at is null")
			.param("h", hash(token))
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getLong(2), rs.getLong(3) })
			.list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Kind kind = Kind.valueOf((String) rows.get(0)[0]);
		long subject = (Long) rows.get(0)[1];
		long commune = (Long) rows.get(0)[2];
		LocalDate today = Dates.today();
		LocalDate from = today.minusDays(40);
		LocalDate to = today.plusDays(120);
		// the feed sees what its commune police sees
		UnitScope scope = new UnitScope("calendar", commune, Set.of(), today, this.units.scopePaths(commune, today));
		List<ShiftView> shifts;
		String name;
		if (kind == Kind.MEMBER) {
			shifts = this.rosters.memberShifts(scope, subject, from, to);
			name = this.sql.names(List.of(subject)).getOrDefault(subject, "");
		}
		else {
			shifts = this.rosters.shifts(scope, subject, from, to);
			name = this.units.find(scope, subject).map(UnitView::fullName).orElse("");
		}
		ICalendar calendar = new ICalendar(text("patrols.calendar.name", locale, name));
		Instant stamp = Instant.now();
		for (ShiftView s : shifts) {
			String description = s.planTitle() + "\n" + text("patrols.calendar.members", locale, s.memberNames())
					+ ((s.route() != null) ? "\n" + text("patrols.calendar.route", locale, s.route()) : "");
			calendar.event("shift-" + s.id() + "@grassroots.vn", stamp, s.startsAt(), s.endsAt(),
					text(s.night() ? "patrols.calendar.night" : "patrols.calendar.day", locale, s.unitName()), s.area(),
					description);
		}
		return Optional.of(calendar.end());
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

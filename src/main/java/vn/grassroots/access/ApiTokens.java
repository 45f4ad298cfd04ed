package vn.grassroots.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.audit.AuditTrail;

/**
 * Personal API tokens for bearer authentication. Only a SHA-256 hash is stored; the token
 * itself is shown once, when it is issued.
 */
@Service
@Transactional
public class ApiTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final AccountService accounts;

	private final AuditTrail audit;

	ApiTokens(JdbcClient jdbc, AccountService accounts, AuditTrail audit) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.audit = audit;
	}

	/** Issues a token for the user, valid for the given time; answers the token text. */
	public String issue(GrassrootsUser user, String name, Duration validity) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = "grt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = Instant.now();
		this.jdbc
			.sql("insert into acc_api_token (user_id, name, token_hash, created_at, expires_at) values (:u, :n, :h,"
					+ " :at, :exp)")
			.param("u", user.id())
			.param("n", name)
			.param("h", hash(token))
			.param("at", Timestamp.from(now))
			.param("exp", Timestamp.from(now.plus(validity)))
			.update();
		this.audit.record(user.username(), "token.issue", "user", user.username(), null, name);
		return token;
	}

	/**
	 * One of a user's tokens, never its text.
	 *
	 * @param id id
	 * @param name the name given
	 * @param createdAt when issued
	 * @param expiresAt when it stops working
	 * @param revoked whether revoked
	 */
	public record TokenView(long id, String name, java.time.Instant createdAt,
			java.time.@org.jspecify.annotations.Nullable Instant expiresAt, boolean revoked) {
	}

	/** The user's tokens, newest first. */
	@Transactional(readOnly = true)
	public java.util.List<TokenView> list(GrassrootsUser user) {
		return this.jdbc.sql("select * from acc_api_token where user_id = :u order by id desc")
			.param("u", user.id())
			.query((rs, n) -> new TokenView(rs.getLong("id"), rs.getString("name"),
					rs.getTimestamp("created_at").toInstant(),
					(rs.getTimestamp("expires_at") != null) ? rs.getTimestamp("expires_at").toInstant() : null,
					rs.getBoolean("revoked")))
			.list();
	}

	/** Revokes one of the user's tokens at once; 404 when the user has no such token. */
	public void revoke(GrassrootsUser user, long id) {
		int changed = this.jdbc.sql("update acc_api_token set revoked = true where id = :id and user_id = :u")
			.param("id", id)
			.param("u", user.id())
			.update();
		if (changed == 0) {
			throw vn.grassroots.shared.GrassrootsException.notFound("token " + id);
		}
		this.audit.record(user.username(), "token.revoke", "token", String.valueOf(id), null, "revoked");
	}

	/** The user of a valid token. */
	@Transactional(readOnly = true)
	public Optional<GrassrootsUser> authenticate(String token) {
		return this.jdbc
			.sql("select u.username from acc_api_token t join acc_user u on u.id = t.user_id where t.token_hash = :h"
					+ " and t.revoked = false and (t.expires_at is null or t.expires_at > :now)")
			.param("h", hash(token))
			.param("now", Timestamp.from(Instant.now()))
			.query(String.class)
			.optional()
			.map(this.accounts::loadUserByUsername);
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

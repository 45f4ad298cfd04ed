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

package vn.grassroots.access;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.organisation.SubtreeFilter;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.PageRequest;
import vn.grassroots.shared.PageResult;
import vn.grassroots.shared.ProblemCode;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;

/**
 * User accounts: creation, lookup for login, lockout after repeated failures, and the
 * scope of a user on a date.
 */
@Service
@Transactional
public class AccountService implements UserDetailsService {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final UnitQueries units;

	private final AuditTrail audit;

	private final int maxFailures;

	private final Duration lockout;

	AccountService(JdbcClient jdbc, PasswordEncoder passwords, UnitQueries units, AuditTrail audit,
			@Value("${grassroots.security.max-failures:5}") int maxFailures,
			@Value("${grassroots.security.lockout:PT15M}") Duration lockout) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.units = units;
		this.audit = audit;
		this.maxFailures = maxFailures;
		this.lockout = lockout;
	}

	@Override
	@Transactional(readOnly = true)
	public GrassrootsUser loadUserByUsername(String username) {
		return this.jdbc.sql("select * from acc_user where username = :u").param("u", username).query((rs, n) -> {
			Timestamp locked = rs.getTimestamp("locked_until");
			return new GrassrootsUser(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
					rs.getString("display_name"), rs.getLong("unit_id"), roles(rs.getString("roles")),
					rs.getBoolean("enabled"), locked != null && locked.toInstant().isAfter(Instant.now()));
		}).optional().orElseThrow(() -> new UsernameNotFoundException(username));
	}

	/** The user's scope on the date: their unit's subtree then. */
	@Transactional(readOnly = true)
	public UnitScope scopeOf(GrassrootsUser user, LocalDate date) {
		return new UnitScope(user.username(), user.unitId(), user.roles(), date,
				this.units.scopePaths(user.unitId(), date));
	}

	/** Counts a failed login; locks the account for the lockout period at the limit. */
	public void loginFailed(String username) {
		this.jdbc.sql("update acc_user set failed_attempts = failed_attempts + 1 where username = :u")
			.param("u", username)
			.update();
		Integer failures = this.jdbc.sql("select failed_attempts from acc_user where username = :u")
			.param("u", username)
			.query(Integer.class)
			.optional()
			.orElse(0);
		if (failures >= this.maxFailures) {
			this.jdbc.sql("update acc_user set locked_until = :until, failed_attempts = 0 where username = :u")
				.param("until", Timestamp.from(Instant.now().plus(this.lockout)))
				.param("u", username)
				.update();
			this.audit.record(username, "login.locked", "user", username, null, "locked for " + this.lockout);
		}
	}

	/** Clears the failure count after a successful login. */
	public void loginSucceeded(String username) {
		this.jdbc
			.sql("update acc_user set failed_attempts = 0, locked_until = null where username = :u"
					+ " and (failed_attempts > 0 or locked_until is not null)")
			.param("u", username)
			.update();
	}

	/**
	 * Creates an account in a unit of the caller's subtree; answers its id. Raises 403
	 * unless the caller is a ministry administrator, 404 for a unit outside the scope,
	 * 422 for a taken name.
	 */
	public long create(UnitScope scope, String username, String password, String displayName, long unitId,
			Set<Role> roles) {
		scope.require(Role.MINISTRY_ADMIN);
		UnitView unit = this.units.get(scope, unitId);
		long id = insert(username, password, displayName, unit.id(), roles, false);
		this.audit.record(scope.username(), "account.create", "user", username, null,
				username + " " + roles + " in " + unit.fullName());
		return id;
	}

	/** Creates an account without a caller (start-up); answers its id. */
	public long insert(String username, String password, String displayName, long unitId, Set<Role> roles,
			boolean demo) {
		if (!username.matches("[a-z0-9._-]{3,64}")) {
			throw GrassrootsException.ruleOnField("username", username, "account.username.pattern");
		}
		if (password.length() < 4) {
			throw GrassrootsException.ruleOnField("password", "****", "account.password.short");
		}
		if (findId(username).isPresent()) {
			throw new GrassrootsException(ProblemCode.USERNAME_TAKEN, username);
		}
		this.jdbc
			.sql("insert into acc_user (username, password_hash, display_name, unit_id, roles, demo, created_at)"
					+ " values (:u, :p, :n, :unit, :roles, :demo, :at)")
			.param("u", username)
			.param("p", this.passwords.encode(password))
			.param("n", displayName)
			.param("unit", unitId)
			.param("roles", roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")))
			.param("demo", demo)
			.param("at", Timestamp.from(Instant.now()))
			.update();
		return findId(username).orElseThrow();
	}

	/**
	 * Enables or disables every demo account: they may log in only while demo mode is on.
	 * @return the number of demo accounts changed
	 */
	public int setDemoAccountsEnabled(boolean enabled) {
		int changed = this.jdbc.sql("update acc_user set enabled = :enabled where demo = true and enabled <> :enabled")
			.param("enabled", enabled)
			.update();
		if (changed > 0) {
			this.audit.record("system", enabled ? "account.demo.enable" : "account.demo.disable", "user", null, null,
					changed + " demo accounts");
		}
		return changed;
	}

	/** The id of an account by name. */
	@Transactional(readOnly = true)
	public Optional<Long> findId(String username) {
		return this.jdbc.sql("select id from acc_user where username = :u")
			.param("u", username)
			.query(Long.class)
			.optional();
	}

	/** Whether any account other than the demo accounts exists. */
	@Transactional(readOnly = true)
	public boolean any() {
		return this.jdbc.sql("select count(*) from acc_user where demo = false").query(Long.class).single() > 0;
	}

	/** Accounts of units in the caller's scope (administrators only), by user name. */
	@Transactional(readOnly = true)
	public PageResult<AccountView> list(UnitScope scope, PageRequest page) {
		scope.require(Role.MINISTRY_ADMIN);
		// accounts belong to units as they are today, whatever date the caller is looking
		// at
		UnitScope today = scope.at(vn.grassroots.shared.Dates.today(),
				this.units.scopePaths(scope.unitId(), vn.grassroots.shared.Dates.today()));
		SubtreeFilter in = this.units.subtree(today);
		long total = in.bind(this.jdbc.sql("select count(*) from acc_user a where " + in.condition("a.unit_id")))
			.query(Long.class)
			.single();
		List<AccountView> items = in.bind(this.jdbc
			.sql("select a.*, (select max(p.full_name) from org_unit_period p where p.unit_id = a.unit_id"
					+ " and (p.valid_to is null or p.valid_to > :sf_d) and (p.valid_from is null or p.valid_from <= :sf_d))"
					+ " as unit_name from acc_user a where " + in.condition("a.unit_id")
					+ " order by a.username limit :limit offset :offset"))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> {
				Timestamp locked = rs.getTimestamp("locked_until");
				return new AccountView(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
						rs.getLong("unit_id"), rs.getString("unit_name"), roles(rs.getString("roles")),
						rs.getBoolean("enabled"),
						(locked != null && locked.toInstant().isAfter(Instant.now())) ? locked.toInstant() : null,
						rs.getBoolean("demo"));
			})
			.list();
		return new PageResult<>(items, total);
	}

	static Set<Role> roles(@Nullable String csv) {
		if (csv == null || csv.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(csv.split(","))
			.map(String::trim)
			.map(Role::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

}

package vn.grassroots.targets.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.grassroots.targets.IndicatorSource;
import vn.grassroots.targets.IndicatorView;
import vn.grassroots.targets.PartialLineageRule;
import vn.grassroots.targets.PeriodKind;

/**
 * The roll-up of indicator values up the organisation tree, kept in a cache table.
 *
 * <p>
 * For an (indicator, period, tree date) the roll-up is computed in one pass: the raw
 * values (reported values of the period, or the computation measured on the period's last
 * day or the tree date if earlier) are placed on the units valid on the tree date (a unit
 * that no longer exists passes its value to its successors through the organisation
 * lineage: a FULL link carries the whole value, PARTIAL links follow
 * {@link PartialLineageRule}), then added to every ancestor on the unit's path on that
 * date. The sums of every unit are stored in {@code tgt_rollup} under one
 * {@code tgt_rollup_state} row. A page view then reads one row per unit shown; a national
 * figure never scans the raw records again.
 * <p>
 * Every write that changes an input (a value, a report approval or correction, a
 * headquarters status, an inventory or norm) increments the indicator's
 * {@code inputs_version} in its own transaction; a state of an older version is
 * recomputed on its next read, so a new value shows on the next page view. A roll-up
 * computed while a write was not yet committed keeps the older version and is recomputed
 * as well. A recomputation replaces the sums of its state in place, so concurrent readers
 * see the old sums or the new ones, never none. A contributed computation's module does
 * not report its writes: its state older than the computation's maximum age is served and
 * refreshed in the background (one refresh per state at a time).
 */
@Component
public class Rollup implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Rollup.class);

	private static final int MAX_HOPS = 6;

	private static final int CHUNK = 500;

	/**
	 * The least age before a state of a past period of a contributed computation is
	 * refreshed.
	 */
	static final Duration PAST_PERIOD_AGE = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Computations computations;

	private final TransactionTemplate newTransaction;

	private final PartialLineageRule partialRule;

	private final ExecutorService refresher = Executors.newSingleThreadExecutor((r) -> {
		Thread thread = new Thread(r, "rollup-refresh");
		thread.setDaemon(true);
		return thread;
	});

	private final Set<String> refreshing = ConcurrentHashMap.newKeySet();

	Rollup(JdbcClient jdbc, JdbcTemplate template, Computations computations, PlatformTransactionManager transactions,
			@Value("${grassroots.targets.partial-rule:EQUAL_SPLIT}") PartialLineageRule partialRule) {
		this.jdbc = jdbc;
		this.template = template;
		this.computations = computations;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.partialRule = partialRule;
	}

	/** The rule applied to PARTIAL lineage links. */
	public PartialLineageRule partialRule() {
		return this.partialRule;
	}

	/**
	 * The sums of the given units' subtrees for the indicator and period on the tree
	 * date; units without data are absent from the map.
	 */
	public Map<Long, Sums> sums(IndicatorView indicator, PeriodKind kind, LocalDate periodStart, LocalDate treeDate,
			Collection<Long> unitIds) {
		return sums(List.of(indicator), kind, List.of(periodStart), treeDate, unitIds)
			.getOrDefault(new Key(indicator.id(), periodStart), Map.of());
	}

	/**
	 * The sums of the given units' subtrees for every indicator and period start of the
	 * kind on the tree date, keyed by (indicator, period start); units without data are
	 * absent. A page showing several indicators or periods runs the same few statements
	 * as one showing a single figure: the states of all of them in one query, the sums in
	 * one query per 500 units.
	 */
	public Map<Key, Map<Long, Sums>> sums(List<IndicatorView> indicators, PeriodKind kind, List<LocalDate> starts,
			LocalDate treeDate, Collection<Long> unitIds) {
		Map<Key, Map<Long, Sums>> result = new HashMap<>();
		if (indicators.isEmpty() || starts.isEmpty()) {
			return result;
		}
		List<Runnable> refreshes = new ArrayList<>();
		Map<Key, Long> states = ensure(indicators, kind, starts, treeDate, refreshes);
		if (unitIds.isEmpty()) {
			refreshes.forEach(Runnable::run);
			return result;
		}
		Map<Long, Key> byState = new HashMap<>();
		states.forEach((key, state) -> byState.put(state, key));
		List<Long> ids = new ArrayList<>(new HashSet<>(unitIds));
		for (int i = 0; i < ids.size(); i += CHUNK) {
			this.jdbc
				.sql("select state_id, unit_id, numerator, denominator, contributors from tgt_rollup"
						+ " where state_id in (:s) and unit_id in (:ids)")
				.param("s", List.copyOf(byState.keySet()))
				.param("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
				.query((rs, n) -> {
					Sums sums = new Sums(rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getInt(5));
					result.computeIfAbsent(byState.get(rs.getLong(1)), (k) -> new HashMap<>()).put(sums.unitId(), sums);
					return sums;
				})
				.list();
		}
		// queued after the read, so this read gets the served sums
		refreshes.forEach(Runnable::run);
		return result;
	}

	/**
	 * Marks the cached roll-ups of an indicator (all periods) as stale, in the caller's
	 * transaction: the version is incremented, so a roll-up computed meanwhile from the
	 * inputs before this write is recomputed too. The row lock also serialises writers.
	 */
	public void invalidate(long indicatorId) {
		this.jdbc.sql("update tgt_indicator set inputs_version = inputs_version + 1 where id = :i")
			.param("i", indicatorId)
			.update();
	}

	/** Marks the cached roll-ups of the indicators using the computation as stale. */
	public void invalidateComputation(String computation) {
		this.jdbc.sql("select id from tgt_indicator where computation = :c")
			.param("c", computation)
			.query(Long.class)
			.list()
			.forEach(this::invalidate);
	}

	/**
	 * The current state of every (indicator, period start), computing those that are
	 * missing, of an older inputs version, or older than the last recorded reorganisation
	 * (the tree they were rolled up on may have changed) before returning. A state of a
	 * contributed computation older than its maximum age is served as it is and refreshed
	 * in the background (its module does not report its writes; the refreshes are added
	 * to {@code refreshes} for the caller to start), so no page view waits for a national
	 * recomputation once a state exists.
	 */
	private Map<Key, Long> ensure(List<IndicatorView> indicators, PeriodKind kind, List<LocalDate> starts,
			LocalDate treeDate, List<Runnable> refreshes) {
		Map<Long, IndicatorView> byId = new HashMap<>();
		indicators.forEach((i) -> byId.put(i.id(), i));
		Map<Long, Long> versions = new HashMap<>();
		this.jdbc.sql("select id, inputs_version from tgt_indicator where id in (:ids)")
			.param("ids", List.copyOf(byId.keySet()))
			.query((rs, n) -> versions.put(rs.getLong(1), rs.getLong(2)))
			.list();
		Map<Key, CachedState> cached = new HashMap<>();
		this.jdbc
			.sql("select indicator_id, period_start, id, inputs_version, computed_at, reorganisations"
					+ " from tgt_rollup_state"
					+ " where indicator_id in (:ids) and period_kind = :k and period_start in (:p) and tree_date = :t")
			.param("ids", List.copyOf(byId.keySet()))
			.param("k", kind.name())
			.param("p", List.copyOf(new HashSet<>(starts)))
			.param("t", treeDate)
			.query((rs, n) -> cached.put(new Key(rs.getLong(1), rs.getDate(2).toLocalDate()),
					new CachedState(rs.getLong(3), rs.getLong(4), rs.getTimestamp(5).toInstant(), rs.getLong(6))))
			.list();
		long reorganisations = reorganisations();
		Instant now = Instant.now();
		Map<Key, Long> states = new HashMap<>();
		for (IndicatorView indicator : byId.values()) {
			Long version = versions.get(indicator.id());
			for (LocalDate start : starts) {
				Key key = new Key(indicator.id(), start);
				CachedState state = cached.get(key);
				if (state == null || version == null || state.version() != version
						|| state.reorganisations() != reorganisations) {
					states.put(key, computeNow(indicator, kind, start, treeDate));
					continue;
				}
				states.put(key, state.id());
				Duration maxAge = maxAge(indicator, kind, start, treeDate);
				if (maxAge != null && state.computedAt().isBefore(now.minus(maxAge))) {
					refreshes.add(() -> refreshLater(indicator, kind, start, treeDate));
				}
			}
		}
		return states;
	}

	/**
	 * How long a contributed computation's state may be served before a background
	 * refresh: its maximum age for a current period, at least {@link #PAST_PERIOD_AGE}
	 * for one that ended before the tree date (late entries are rare there, and the trend
	 * chart shows six of them); null for inputs that report their writes.
	 */
	private @Nullable Duration maxAge(IndicatorView indicator, PeriodKind kind, LocalDate start, LocalDate treeDate) {
		Duration maxAge = (indicator.source() == IndicatorSource.COMPUTED && indicator.computation() != null)
				? this.computations.maxAge(indicator.computation()) : null;
		if (maxAge != null && kind.lastDay(start).isBefore(treeDate) && maxAge.compareTo(PAST_PERIOD_AGE) < 0) {
			return PAST_PERIOD_AGE;
		}
		return maxAge;
	}

	private long reorganisations() {
		return this.jdbc.sql("select count(*) from org_reorganisation").query(Long.class).single();
	}

	private long computeNow(IndicatorView indicator, PeriodKind kind, LocalDate start, LocalDate treeDate) {
		try {
			Long computed = this.newTransaction.execute((tx) -> compute(indicator, kind, start, treeDate));
			return Objects.requireNonNull(computed);
		}
		catch (DataIntegrityViolationException ex) {
			// computed meanwhile by another request
			return state(indicator.id(), kind, start, treeDate).orElseThrow(() -> ex);
		}
	}

	/**
	 * Recomputes a state in the background unless a refresh of the same state is already
	 * queued or running; readers keep the old sums until the new ones are committed.
	 */
	private void refreshLater(IndicatorView indicator, PeriodKind kind, LocalDate start, LocalDate treeDate) {
		String key = indicator.id() + "/" + kind + "/" + start + "/" + treeDate;
		if (!this.refreshing.add(key)) {
			return;
		}
		try {
			this.refresher.execute(() -> {
				try {
					this.newTransaction.executeWithoutResult((tx) -> compute(indicator, kind, start, treeDate));
				}
				catch (RuntimeException ex) {
					log.warn("Refreshing the roll-up of {} for {} {} on {} failed", indicator.code(), kind, start,
							treeDate, ex);
				}
				finally {
					this.refreshing.remove(key);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			this.refreshing.remove(key);
		}
	}

	@Override
	public void destroy() {
		this.refresher.shutdownNow();
	}

	private long version(long indicatorId) {
		return this.jdbc.sql("select inputs_version from tgt_indicator where id = :i")
			.param("i", indicatorId)
			.query(Long.class)
			.single();
	}

	private Optional<Long> state(long indicatorId, PeriodKind kind, LocalDate periodStart, LocalDate treeDate) {
		return this.jdbc
			.sql("select id from tgt_rollup_state where indicator_id = :i and period_kind = :k and period_start = :p"
					+ " and tree_date = :t")
			.param("i", indicatorId)
			.param("k", kind.name())
			.param("p", periodStart)
			.param("t", treeDate)
			.query(Long.class)
			.optional();
	}

	private long compute(IndicatorView indicator, PeriodKind kind, LocalDate periodStart, LocalDate treeDate) {
		long started = System.nanoTime();
		// the inputs are read after this instant
		Timestamp computedAt = Timestamp.from(Instant.now());
		// the version and the number of reorganisations read before the inputs: a write
		// or
		// a reorganisation committed meanwhile makes this stale
		long version = version(indicator.id());
		long reorganisations = reorganisations();
		List<RawValue> raw = raw(indicator, kind, periodStart, treeDate);
		Map<Long, Sums> totals = rollUp(raw, treeDate);
		// in place: readers keep seeing the previous sums until this transaction commits
		Optional<Long> existing = this.jdbc
			.sql("select id from tgt_rollup_state where indicator_id = :i and period_kind = :k and period_start = :p"
					+ " and tree_date = :t for update")
			.param("i", indicator.id())
			.param("k", kind.name())
			.param("p", periodStart)
			.param("t", treeDate)
			.query(Long.class)
			.optional();
		long state;
		if (existing.isPresent()) {
			state = existing.get();
			this.jdbc.sql("delete from tgt_rollup where state_id = :s").param("s", state).update();
			this.jdbc
				.sql("update tgt_rollup_state set inputs_version = :v, computed_at = :at, reorganisations = :r"
						+ " where id = :s")
				.param("v", version)
				.param("r", reorganisations)
				.param("at", computedAt)
				.param("s", state)
				.update();
		}
		else {
			this.jdbc
				.sql("insert into tgt_rollup_state (indicator_id, period_kind, period_start, tree_date,"
						+ " inputs_version, computed_at, reorganisations) values (:i, :k, :p, :t, :v, :at, :r)")
				.param("i", indicator.id())
				.param("k", kind.name())
				.param("p", periodStart)
				.param("t", treeDate)
				.param("v", version)
				.param("at", computedAt)
				.param("r", reorganisations)
				.update();
			state = state(indicator.id(), kind, periodStart, treeDate).orElseThrow();
		}
		List<Object[]> rows = new ArrayList<>(totals.size());
		for (Sums s : totals.values()) {
			rows.add(new Object[] { state, s.unitId(), s.numerator(), s.denominator(), s.contributors() });
		}
		this.template.batchUpdate(
				"insert into tgt_rollup (state_id, unit_id, numerator, denominator, contributors) values (?, ?, ?, ?, ?)",
				rows);
		log.debug("Rolled up {} for {} {} on {}: {} raw values, {} units in {} ms", indicator.code(), kind, periodStart,
				treeDate, raw.size(), totals.size(), (System.nanoTime() - started) / 1_000_000);
		return state;
	}

	private List<RawValue> raw(IndicatorView indicator, PeriodKind kind, LocalDate periodStart, LocalDate treeDate) {
		if (indicator.source() == IndicatorSource.COMPUTED && indicator.computation() != null) {
			LocalDate last = kind.lastDay(periodStart);
			return this.computations.compute(indicator.computation(), last.isBefore(treeDate) ? last : treeDate);
		}
		return this.jdbc
			.sql("select unit_id, numerator, denominator from tgt_value where indicator_id = :i and period_kind = :k"
					+ " and period_start = :p")
			.param("i", indicator.id())
			.param("k", kind.name())
			.param("p", periodStart)
			.query((rs, n) -> new RawValue(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
			.list();
	}

	/**
	 * Places the raw values on the units valid on the tree date (through the lineage when
	 * needed) and sums them up every ancestor. Values that cannot be placed are left out
	 * (and logged).
	 */
	Map<Long, Sums> rollUp(List<RawValue> raw, LocalDate treeDate) {
		Map<Long, Sums> totals = new HashMap<>();
		List<Weighted> pending = new ArrayList<>();
		for (RawValue v : raw) {
			pending.add(new Weighted(v.unitId(), v, BigDecimal.ONE));
		}
		int unplaced = 0;
		for (int hop = 0; hop <= MAX_HOPS && !pending.isEmpty(); hop++) {
			Set<Long> ids = new HashSet<>();
			pending.forEach((w) -> ids.add(w.unitId()));
			Map<Long, String> paths = paths(ids, treeDate);
			List<Weighted> missing = new ArrayList<>();
			for (Weighted w : pending) {
				String path = paths.get(w.unitId());
				if (path == null) {
					missing.add(w);
					continue;
				}
				BigDecimal num = w.value().numerator().multiply(w.weight());
				BigDecimal den = w.value().denominator().multiply(w.weight());
				for (String part : path.split("/")) {
					if (!part.isEmpty()) {
						long id = Long.parseLong(part);
						totals.merge(id, new Sums(id, num, den, 1), Sums::plus);
					}
				}
			}
			if (missing.isEmpty() || hop == MAX_HOPS) {
				unplaced += missing.size();
				break;
			}
			Set<Long> missingIds = new HashSet<>();
			missing.forEach((w) -> missingIds.add(w.unitId()));
			Map<Long, List<long[]>> successors = successors(missingIds);
			pending = new ArrayList<>();
			for (Weighted w : missing) {
				List<long[]> links = successors.getOrDefault(w.unitId(), List.of());
				if (links.isEmpty()) {
					unplaced++;
					continue;
				}
				int partials = (int) links.stream().filter((l) -> l[1] == 0).count();
				for (long[] link : links) {
					BigDecimal weight = this.partialRule.weight(link[1] == 1, partials);
					pending.add(new Weighted(link[0], w.value(), w.weight().multiply(weight)));
				}
			}
		}
		if (unplaced > 0) {
			log.info("{} raw values could not be placed on the tree of {}", unplaced, treeDate);
		}
		return totals;
	}

	private Map<Long, String> paths(Set<Long> ids, LocalDate date) {
		Map<Long, String> paths = new HashMap<>();
		List<Long> list = new ArrayList<>(ids);
		for (int i = 0; i < list.size(); i += CHUNK) {
			this.jdbc
				.sql("select p.unit_id, p.path from org_unit_period p where p.unit_id in (:ids) and "
						+ TargetsSql.validAt("p", "d"))
				.param("ids", list.subList(i, Math.min(list.size(), i + CHUNK)))
				.param("d", date)
				.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
				.list()
				.forEach((e) -> paths.put(e.getKey(), e.getValue()));
		}
		return paths;
	}

	/** Successor links by predecessor: {successor id, 1 if FULL else 0}. */
	private Map<Long, List<long[]>> successors(Set<Long> ids) {
		Map<Long, List<long[]>> links = new HashMap<>();
		List<Long> list = new ArrayList<>(ids);
		for (int i = 0; i < list.size(); i += CHUNK) {
			this.jdbc
				.sql("select l.predecessor_id, l.successor_id, l.coverage from org_lineage l"
						+ " where l.predecessor_id in (:ids) order by l.successor_id")
				.param("ids", list.subList(i, Math.min(list.size(), i + CHUNK)))
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), "FULL".equals(rs.getString(3)) ? 1 : 0 })
				.list()
				.forEach((l) -> links.computeIfAbsent(l[0], (k) -> new ArrayList<>()).add(new long[] { l[1], l[2] }));
		}
		return links;
	}

	/**
	 * A roll-up of an indicator for a period start (of the kind and tree date asked).
	 *
	 * @param indicatorId the indicator
	 * @param periodStart the period's first day
	 */
	public record Key(long indicatorId, LocalDate periodStart) {
	}

	private record CachedState(long id, long version, Instant computedAt, long reorganisations) {
	}

	private record Weighted(long unitId, RawValue value, BigDecimal weight) {
	}

	/**
	 * Sums of a unit's subtree.
	 *
	 * @param unitId the unit
	 * @param numerator sum of numerators
	 * @param denominator sum of denominators
	 * @param contributors number of raw values placed in the subtree
	 */
	public record Sums(long unitId, BigDecimal numerator, BigDecimal denominator, int contributors) {

		Sums plus(Sums other) {
			return new Sums(this.unitId, this.numerator.add(other.numerator), this.denominator.add(other.denominator),
					this.contributors + other.contributors);
		}

	}

}

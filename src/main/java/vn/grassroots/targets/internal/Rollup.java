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
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * as well.
 */
@Component
public class Rollup {

	private static final Logger log = LoggerFactory.getLogger(Rollup.class);

	private static final int MAX_HOPS = 6;

	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Computations computations;

	private final TransactionTemplate newTransaction;

	private final PartialLineageRule partialRule;

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
		long state = ensure(indicator, kind, periodStart, treeDate);
		Map<Long, Sums> result = new HashMap<>();
		if (unitIds.isEmpty()) {
			return result;
		}
		List<Long> ids = new ArrayList<>(new HashSet<>(unitIds));
		for (int i = 0; i < ids.size(); i += CHUNK) {
			this.jdbc
				.sql("select unit_id, numerator, denominator, contributors from tgt_rollup"
						+ " where state_id = :s and unit_id in (:ids)")
				.param("s", state)
				.param("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
				.query((rs, n) -> new Sums(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getInt(4)))
				.list()
				.forEach((s) -> result.put(s.unitId(), s));
		}
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

	private long ensure(IndicatorView indicator, PeriodKind kind, LocalDate periodStart, LocalDate treeDate) {
		long version = version(indicator.id());
		Optional<Long> existing = state(indicator.id(), kind, periodStart, treeDate, version);
		if (existing.isPresent() && !stale(existing.get(), indicator)) {
			return existing.get();
		}
		try {
			Long created = this.newTransaction.execute((tx) -> compute(indicator, kind, periodStart, treeDate));
			return (created != null) ? created
					: state(indicator.id(), kind, periodStart, treeDate, version).orElseThrow();
		}
		catch (DataIntegrityViolationException ex) {
			// computed meanwhile by another request
			return state(indicator.id(), kind, periodStart, treeDate, null).orElseThrow(() -> ex);
		}
	}

	private long version(long indicatorId) {
		return this.jdbc.sql("select inputs_version from tgt_indicator where id = :i")
			.param("i", indicatorId)
			.query(Long.class)
			.single();
	}

	/**
	 * Whether a reorganisation was recorded after the state was computed (the tree it was
	 * rolled up on may have changed), or the state of a contributed computation is older
	 * than its maximum age (its module does not report its writes): then it is deleted
	 * and computed again.
	 */
	private boolean stale(long state, IndicatorView indicator) {
		Duration maxAge = (indicator.source() == IndicatorSource.COMPUTED && indicator.computation() != null)
				? this.computations.maxAge(indicator.computation()) : null;
		Instant oldest = (maxAge != null) ? Instant.now().minus(maxAge) : Instant.EPOCH;
		boolean stale = this.jdbc
			.sql("select count(*) from tgt_rollup_state s where s.id = :s and (s.computed_at < :oldest"
					+ " or exists (select 1 from org_reorganisation r where r.recorded_at > s.computed_at))")
			.param("s", state)
			.param("oldest", Timestamp.from(oldest))
			.query(Long.class)
			.single() > 0;
		if (stale) {
			this.newTransaction.executeWithoutResult((tx) -> {
				this.jdbc.sql("delete from tgt_rollup where state_id = :s").param("s", state).update();
				this.jdbc.sql("delete from tgt_rollup_state where id = :s").param("s", state).update();
			});
		}
		return stale;
	}

	private Optional<Long> state(long indicatorId, PeriodKind kind, LocalDate periodStart, LocalDate treeDate,
			@Nullable Long version) {
		JdbcClient.StatementSpec spec = this.jdbc
			.sql("select id from tgt_rollup_state where indicator_id = :i and period_kind = :k and period_start = :p"
					+ " and tree_date = :t" + ((version != null) ? " and inputs_version = :v" : ""))
			.param("i", indicatorId)
			.param("k", kind.name())
			.param("p", periodStart)
			.param("t", treeDate);
		if (version != null) {
			spec = spec.param("v", version);
		}
		return spec.query(Long.class).optional();
	}

	private long compute(IndicatorView indicator, PeriodKind kind, LocalDate periodStart, LocalDate treeDate) {
		long started = System.nanoTime();
		// the version read before the inputs: a write committed meanwhile makes this
		// stale
		long version = version(indicator.id());
		List<RawValue> raw = raw(indicator, kind, periodStart, treeDate);
		Map<Long, Sums> totals = rollUp(raw, treeDate);
		this.jdbc
			.sql("delete from tgt_rollup where state_id in (select id from tgt_rollup_state where indicator_id = :i"
					+ " and period_kind = :k and period_start = :p and tree_date = :t)")
			.param("i", indicator.id())
			.param("k", kind.name())
			.param("p", periodStart)
			.param("t", treeDate)
			.update();
		this.jdbc
			.sql("delete from tgt_rollup_state where indicator_id = :i and period_kind = :k and period_start = :p"
					+ " and tree_date = :t")
			.param("i", indicator.id())
			.param("k", kind.name())
			.param("p", periodStart)
			.param("t", treeDate)
			.update();
		this.jdbc
			.sql("insert into tgt_rollup_state (indicator_id, period_kind, period_start, tree_date, inputs_version,"
					+ " computed_at) values (:i, :k, :p, :t, :v, :at)")
			.param("i", indicator.id())
			.param("k", kind.name())
			.param("p", periodStart)
			.param("t", treeDate)
			.param("v", version)
			.param("at", Timestamp.from(Instant.now()))
			.update();
		long state = state(indicator.id(), kind, periodStart, treeDate, version).orElseThrow();
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

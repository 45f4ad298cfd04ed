package vn.grassroots.shared;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Keeps computed values for a short time, for figures that are expensive at national
 * scope and may be a little old (the home page's unit counts, for instance). Bounded:
 * when full, expired entries are dropped first, then everything. Values are computed
 * outside any lock; two requests missing at once may both compute.
 *
 * @param <K> key
 * @param <V> value
 */
public final class ShortCache<K, V> {

	private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

	private final long ttlNanos;

	private final int maxEntries;

	private final LongSupplier clock;

	/**
	 * A cache keeping each value for {@code ttl}, at most {@code maxEntries} of them.
	 */
	public ShortCache(Duration ttl, int maxEntries) {
		this(ttl, maxEntries, System::nanoTime);
	}

	ShortCache(Duration ttl, int maxEntries, LongSupplier clock) {
		this.ttlNanos = ttl.toNanos();
		this.maxEntries = maxEntries;
		this.clock = clock;
	}

	/** The cached value of the key, computed when absent or expired. */
	public V get(K key, Function<K, V> compute) {
		long now = this.clock.getAsLong();
		Entry<V> entry = this.entries.get(key);
		if (entry != null && now - entry.at() < this.ttlNanos) {
			return entry.value();
		}
		V value = compute.apply(key);
		if (this.entries.size() >= this.maxEntries) {
			evict(now);
		}
		this.entries.put(key, new Entry<>(value, now));
		return value;
	}

	/** Forgets every value (after a write that changes them, in this instance). */
	public void clear() {
		this.entries.clear();
	}

	private void evict(long now) {
		for (Iterator<Entry<V>> it = this.entries.values().iterator(); it.hasNext();) {
			if (now - it.next().at() >= this.ttlNanos) {
				it.remove();
			}
		}
		if (this.entries.size() >= this.maxEntries) {
			this.entries.clear();
		}
	}

	private record Entry<V>(V value, long at) {
	}

}

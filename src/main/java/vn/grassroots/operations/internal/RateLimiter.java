package vn.grassroots.operations.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fixed-window rate limiter in memory: at most {@code limit} permits per key (client
 * IP) in each window. Keys of past windows are dropped as the map grows, so memory stays
 * bounded by the number of clients active in one window. Per instance: behind several
 * instances each counts on its own.
 */
public class RateLimiter {

	private final int limit;

	private final Duration window;

	private final Clock clock;

	private final Map<String, long[]> counters = new ConcurrentHashMap<>();

	public RateLimiter(int limit, Duration window, Clock clock) {
		this.limit = limit;
		this.window = window;
		this.clock = clock;
	}

	/** Takes a permit for the key; false when the key used up its window. */
	public boolean tryAcquire(String key) {
		long current = windowOf(this.clock.instant());
		if (this.counters.size() > 50_000) {
			this.counters.values().removeIf((c) -> c[0] != current);
		}
		long[] counter = this.counters.compute(key, (k, c) -> {
			if (c == null || c[0] != current) {
				return new long[] { current, 1 };
			}
			c[1]++;
			return c;
		});
		return counter[1] <= this.limit;
	}

	/** Permits per window. */
	public int limit() {
		return this.limit;
	}

	private long windowOf(Instant instant) {
		return instant.toEpochMilli() / this.window.toMillis();
	}

}

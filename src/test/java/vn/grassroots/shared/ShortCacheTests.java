package vn.grassroots.shared;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShortCacheTests {

	private final AtomicLong now = new AtomicLong();

	private final AtomicInteger computed = new AtomicInteger();

	private final ShortCache<String, Integer> cache = new ShortCache<>(Duration.ofSeconds(60), 2, this.now::get);

	private Integer compute(String key) {
		return key.length() * 100 + this.computed.incrementAndGet();
	}

	@Test
	void aValueIsComputedOnceWithinItsTimeAndAgainAfter() {
		assertThat(this.cache.get("ab", this::compute)).isEqualTo(201);
		this.now.addAndGet(Duration.ofSeconds(59).toNanos());
		assertThat(this.cache.get("ab", this::compute)).isEqualTo(201);
		this.now.addAndGet(Duration.ofSeconds(1).toNanos());
		assertThat(this.cache.get("ab", this::compute)).isEqualTo(202);
		assertThat(this.computed).hasValue(2);
	}

	@Test
	void clearingForgetsEveryValue() {
		this.cache.get("ab", this::compute);
		this.cache.clear();
		assertThat(this.cache.get("ab", this::compute)).isEqualTo(202);
	}

	@Test
	void aFullCacheDropsExpiredValuesFirst() {
		this.cache.get("a", this::compute);
		this.now.addAndGet(Duration.ofSeconds(61).toNanos());
		this.cache.get("bb", this::compute);
		// full: "a" has expired and goes, "bb" stays
		this.cache.get("ccc", this::compute);
		assertThat(this.cache.get("bb", this::compute)).isEqualTo(202);
		assertThat(this.computed).hasValue(3);
	}

}

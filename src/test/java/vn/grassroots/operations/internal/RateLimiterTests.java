package vn.grassroots.operations.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTests {

	static final class MutableClock extends Clock {

		Instant now = Instant.parse("2026-01-01T00:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	@Test
	void allowsTheLimitPerKeyAndWindowThenRefuses() {
		MutableClock clock = new MutableClock();
		RateLimiter limiter = new RateLimiter(3, Duration.ofHours(1), clock);

		assertThat(limiter.tryAcquire("1.2.3.4")).isTrue();
		assertThat(limiter.tryAcquire("1.2.3.4")).isTrue();
		assertThat(limiter.tryAcquire("1.2.3.4")).isTrue();
		assertThat(limiter.tryAcquire("1.2.3.4")).isFalse();
		assertThat(limiter.tryAcquire("5.6.7.8")).isTrue();

		clock.now = clock.now.plus(Duration.ofMinutes(61));
		assertThat(limiter.tryAcquire("1.2.3.4")).isTrue();
	}

}

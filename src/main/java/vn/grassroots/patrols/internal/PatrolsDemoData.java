package vn.grassroots.patrols.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.grassroots.patrols.PatrolGenerator;
import vn.grassroots.shared.Dates;

/**
 * Demo mode: after the demo personnel (order 30), generates rosters and patrol logs of
 * the demo teams for the last months and the coming week, idempotently.
 */
@Component
@Order(55)
class PatrolsDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PatrolsDemoData.class);

	private final PatrolGenerator generator;

	private final boolean demo;

	private final long seed;

	private final int months;

	PatrolsDemoData(PatrolGenerator generator, @Value("${grassroots.demo.enabled:false}") boolean demo,
			@Value("${grassroots.demo.seed:20250701}") long seed,
			@Value("${grassroots.patrols.demo.months:3}") int months) {
		this.generator = generator;
		this.demo = demo;
		this.seed = seed;
		this.months = months;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demo) {
			return;
		}
		var today = Dates.today();
		var from = today.minusMonths(this.months).withDayOfMonth(1);
		PatrolGenerator.Result result = this.generator.generate(this.seed + 55, "/1/", from, today.plusDays(7), true);
		if (result.teams() > 0) {
			log.info("Generated demo rosters and patrols: {}", result);
		}
	}

}

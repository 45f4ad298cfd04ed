package vn.grassroots.personnel.internal;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.grassroots.personnel.PersonnelGenerator;

/**
 * Demo mode: after the demo territory and accounts (order 20), gives every demo team its
 * personnel record and members and every demo commune its officers, from a fixed seed;
 * skipped when already generated.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "grassroots.demo.enabled", havingValue = "true")
class PersonnelDemoData implements ApplicationRunner {

	/** The demo teams exist from the reform day. */
	static final LocalDate DEMO_DAY = LocalDate.of(2025, 7, 1);

	private static final Logger log = LoggerFactory.getLogger(PersonnelDemoData.class);

	private final PersonnelGenerator generator;

	private final long seed;

	PersonnelDemoData(PersonnelGenerator generator, @Value("${grassroots.demo.seed:20250701}") long seed) {
		this.generator = generator;
		this.seed = seed;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.generator.demoExists()) {
			return;
		}
		PersonnelGenerator.Result result = this.generator.generate(this.seed + 30, "/1/", DEMO_DAY, true);
		log.info("Generated demo personnel: {}", result);
	}

}

package vn.grassroots.scale.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.grassroots.scale.ScaleGenerator;

/**
 * Runs the national-scale generator at start-up when {@code grassroots.scale.factor} is
 * set (after the import of the national hierarchy, before any demo data), prints the rows
 * per second of every table, optionally writes them to {@code grassroots.scale.report},
 * and with {@code grassroots.scale.exit=true} stops the application afterwards.
 */
@Component
@Order(15)
class ScaleOnStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ScaleOnStartup.class);

	private final ScaleGenerator generator;

	private final ConfigurableApplicationContext context;

	private final double factor;

	private final long patrols;

	private final int incidents;

	private final int months;

	private final long seed;

	private final String report;

	private final boolean exit;

	ScaleOnStartup(ScaleGenerator generator, ConfigurableApplicationContext context,
			@Value("${grassroots.scale.factor:0}") double factor, @Value("${grassroots.scale.patrols:0}") long patrols,
			@Value("${grassroots.scale.incidents-per-commune-month:30}") int incidents,
			@Value("${grassroots.scale.months:3}") int months, @Value("${grassroots.scale.seed:20250701}") long seed,
			@Value("${grassroots.scale.report:}") String report,
			@Value("${grassroots.scale.exit:false}") boolean exit) {
		this.generator = generator;
		this.context = context;
		this.factor = factor;
		this.patrols = patrols;
		this.incidents = incidents;
		this.months = months;
		this.seed = seed;
		this.report = report;
		this.exit = exit;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (this.factor <= 0) {
			return;
		}
		long start = System.nanoTime();
		ScaleGenerator.Result result = this.generator
			.generate(new ScaleGenerator.Options(this.factor, this.patrols, this.incidents, this.months, this.seed));
		long millis = (System.nanoTime() - start) / 1_000_000;
		String text = "Scale " + this.factor + ": " + result.communes() + " communes, " + result.patrols()
				+ " generated patrol logs in total, loaded by " + result.method() + " in " + millis + " ms\n"
				+ result.table();
		log.info("{}", text);
		if (!this.report.isBlank()) {
			Files.writeString(Path.of(this.report), text);
		}
		if (this.exit) {
			log.info("grassroots.scale.exit=true: stopping");
			System.exit(SpringApplication.exit(this.context, () -> 0));
		}
	}

}

package vn.grassroots.organisation.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.grassroots.organisation.ImportRun;
import vn.grassroots.organisation.UnitImportService;

/**
 * At start-up: marks imports interrupted by a stop as failed, then imports the national
 * data when {@code grassroots.import.units-dir} names a directory (the application keeps
 * running).
 */
@Component
@Order(10)
class UnitImportOnStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(UnitImportOnStartup.class);

	private final UnitImportService imports;

	private final JdbcClient jdbc;

	private final String directory;

	UnitImportOnStartup(UnitImportService imports, JdbcClient jdbc,
			@Value("${grassroots.import.units-dir:}") String directory) {
		this.imports = imports;
		this.jdbc = jdbc;
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.jdbc
			.sql("update org_import_run set status = 'FAILED', summary = 'interrupted by a stop; nothing imported'"
					+ " where status = 'RUNNING'")
			.update();
		if (this.directory.isBlank()) {
			return;
		}
		ImportRun run;
		try {
			run = this.imports.importNow(this.directory, "system");
		}
		catch (vn.grassroots.shared.GrassrootsException ex) {
			log.error("Import of {} refused: {} {}", this.directory, ex.getMessage(), ex.fieldProblems());
			return;
		}
		if ("DONE".equals(run.status())) {
			log.info("Import of {}: {}", this.directory, run.summary());
		}
		else {
			log.error("Import of {} rejected: {}", this.directory, run.summary());
		}
	}

}

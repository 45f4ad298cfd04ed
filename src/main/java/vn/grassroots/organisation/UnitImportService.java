package vn.grassroots.organisation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.organisation.internal.AdminUnitFiles;
import vn.grassroots.organisation.internal.UnitImporter;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.ProblemCode;
import vn.grassroots.shared.Role;
import vn.grassroots.shared.UnitScope;

/**
 * Runs imports of the national administrative-unit data, one at a time, and keeps their
 * reports. Only a ministry administrator may start one.
 */
@Service
public class UnitImportService {

	private static final Logger log = LoggerFactory.getLogger(UnitImportService.class);

	private final UnitImporter importer;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final AuditTrail audit;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((r) -> {
		Thread t = new Thread(r, "unit-import");
		t.setDaemon(true);
		return t;
	});

	private final Map<Long, int[]> progress = new ConcurrentHashMap<>();

	private final Map<Long, String> phases = new ConcurrentHashMap<>();

	UnitImportService(UnitImporter importer, JdbcClient jdbc, JsonMapper json, AuditTrail audit) {
		this.importer = importer;
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
	}

	/**
	 * Starts an import of the two files in {@code directory} in the background; answers
	 * the run's id. Raises 403 for non-administrators, 422 naming {@code directory} when
	 * it holds no such files, 409 while another import runs.
	 */
	public long start(UnitScope scope, String directory) {
		scope.require(Role.MINISTRY_ADMIN);
		Path dir = checkDirectory(directory);
		long id = begin(dir, scope.username());
		this.executor.submit(() -> run(id, dir, scope.username()));
		return id;
	}

	/** Imports synchronously (start-up property); answers the finished run. */
	public ImportRun importNow(String directory, String actor) {
		Path dir = checkDirectory(directory);
		long id = begin(dir, actor);
		run(id, dir, actor);
		return find(id).orElseThrow();
	}

	private Path checkDirectory(String directory) {
		Long demo = this.jdbc.sql("select count(*) from org_unit where demo = true").query(Long.class).single();
		if (demo != null && demo > 0) {
			// national and demo territories must not mix: counts and scopes would be
			// wrong
			throw GrassrootsException.ruleOnField("directory", directory, "organisation.import.demo-present");
		}
		Path dir = Path.of(directory.trim());
		if (!Files.isDirectory(dir)) {
			throw GrassrootsException.ruleOnField("directory", directory, "organisation.import.no-directory");
		}
		return dir;
	}

	private synchronized long begin(Path dir, String actor) {
		Integer running = this.jdbc.sql("select count(*) from org_import_run where status = 'RUNNING'")
			.query(Integer.class)
			.single();
		if (running != null && running > 0) {
			throw new GrassrootsException(ProblemCode.IMPORT_RUNNING);
		}
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into org_import_run (started_at, status, directory, started_by) values (:at, 'RUNNING', :dir,"
					+ " :by)")
			.param("at", Timestamp.from(Instant.now()))
			.param("dir", dir.toAbsolutePath().toString())
			.param("by", actor)
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		this.phases.put(id, "queued");
		this.progress.put(id, new int[2]);
		return id;
	}

	private void run(long id, Path dir, String actor) {
		String status;
		String summary;
		String report = null;
		try {
			ImportReport result = this.importer.importFrom(dir, actor, (phase, done, total) -> {
				this.phases.put(id, phase);
				this.progress.put(id, new int[] { done, total });
			});
			status = "DONE";
			summary = result.alreadyImported() ? "already imported: nothing changed"
					: "imported " + result.created().get("units") + " units in " + result.durationMillis() + " ms";
			report = this.json.writeValueAsString(result);
			this.audit.record(actor, "organisation.import", "import-run", String.valueOf(id), null, summary);
			log.info("Import {} of {}: {} ({} anomalies)", id, dir, summary, result.anomalies().size());
		}
		catch (AdminUnitFiles.MalformedFileException ex) {
			status = "FAILED";
			summary = ex.getMessage();
			log.error("Import {} of {} rejected, nothing imported: {}", id, dir, summary);
		}
		catch (RuntimeException ex) {
			status = "FAILED";
			summary = "unexpected failure: " + ex.getClass().getSimpleName();
			log.error("Import {} of {} failed, nothing imported", id, dir, ex);
		}
		this.jdbc
			.sql("update org_import_run set status = :status, finished_at = :at, summary = :summary, report = :report"
					+ " where id = :id")
			.param("status", status)
			.param("at", Timestamp.from(Instant.now()))
			.param("summary", (summary.length() > 1000) ? summary.substring(0, 1000) : summary)
			.param("report", report)
			.param("id", id)
			.update();
		this.phases.remove(id);
		this.progress.remove(id);
	}

	/** A run with its live progress or final report; empty when unknown. */
	public Optional<ImportRun> find(long id) {
		return this.jdbc.sql("select * from org_import_run where id = :id")
			.param("id", id)
			.query((rs, n) -> run(rs))
			.optional();
	}

	/** A run for a caller in scope; only administrators see runs. */
	public ImportRun get(UnitScope scope, long id) {
		scope.require(Role.MINISTRY_ADMIN);
		return find(id).orElseThrow(() -> GrassrootsException.notFound("import " + id));
	}

	/** The latest runs, newest first. */
	public List<ImportRun> recent(UnitScope scope, int limit) {
		scope.require(Role.MINISTRY_ADMIN);
		return this.jdbc.sql("select * from org_import_run order by id desc limit :limit")
			.param("limit", limit)
			.query((rs, n) -> run(rs))
			.list();
	}

	private ImportRun run(java.sql.ResultSet rs) throws java.sql.SQLException {
		long id = rs.getLong("id");
		int[] p = this.progress.getOrDefault(id, new int[2]);
		Timestamp finished = rs.getTimestamp("finished_at");
		String report = rs.getString("report");
		@Nullable ImportReport parsed = (report != null) ? this.json.readValue(report, ImportReport.class) : null;
		return new ImportRun(id, rs.getString("directory"), rs.getString("started_by"),
				rs.getTimestamp("started_at").toInstant(), (finished != null) ? finished.toInstant() : null,
				rs.getString("status"), this.phases.getOrDefault(id, ""), p[0], p[1], rs.getString("summary"), parsed);
	}

}

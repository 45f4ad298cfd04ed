package vn.grassroots.organisation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An import of the national data: running, done or failed.
 *
 * @param id id
 * @param directory where the files were read
 * @param startedBy user name
 * @param startedAt start
 * @param finishedAt end, null while running
 * @param status RUNNING, DONE or FAILED
 * @param phase what a running import is doing
 * @param done units written so far in the phase
 * @param total units to write in the phase
 * @param summary one-line outcome or the error with its position
 * @param report the full report, once done
 */
public record ImportRun(long id, String directory, String startedBy, Instant startedAt, @Nullable Instant finishedAt,
		String status, String phase, int done, int total, @Nullable String summary, @Nullable ImportReport report) {

	public boolean running() {
		return "RUNNING".equals(this.status);
	}

}

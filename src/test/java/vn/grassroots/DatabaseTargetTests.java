package vn.grassroots;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves which database the integration tests ran on: PostgreSQL when
 * GRASSROOTS_TEST_DB_URL names one (as .ci/run does), the embedded H2 otherwise. .ci/run
 * reads this test's report.
 */
@SpringBootTest
class DatabaseTargetTests {

	@Autowired
	DataSource dataSource;

	@Test
	void runsOnTheDatabaseTheEnvironmentAsksFor() throws Exception {
		String url = System.getenv("GRASSROOTS_TEST_DB_URL");
		String expected = (url != null && url.startsWith("jdbc:postgresql")) ? "PostgreSQL" : "H2";

		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expected);
		}
	}

}

package vn.grassroots.targets;

import com.jayway.jsonpath.JsonPath;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

/** Helpers shared by the tests of the targets module. */
final class TargetsTestSupport {

	private TargetsTestSupport() {
	}

	/** The unit of a demo account. */
	static long unitOf(JdbcClient jdbc, String username) {
		return jdbc.sql("select unit_id from acc_user where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	/** The {@code id} of the JSON answer. */
	static long id(ResultActions result) throws Exception {
		String json = result.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

}

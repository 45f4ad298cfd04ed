package vn.grassroots.personnel;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.grassroots.documents.Column;
import vn.grassroots.documents.Spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bulk registration from XLSX: every bad row reported, all or nothing. */
@SpringBootTest
@AutoConfigureMockMvc
class MemberImportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Spreadsheets spreadsheets;

	@Autowired
	JdbcClient jdbc;

	@Test
	void reportsExactlyTheSevenBadRowsOfAThousandAndImportsNothing() throws Exception {
		String village = villageOf("officer");
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			rows.add(row("Nguyễn Văn Thử " + i, "15/03/1985", "Nam", citizenId(i, "0", "85"), village,
					"Trung học cơ sở"));
		}
		rows.set(10, row("", "15/03/1985", "Nam", citizenId(10, "0", "85"), village, "Trung học cơ sở"));
		rows.set(120, row("Sai Ngày", "31/02/1985", "Nam", citizenId(120, "0", "85"), village, "Trung học cơ sở"));
		rows.set(240, row("Sai Giới", "15/03/1985", "Khác", citizenId(240, "0", "85"), village, "Trung học cơ sở"));
		rows.set(360, row("Sai Số", "15/03/1985", "Nam", "12345", village, "Trung học cơ sở"));
		rows.set(480, row("Sai Năm", "15/03/1985", "Nam", citizenId(480, "0", "90"), village, "Trung học cơ sở"));
		rows.set(600,
				row("Sai Thôn", "15/03/1985", "Nam", citizenId(600, "0", "85"), "NO-SUCH-VILLAGE", "Trung học cơ sở"));
		rows.set(999, row("Trùng Số", "15/03/1985", "Nam", citizenId(998, "0", "85"), village, "Trung học cơ sở"));
		long before = count();

		String answer = this.mvc
			.perform(multipart("/api/v1/members/import").file(xlsx(rows)).with(httpBasic("officer", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		List<String> fields = JsonPath.read(answer, "$.errors[*].field");
		assertThat(fields.stream().map((f) -> f.substring(0, f.indexOf(':'))).distinct())
			.containsExactlyInAnyOrder("row 12", "row 122", "row 242", "row 362", "row 482", "row 602", "row 1001");
		assertThat(fields).contains("row 12: fullName", "row 122: birthDate", "row 242: sex", "row 362: citizenId",
				"row 482: citizenId", "row 602: village", "row 1001: citizenId");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void importsAGoodFileAndOffersTheTemplate() throws Exception {
		String village = villageOf("officer");
		long before = count();

		this.mvc
			.perform(multipart("/api/v1/members/import").file(xlsx(List.of(row("Trần Thị Mẫu", "02/09/1990", "Nữ",
					citizenId(5000, "1", "90"), village, "Trung học phổ thông"))))
				.with(httpBasic("officer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported", is(1)));
		assertThat(count()).isEqualTo(before + 1);
		this.mvc.perform(get("/api/v1/members/import-template").with(httpBasic("officer", "demo")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/members/export").with(httpBasic("officer", "demo"))).andExpect(status().isOk());
	}

	@Test
	void refusesAFileThatIsNotAnXlsxNamingTheField() throws Exception {
		this.mvc
			.perform(multipart("/api/v1/members/import")
				.file(new MockMultipartFile("file", "members.csv", "text/csv", "a,b".getBytes()))
				.with(httpBasic("officer", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("file")));
	}

	private static List<String> row(String name, String born, String sex, String id, String village, String education) {
		return List.of(name, born, sex, id, village, education);
	}

	/** A citizen id valid for the birth year and sex, unique per index and test run. */
	private static String citizenId(int index, String centurySex, String year) {
		return "001" + centurySex + year + String.format("%06d", (BASE + index) % 1_000_000);
	}

	/** Start of this run's random digits: ids of one run are consecutive, so unique. */
	private static final long BASE = new java.util.Random().nextInt(900_000);

	private MockMultipartFile xlsx(List<List<String>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<Column<List<String>>> columns = new ArrayList<>();
		for (int c = 0; c < 6; c++) {
			int index = c;
			columns.add(new Column<>(MemberImportService.HEADERS.get(c),
					(r) -> r.get(index).isEmpty() ? null : r.get(index)));
		}
		this.spreadsheets.write(out, "Thành viên", columns, rows);
		return new MockMultipartFile("file", "members.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
	}

	private String villageOf(String username) throws Exception {
		String villages = this.mvc
			.perform(get("/api/v1/units").param("type", "VILLAGE").param("size", "1").with(httpBasic(username, "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(villages, "$.items[0].code");
	}

	private long count() {
		return this.jdbc.sql("select count(*) from per_member").query(Long.class).single();
	}

}

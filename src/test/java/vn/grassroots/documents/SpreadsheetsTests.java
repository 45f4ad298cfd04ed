package vn.grassroots.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.grassroots.shared.GrassrootsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpreadsheetsTests {

	record Person(String name, LocalDate born, int team) {
	}

	final Spreadsheets sheets = new Spreadsheets();

	@Test
	void readsBackWhatItWroteWithVietnameseTextDatesAndNumbers() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<Column<Person>> columns = List.of(new Column<>("Họ và tên", Person::name),
				new Column<>("Ngày sinh", Person::born), new Column<>("Tổ", Person::team));

		this.sheets.write(out, "Thành viên", columns,
				List.of(new Person("Nguyễn Thị Hường", LocalDate.of(1980, 2, 29), 7),
						new Person("Đặng Văn Đức", LocalDate.of(2001, 12, 1), 12)));
		List<Spreadsheets.ImportedRow> rows = this.sheets.read(new ByteArrayInputStream(out.toByteArray()), "file",
				List.of("Họ và tên", "Ngày sinh"));

		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).number()).isEqualTo(2);
		assertThat(rows.get(0).get("Họ và tên")).isEqualTo("Nguyễn Thị Hường");
		assertThat(rows.get(0).get("Ngày sinh")).isEqualTo("29/02/1980");
		assertThat(rows.get(1).get("Tổ")).isEqualTo("12");
	}

	@Test
	void refusesAMissingHeaderNamingIt() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.sheets.template(out, "Mẫu", List.of("Họ và tên"), List.of());

		assertThatThrownBy(() -> this.sheets.read(new ByteArrayInputStream(out.toByteArray()), "file",
				List.of("Họ và tên", "Số CCCD")))
			.isInstanceOfSatisfying(GrassrootsException.class, (ex) -> {
				assertThat(ex.fieldProblems().get(0).field()).isEqualTo("file");
				assertThat(ex.fieldProblems().get(0).rejectedValue()).isEqualTo("Số CCCD");
			});
	}

	@Test
	void refusesAFileThatIsNotAnXlsx() {
		assertThatThrownBy(() -> this.sheets
			.read(new ByteArrayInputStream("name,born\nA,1980".getBytes(StandardCharsets.UTF_8)), "file", List.of()))
			.isInstanceOfSatisfying(GrassrootsException.class,
					(ex) -> assertThat(ex.fieldProblems().get(0).reasonKey()).isEqualTo("documents.xlsx.unreadable"));
	}

}

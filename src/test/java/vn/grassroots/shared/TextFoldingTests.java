package vn.grassroots.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextFoldingTests {

	@Test
	void foldsVietnameseToPlainLowerCase() {
		assertThat(TextFolding.fold("Phường  Ba Đình")).isEqualTo("phuong ba dinh");
		assertThat(TextFolding.fold("Xã Đạ M'ri")).isEqualTo("xa da m'ri");
		assertThat(TextFolding.fold("Thị trấn Quỳnh Côi")).isEqualTo("thi tran quynh coi");
	}

	@Test
	void pathRangeCoversExactlyTheSubtree() {
		String prefix = "/1/15/";

		assertThat(UnitScope.rangeEnd(prefix)).isEqualTo("/1/150");
		assertThat("/1/15/200/".compareTo(UnitScope.rangeEnd(prefix))).isNegative();
		assertThat("/1/150/".compareTo(UnitScope.rangeEnd(prefix))).isNotNegative();
	}

	@Test
	void pageRequestRejectsSizeOverTheMaximumNamingTheField() {
		assertThatThrownBy(() -> PageRequest.of("0", "201")).isInstanceOfSatisfying(GrassrootsException.class,
				(ex) -> assertThat(ex.fieldProblems().get(0).field()).isEqualTo("size"));
		assertThatThrownBy(() -> PageRequest.of("x", "10")).isInstanceOfSatisfying(GrassrootsException.class,
				(ex) -> assertThat(ex.fieldProblems().get(0).field()).isEqualTo("page"));
		assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, PageRequest.DEFAULT_SIZE));
	}

}

package vn.grassroots.targets.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewChartTests {

	static ReviewReportWriter.Row row(String indicator, String status, Double percent) {
		return new ReviewReportWriter.Row("Mục tiêu", LocalDate.of(2025, 12, 31), indicator, "1", "2", status, percent);
	}

	@Test
	void drawsOneBarPerIndicatorWithATargetAsAPng() throws Exception {
		List<ReviewReportWriter.Row> rows = List.of(row("Tỷ lệ trụ sở riêng", "ON_TRACK", 104.0),
				row("Tổ bảo vệ được thành lập", "AT_RISK", 72.5), row("Chưa có chỉ tiêu", "", null),
				row("Thành viên được huấn luyện", "MISSED", 230.0));

		byte[] png = ReviewChart.png(rows);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

		assertThat(ReviewChart.drawable(rows)).isTrue();
		assertThat(image.getWidth()).isEqualTo(ReviewChart.WIDTH);
		// three bars: the row without a target is left out
		assertThat(image.getHeight()).isEqualTo(ReviewChart.height(rows))
			.isEqualTo(ReviewChart.height(List.of(rows.get(0), rows.get(1), rows.get(3))));
	}

	@Test
	void nothingToDrawWithoutTargets() {
		assertThat(ReviewChart.drawable(List.of(row("Chưa có chỉ tiêu", "", null)))).isFalse();
	}

}

package vn.grassroots.targets;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review report of Resolution 12 as PDF and DOCX from narratives saved for the
 * document, unit and year: the same header block, sections and tables in both. The files
 * are kept under target/review-report for people to look at.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewReportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	vn.grassroots.access.AccountService accounts;

	@Test
	void savedNarrativesFillThePdfAndTheDocxInTheAdministrativeLayout() throws Exception {
		long resolution = this.jdbc.sql("select id from tgt_document where source = 'demo:targets:NQ12'")
			.query(Long.class)
			.single();
		long province = this.jdbc.sql("select unit_id from acc_user where username = 'province'")
			.query(Long.class)
			.single();
		this.mvc
			.perform(put("/api/v1/documents/{id}/review-narrative", resolution).with(httpBasic("province", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"date\": \"2025-12-20\", \"number\": 7, \"symbol\": \"BC-CAT\", \"place\": \"Vinh\","
						+ " \"shortcomings\": \"Còn 3 xã chưa có trụ sở riêng.\\nKinh phí đầu tư chậm.\","
						+ " \"tasks\": \"Hoàn thành trụ sở trong quý I năm 2026.\","
						+ " \"commendations\": \"Đề nghị tặng Bằng khen cho các đơn vị nêu trên.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version", is(1)))
			.andExpect(jsonPath("$.unitId", is((int) province)));
		this.mvc
			.perform(get("/api/v1/documents/{id}/review-narrative", resolution).param("year", "2025")
				.with(httpBasic("province", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.symbol", is("BC-CAT")))
			.andExpect(jsonPath("$.tasks", is("Hoàn thành trụ sở trong quý I năm 2026.")));
		// a bad number changes nothing
		this.mvc
			.perform(put("/api/v1/documents/{id}/review-narrative", resolution).with(httpBasic("province", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"date\": \"2025-12-20\", \"number\": 0, \"tasks\": \"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("number")));
		assertThat(this.jdbc
			.sql("select count(*) from aud_event where action = 'targets.review-narrative.save'"
					+ " and entity_id = :id")
			.param("id", resolution + "/" + province + "/2025")
			.query(Long.class)
			.single()).isEqualTo(1);

		byte[] pdf = this.mvc
			.perform(post("/api/v1/documents/{id}/review-report", resolution).param("format", "pdf")
				.with(httpBasic("province", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"date\": \"2025-12-20\"}"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] docx = this.mvc
			.perform(post("/api/v1/documents/{id}/review-report", resolution).with(httpBasic("province", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"date\": \"2025-12-20\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Path dir = Path.of("target/review-report");
		Files.createDirectories(dir);
		Files.write(dir.resolve("review.pdf"), pdf);
		Files.write(dir.resolve("review.docx"), docx);

		// the PDF embeds the same chart as an image
		assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("/Subtype/Image");
		PdfReader reader = new PdfReader(pdf);
		StringBuilder all = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			all.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
		}
		String pdfText = all.toString().replaceAll("\\s+", " ");
		String docxText;
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			docxText = extractor.getText().replaceAll("\\s+", " ");
			// header, results, commendations, signature
			assertThat(doc.getTables()).hasSize(4);
			// the chart of results against targets
			assertThat(doc.getAllPictures()).hasSize(1);
			assertThat(doc.getAllPictures().get(0).getPictureType())
				.isEqualTo(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG);
		}
		for (String text : new String[] { pdfText, docxText }) {
			assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BỘ CÔNG AN",
					"Số: 07/BC-CAT", "Vinh, ngày 20 tháng 12 năm 2025", "BÁO CÁO", "I. KẾT QUẢ THỰC HIỆN THEO MỤC TIÊU",
					"Tỷ lệ Công an xã có trụ sở làm việc riêng", "Còn 3 xã chưa có trụ sở riêng.",
					"Kinh phí đầu tư chậm.", "IV. ĐƠN VỊ ĐỀ NGHỊ KHEN THƯỞNG", "Căn cứ đề nghị",
					"Đề nghị tặng Bằng khen", "Nơi nhận:");
		}
	}

	@Test
	void thePageDownloadsThePdfWithTheSavedNarrative() throws Exception {
		long directive = this.jdbc.sql("select id from tgt_document where source = 'demo:targets:NQ12'")
			.query(Long.class)
			.single();
		var officer = user(this.accounts.loadUserByUsername("officer"));
		this.mvc
			.perform(post("/targets/documents/{id}/review", directive).with(officer)
				.with(csrf())
				.param("date", "2024-06-30")
				.param("number", "3")
				.param("tasks", "Tiếp tục củng cố lực lượng."))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/targets/documents/{id}/review", directive).param("year", "2024").with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tiếp tục củng cố lực lượng.")));
		byte[] pdf = this.mvc
			.perform(get("/targets/documents/{id}/review.pdf", directive).param("date", "2024-06-30").with(officer))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1).replaceAll("\\s+", " ");
		assertThat(text).contains("Số: 03/BC", "ngày 30 tháng 6 năm 2024");
	}

	@Test
	void anUnknownFormatIsRefused() throws Exception {
		long resolution = this.jdbc.sql("select id from tgt_document where source = 'demo:targets:NQ12'")
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/api/v1/documents/{id}/review-report", resolution).param("format", "odt")
				.with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("format")));
	}

}

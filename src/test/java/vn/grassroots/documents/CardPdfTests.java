package vn.grassroots.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CardPdfTests {

	@Test
	void printsABankCardSizedCardWithTheHolderAndValidity() throws Exception {
		CardPdf cards = new CardPdf(new PdfDocuments());

		byte[] pdf = cards.render(new CardPdf.Card("CÔNG AN XÃ AN PHÚ", "GIẤY CHỨNG NHẬN", "Nguyễn Văn Đức",
				List.of(new String[] { "Tổ", "Tổ bảo vệ ANTT thôn Đông" }, new String[] { "Xã", "Xã An Phú" }),
				"GR-00004-000123", LocalDate.of(2030, 6, 30), "Có giá trị đến", "http://localhost/public/cards/abc",
				null));
		Files.createDirectories(Path.of("target/documents"));
		Files.write(Path.of("target/documents/card.pdf"), pdf);

		PdfReader reader = new PdfReader(pdf);
		assertThat(reader.getNumberOfPages()).isEqualTo(1);
		assertThat(reader.getPageSize(1).getWidth()).isCloseTo(242.6f, org.assertj.core.data.Offset.offset(0.5f));
		String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
		assertThat(text).contains("Nguyễn Văn Đức").contains("GR-00004-000123").contains("30/06/2030");
	}

}

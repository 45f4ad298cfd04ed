package vn.grassroots.documents;

import java.io.ByteArrayOutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfDocumentsTests {

	final PdfDocuments pdf = new PdfDocuments();

	@Test
	void writesVietnameseTextThatReadsBackUnchanged() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A6);
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph("Tổ bảo vệ an ninh, trật tự thôn Đồng Xuân",
				this.pdf.font(PdfDocuments.Face.SANS_BOLD, 10)));
		document.add(this.pdf.qrCode("https://grassroots.example/verify/ABC123", 80));
		document.close();

		PdfReader reader = new PdfReader(out.toByteArray());
		String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");

		assertThat(text).contains("Tổ bảo vệ an ninh, trật tự thôn Đồng Xuân");
		assertThat(reader.getPageN(1).getAsDict(com.lowagie.text.pdf.PdfName.RESOURCES)).isNotNull();
	}

	@Test
	void makesQrCodesAsPngImages() {
		byte[] png = QrCodes.png("GR-CARD-0001", 200);

		assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
	}

}

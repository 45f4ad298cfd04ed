package vn.grassroots.documents;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Prints an identity card the size of a bank card (85.6 x 54 mm, ISO/IEC 7810 ID-1): a
 * header band, the holder's lines, an optional photo and a QR code of the address where
 * anyone can check the card.
 */
@Component
public class CardPdf {

	/** Width and height of an ID-1 card in points. */
	static final float WIDTH = 85.6f / 25.4f * 72f;

	static final float HEIGHT = 54f / 25.4f * 72f;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final PdfDocuments pdf;

	public CardPdf(PdfDocuments pdf) {
		this.pdf = pdf;
	}

	/**
	 * The content of a card.
	 *
	 * @param issuer the issuing body, e.g. "CÔNG AN XÃ AN PHÚ"
	 * @param title the card's title, e.g. "GIẤY CHỨNG NHẬN"
	 * @param holder the holder's full name
	 * @param lines further labelled lines (label, value), e.g. team and commune
	 * @param number the card number
	 * @param validTo the last day of validity
	 * @param validLabel label of the validity line, e.g. "Có giá trị đến"
	 * @param verifyUrl the public address that tells whether the card is valid
	 * @param photo a JPEG or PNG photo, or null
	 */
	public record Card(String issuer, String title, String holder, java.util.List<String[]> lines, String number,
			LocalDate validTo, String validLabel, String verifyUrl, byte @Nullable [] photo) {
	}

	/** The card as a one-page PDF. */
	public byte[] render(Card card) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(new Rectangle(WIDTH, HEIGHT), 8, 8, 6, 6);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			document.open();
			PdfContentByte canvas = writer.getDirectContentUnder();
			canvas.setRGBColorFill(0x1B, 0x5E, 0x20);
			canvas.rectangle(0, HEIGHT - 30, WIDTH, 30);
			canvas.fill();
			canvas.setRGBColorFill(0xFF, 0xC1, 0x07);
			canvas.rectangle(0, HEIGHT - 32, WIDTH, 2);
			canvas.fill();
			Paragraph issuer = new Paragraph(card.issuer(), white(this.pdf.font(PdfDocuments.Face.SANS_BOLD, 6.5f)));
			issuer.setAlignment(Element.ALIGN_CENTER);
			document.add(issuer);
			Paragraph title = new Paragraph(card.title(), white(this.pdf.font(PdfDocuments.Face.SANS_BOLD, 8f)));
			title.setAlignment(Element.ALIGN_CENTER);
			title.setSpacingAfter(5);
			document.add(title);
			PdfPTable body = new PdfPTable(new float[] { 1.05f, 3f, 1.35f });
			body.setWidthPercentage(100);
			body.addCell(photoCell(card.photo()));
			body.addCell(textCell(card));
			PdfPCell qr = new PdfPCell(this.pdf.qrCode(card.verifyUrl(), 52), false);
			qr.setBorder(Rectangle.NO_BORDER);
			qr.setHorizontalAlignment(Element.ALIGN_RIGHT);
			qr.setVerticalAlignment(Element.ALIGN_MIDDLE);
			body.addCell(qr);
			document.add(body);
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("card cannot be laid out", ex);
		}
		return out.toByteArray();
	}

	private PdfPCell textCell(Card card) {
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPaddingLeft(4);
		cell.addElement(new Paragraph(card.holder(), this.pdf.font(PdfDocuments.Face.SANS_BOLD, 7.5f)));
		for (String[] line : card.lines()) {
			Paragraph p = new Paragraph();
			p.setLeading(7.5f);
			p.add(new Chunk(line[0] + ": ", this.pdf.font(PdfDocuments.Face.SANS, 5.5f)));
			p.add(new Chunk(line[1], this.pdf.font(PdfDocuments.Face.SANS_BOLD, 5.5f)));
			cell.addElement(p);
		}
		Paragraph number = new Paragraph(card.number(), this.pdf.font(PdfDocuments.Face.SANS_BOLD, 6.5f));
		number.setSpacingBefore(2);
		cell.addElement(number);
		cell.addElement(new Paragraph(card.validLabel() + " " + card.validTo().format(DATE),
				this.pdf.font(PdfDocuments.Face.SANS, 5.5f)));
		return cell;
	}

	private PdfPCell photoCell(byte @Nullable [] photo) {
		PdfPCell cell;
		if (photo != null) {
			try {
				Image image = Image.getInstance(photo);
				image.scaleToFit(40, 52);
				cell = new PdfPCell(image, false);
			}
			catch (java.io.IOException | RuntimeException ex) {
				cell = emptyPhoto();
			}
		}
		else {
			cell = emptyPhoto();
		}
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		return cell;
	}

	private PdfPCell emptyPhoto() {
		PdfPCell cell = new PdfPCell(new Paragraph("3x4", this.pdf.font(PdfDocuments.Face.SANS, 5f)));
		cell.setFixedHeight(52);
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		cell.setBorderColor(java.awt.Color.GRAY);
		return cell;
	}

	private static com.lowagie.text.Font white(com.lowagie.text.Font font) {
		font.setColor(java.awt.Color.WHITE);
		return font;
	}

}

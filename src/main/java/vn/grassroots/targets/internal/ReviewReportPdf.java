package vn.grassroots.targets.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;

import org.springframework.stereotype.Component;

import vn.grassroots.documents.PdfDocuments;
import vn.grassroots.documents.PdfDocuments.Face;

/**
 * Writes the review report as a PDF with the same layout as the DOCX of
 * {@link ReviewReportWriter} (Decree 30/2020/ND-CP, Appendix I): A4 portrait, margins top
 * and bottom 20 mm, left 30 mm, right 15 mm; issuing body top left with a short line
 * below, national title and motto top right with a line as long as the motto, number and
 * symbol, place and date in italics, "BÁO CÁO" and its summary, the sections with their
 * tables, and the recipients and signer. DejaVu Serif (embedded) stands in for Times New
 * Roman and renders every Vietnamese letter.
 */
@Component
public class ReviewReportPdf {

	private static final float MM = 72f / 25.4f;

	private final PdfDocuments fonts;

	ReviewReportPdf(PdfDocuments fonts) {
		this.fonts = fonts;
	}

	public byte[] write(ReviewReportWriter.Content content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
		PdfWriter.getInstance(doc, out);
		doc.addTitle("Báo cáo " + content.summary());
		doc.open();
		header(doc, content);
		Paragraph type = new Paragraph("BÁO CÁO", font(Face.SERIF_BOLD, 14));
		type.setAlignment(Element.ALIGN_CENTER);
		type.setSpacingBefore(14);
		doc.add(type);
		Paragraph summary = new Paragraph(content.summary(), font(Face.SERIF_BOLD, 13));
		summary.setAlignment(Element.ALIGN_CENTER);
		summary.setSpacingAfter(12);
		doc.add(summary);

		heading(doc, ReviewReportWriter.SECTIONS[0]);
		List<String[]> rows = content.rows().stream().map(ReviewReportWriter::cells).toList();
		doc.add(table(ReviewReportWriter.RESULT_HEADS, rows, ReviewReportWriter.RESULT_WIDTHS));
		if (ReviewChart.drawable(content.rows())) {
			try {
				com.lowagie.text.Image chart = com.lowagie.text.Image.getInstance(ReviewChart.png(content.rows()));
				chart.scaleToFit(doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin(), 400);
				chart.setAlignment(Element.ALIGN_CENTER);
				chart.setSpacingBefore(8);
				doc.add(chart);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
		heading(doc, ReviewReportWriter.SECTIONS[1]);
		body(doc, content.shortcomings());
		heading(doc, ReviewReportWriter.SECTIONS[2]);
		body(doc, content.tasks());
		heading(doc, ReviewReportWriter.SECTIONS[3]);
		if (!content.commended().isEmpty()) {
			List<String[]> commended = new java.util.ArrayList<>();
			for (int i = 0; i < content.commended().size(); i++) {
				ReviewReportWriter.Commendation c = content.commended().get(i);
				commended.add(new String[] { String.valueOf(i + 1), c.unit(), c.basis() });
			}
			doc.add(table(ReviewReportWriter.COMMENDATION_HEADS, commended, ReviewReportWriter.COMMENDATION_WIDTHS));
		}
		body(doc, content.commendations());
		signature(doc);
		doc.close();
		return out.toByteArray();
	}

	private void header(Document doc, ReviewReportWriter.Content content) {
		PdfPTable table = new PdfPTable(new float[] { 39, 61 });
		table.setWidthPercentage(100);
		PdfPCell left = cell();
		if (!content.parentBody().isEmpty()) {
			left.addElement(centred(content.parentBody(), font(Face.SERIF, 11)));
		}
		left.addElement(centred(content.issuingBody(), font(Face.SERIF_BOLD, 11)));
		left.addElement(rule(30));
		PdfPCell right = cell();
		right.addElement(centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font(Face.SERIF_BOLD, 11.5f)));
		right.addElement(centred("Độc lập - Tự do - Hạnh phúc", font(Face.SERIF_BOLD, 12.5f)));
		right.addElement(rule(58));
		table.addCell(left);
		table.addCell(right);
		PdfPCell number = cell();
		number.addElement(
				centred(ReviewReportWriter.numberLine(content.number(), content.symbol()), font(Face.SERIF, 12.5f)));
		PdfPCell date = cell();
		date.addElement(
				centred(ReviewReportWriter.dateLine(content.place(), content.date()), font(Face.SERIF_ITALIC, 12.5f)));
		table.addCell(number);
		table.addCell(date);
		doc.add(table);
	}

	/** A centred line of the given share of the cell's width, a little below the text. */
	private static Paragraph rule(float percent) {
		Paragraph p = new Paragraph();
		p.add(new Chunk(new LineSeparator(0.6f, percent, Color.BLACK, Element.ALIGN_CENTER, 0)));
		p.setLeading(9);
		p.setSpacingAfter(4);
		return p;
	}

	private static PdfPCell cell() {
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPaddingLeft(0);
		cell.setPaddingRight(0);
		return cell;
	}

	private static Paragraph centred(String text, Font font) {
		Paragraph p = new Paragraph(text, font);
		p.setAlignment(Element.ALIGN_CENTER);
		p.setLeading(font.getSize() * 1.25f);
		return p;
	}

	private void heading(Document doc, String text) {
		Paragraph p = new Paragraph(text, font(Face.SERIF_BOLD, 13));
		p.setSpacingBefore(12);
		p.setSpacingAfter(6);
		doc.add(p);
	}

	private void body(Document doc, String text) {
		for (String line : (text.isEmpty() ? "…" : text).split("\\R")) {
			Paragraph p = new Paragraph(line, font(Face.SERIF, 13));
			p.setAlignment(Element.ALIGN_JUSTIFIED);
			p.setFirstLineIndent(10 * MM);
			p.setLeading(13 * 1.35f);
			p.setSpacingAfter(4);
			doc.add(p);
		}
	}

	private PdfPTable table(String[] heads, List<String[]> rows, float[] widths) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		table.setSpacingBefore(4);
		table.setSpacingAfter(6);
		for (String head : heads) {
			PdfPCell cell = new PdfPCell(new Phrase(head, font(Face.SERIF_BOLD, 10.5f)));
			cell.setLeading(0, 1.2f);
			cell.setHorizontalAlignment(Element.ALIGN_CENTER);
			cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
			cell.setPadding(4);
			table.addCell(cell);
		}
		for (String[] row : rows) {
			for (String value : row) {
				PdfPCell cell = new PdfPCell(new Phrase(value, font(Face.SERIF, 10.5f)));
				cell.setPadding(4);
				cell.setLeading(0, 1.25f);
				table.addCell(cell);
			}
		}
		return table;
	}

	private void signature(Document doc) {
		PdfPTable table = new PdfPTable(new float[] { 45, 55 });
		table.setWidthPercentage(100);
		table.setSpacingBefore(18);
		table.setKeepTogether(true);
		PdfPCell recipients = cell();
		recipients.addElement(new Paragraph(ReviewReportWriter.RECIPIENTS[0], font(Face.SERIF_BOLD, 11)));
		for (int i = 1; i < ReviewReportWriter.RECIPIENTS.length; i++) {
			recipients.addElement(new Paragraph(ReviewReportWriter.RECIPIENTS[i], font(Face.SERIF, 10.5f)));
		}
		PdfPCell signer = cell();
		signer.addElement(centred(ReviewReportWriter.SIGNER, font(Face.SERIF_BOLD, 12.5f)));
		signer.addElement(centred(ReviewReportWriter.SIGNER_HINT, font(Face.SERIF_ITALIC, 11.5f)));
		table.addCell(recipients);
		table.addCell(signer);
		doc.add(table);
	}

	private Font font(Face face, float size) {
		return this.fonts.font(face, size);
	}

}

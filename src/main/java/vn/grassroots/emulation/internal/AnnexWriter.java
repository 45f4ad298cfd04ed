package vn.grassroots.emulation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * The annex of a commendation decision in the administrative layout of Decree
 * 30/2020/ND-CP: A4 portrait, margins 20/20/30/15 mm, Times New Roman; issuing body (its
 * parent upright, itself bold, a short drawn line) beside the national title and motto
 * (bold, a drawn line); "PHỤ LỤC", the list's title and the reference to the decision
 * (number, date, signer's body) in italics; then the table of commended individuals and
 * collectives.
 */
public final class AnnexWriter {

	private static final String FONT = "Times New Roman";

	private static final int WIDTH = 11906 - 1701 - 850;

	private AnnexWriter() {
	}

	/**
	 * One commended person or collective.
	 *
	 * @param name name
	 * @param unit unit
	 * @param form title or form of commendation
	 * @param year award year
	 */
	public record Line(String name, String unit, String form, int year) {
	}

	/**
	 * The annex.
	 *
	 * @param parentBody the issuing body's parent in capitals, or empty
	 * @param issuingBody the issuing body in capitals
	 * @param issuer the issuing body as written in running text
	 * @param number the decision's number, e.g. 125/QĐ-CAT
	 * @param place place of the date line
	 * @param date the decision's date
	 * @param title the decision's title
	 * @param lines the commended
	 */
	public record Annex(String parentBody, String issuingBody, String issuer, String number, String place,
			LocalDate date, String title, List<Line> lines) {
	}

	/**
	 * "ngày 05 tháng 02 năm 2026": a leading zero for days below 10 and months 1 and 2.
	 */
	public static String dateText(LocalDate date) {
		String month = (date.getMonthValue() <= 2) ? String.format("%02d", date.getMonthValue())
				: Integer.toString(date.getMonthValue());
		return "ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng " + month + " năm " + date.getYear();
	}

	public static byte[] write(Annex annex) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CTSectPr section = doc.getDocument().getBody().addNewSectPr();
			section.addNewPgSz().setW(BigInteger.valueOf(11906));
			section.getPgSz().setH(BigInteger.valueOf(16838));
			var margins = section.addNewPgMar();
			margins.setTop(BigInteger.valueOf(1134));
			margins.setBottom(BigInteger.valueOf(1134));
			margins.setLeft(BigInteger.valueOf(1701));
			margins.setRight(BigInteger.valueOf(850));
			heading(doc, annex);
			XWPFParagraph kind = centred(doc.createParagraph());
			kind.setSpacingBefore(360);
			text(kind, "PHỤ LỤC", 14, true, false);
			text(centred(doc.createParagraph()), "DANH SÁCH CÁ NHÂN, TẬP THỂ ĐƯỢC KHEN THƯỞNG", 14, true, false);
			XWPFParagraph reference = centred(doc.createParagraph());
			reference.setSpacingAfter(240);
			text(reference, "(Kèm theo Quyết định số " + annex.number() + " " + dateText(annex.date()) + " của "
					+ annex.issuer() + " về việc " + annex.title() + ")", 13, false, true);
			table(doc, annex.lines());
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void heading(XWPFDocument doc, Annex annex) {
		XWPFTable grid = doc.createTable(2, 2);
		grid.removeBorders();
		grid.setWidth(String.valueOf(WIDTH));
		grid.setWidthType(TableWidthType.DXA);
		grid.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
		int left = 3800;
		for (int r = 0; r < 2; r++) {
			grid.getRow(r).getCell(0).setWidth(String.valueOf(left));
			grid.getRow(r).getCell(1).setWidth(String.valueOf(WIDTH - left));
		}
		XWPFTableCell body = grid.getRow(0).getCell(0);
		XWPFParagraph p = centred(body.getParagraphs().get(0));
		if (!annex.parentBody().isEmpty()) {
			text(p, annex.parentBody(), 12, false, false);
			p = centred(body.addParagraph());
		}
		text(p, annex.issuingBody(), 12, true, false);
		line(body.addParagraph(), left, left / 3);
		XWPFTableCell nation = grid.getRow(0).getCell(1);
		text(centred(nation.getParagraphs().get(0)), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
		text(centred(nation.addParagraph()), "Độc lập - Tự do - Hạnh phúc", 13, true, false);
		line(nation.addParagraph(), WIDTH - left, 3300);
		text(centred(grid.getRow(1).getCell(0).getParagraphs().get(0)), "Số: " + annex.number(), 13, false, false);
		text(centred(grid.getRow(1).getCell(1).getParagraphs().get(0)), annex.place() + ", " + dateText(annex.date()),
				13, false, true);
	}

	private static void table(XWPFDocument doc, List<Line> lines) {
		XWPFTable table = doc.createTable(lines.size() + 1, 5);
		table.setWidth(String.valueOf(WIDTH));
		table.setWidthType(TableWidthType.DXA);
		table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
		int[] widths = { 700, 2900, 2700, 2255, 800 };
		for (int r = 0; r <= lines.size(); r++) {
			for (int c = 0; c < widths.length; c++) {
				table.getRow(r).getCell(c).setWidth(String.valueOf(widths[c]));
				table.getRow(r).getCell(c).setWidthType(TableWidthType.DXA);
			}
		}
		String[] heads = { "STT", "Họ và tên / Tên tập thể", "Đơn vị", "Danh hiệu, hình thức khen thưởng", "Năm" };
		for (int c = 0; c < heads.length; c++) {
			text(centred(table.getRow(0).getCell(c).getParagraphs().get(0)), heads[c], 12, true, false);
		}
		for (int i = 0; i < lines.size(); i++) {
			Line l = lines.get(i);
			String[] cells = { Integer.toString(i + 1), l.name(), l.unit(), l.form(), Integer.toString(l.year()) };
			for (int c = 0; c < cells.length; c++) {
				XWPFParagraph cell = table.getRow(i + 1).getCell(c).getParagraphs().get(0);
				if (c == 0 || c == 4) {
					centred(cell);
				}
				text(cell, cells[c], 12, false, false);
			}
		}
	}

	/** A drawn line: the bottom border of an empty paragraph indented to the length. */
	private static void line(XWPFParagraph p, int cell, int length) {
		int indent = Math.max(0, (cell - 200 - length) / 2);
		p.setIndentationLeft(indent);
		p.setIndentationRight(indent);
		p.setBorderBottom(Borders.SINGLE);
		p.setSpacingAfter(120);
		p.createRun().setFontSize(2);
	}

	private static XWPFParagraph centred(XWPFParagraph p) {
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setSpacingAfter(0);
		return p;
	}

	private static void text(XWPFParagraph p, String value, int size, boolean bold, boolean italic) {
		XWPFRun run = p.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		run.setText(value);
	}

}

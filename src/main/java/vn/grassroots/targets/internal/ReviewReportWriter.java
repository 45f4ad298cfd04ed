package vn.grassroots.targets.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Writes a review report in the layout of Decree 30/2020/ND-CP, Appendix I: A4 portrait,
 * margins top/bottom 20 mm, left 30 mm, right 15 mm, Times New Roman; issuing body top
 * left (parent body upright, issuing body bold, short line below), national title (bold,
 * capitals) and motto (bold, line below) top right, number and symbol ("Số: 05/BC"),
 * place and date in italics ("Hà Nội, ngày 05 tháng 02 năm 2026": leading zero for days
 * below 10 and months 1 and 2), then "BÁO CÁO" with its summary line, and the body.
 */
public final class ReviewReportWriter {

	private static final String FONT = "Times New Roman";

	static final Map<String, String> STATUS = Map.of("ON_TRACK", "Đạt / đúng tiến độ", "AT_RISK", "Có nguy cơ chậm",
			"MISSED", "Không đạt");

	private ReviewReportWriter() {
	}

	/**
	 * A row of the results table.
	 *
	 * @param objective the objective
	 * @param deadline its deadline
	 * @param indicator the indicator measuring it
	 * @param actual the actual value, formatted
	 * @param target the target, formatted
	 * @param status the status name
	 * @param percent the actual value as a percentage of the target (null: no target)
	 */
	public record Row(String objective, LocalDate deadline, String indicator, String actual, String target,
			String status, @Nullable Double percent) {
	}

	/**
	 * The content of the report.
	 *
	 * @param parentBody the issuing body's parent, in capitals (may be empty)
	 * @param issuingBody the issuing body, in capitals
	 * @param number number in the year, or null for a draft
	 * @param symbol symbol
	 * @param place place of the date line
	 * @param date date
	 * @param summary summary line under "BÁO CÁO"
	 * @param rows results by objective
	 * @param shortcomings narrative
	 * @param tasks narrative
	 * @param commendations narrative
	 * @param commended units proposed for commendation, with the basis
	 */
	public record Content(String parentBody, String issuingBody, @Nullable Integer number, String symbol, String place,
			LocalDate date, String summary, List<Row> rows, String shortcomings, String tasks, String commendations,
			List<Commendation> commended) {
	}

	/**
	 * A unit proposed for commendation.
	 *
	 * @param unit its name
	 * @param basis why (e.g. "Đạt, đúng tiến độ 2/2 chỉ tiêu")
	 */
	public record Commendation(String unit, String basis) {
	}

	/** Relative widths of the columns of the results table. */
	static final float[] RESULT_WIDTHS = { 22, 16, 22, 13, 11, 16 };

	/** Relative widths of the columns of the commendation table. */
	static final float[] COMMENDATION_WIDTHS = { 8, 52, 40 };

	/** The column heads of the results table. */
	static final String[] RESULT_HEADS = { "Mục tiêu", "Thời hạn", "Chỉ tiêu", "Mục tiêu đề ra", "Kết quả",
			"Đánh giá" };

	/** The cells of a row of the results table. */
	static String[] cells(Row row) {
		return new String[] { row.objective(), dd(row.deadline()), row.indicator(), row.target(), row.actual(),
				STATUS.getOrDefault(row.status(), row.status()) };
	}

	/** The headings of the sections, in order. */
	static final String[] SECTIONS = { "I. KẾT QUẢ THỰC HIỆN THEO MỤC TIÊU", "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
			"III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "IV. ĐƠN VỊ ĐỀ NGHỊ KHEN THƯỞNG" };

	/** The column heads of the commendation table. */
	static final String[] COMMENDATION_HEADS = { "STT", "Đơn vị", "Căn cứ đề nghị" };

	public static byte[] write(Content content) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(doc);
			header(doc, content);
			XWPFParagraph type = paragraph(doc, ParagraphAlignment.CENTER);
			type.setSpacingBefore(240);
			run(type, "BÁO CÁO", 14, true, false);
			XWPFParagraph summary = paragraph(doc, ParagraphAlignment.CENTER);
			run(summary, content.summary(), 14, true, false);
			summary.setSpacingAfter(240);

			heading(doc, SECTIONS[0]);
			results(doc, content.rows());
			if (ReviewChart.drawable(content.rows())) {
				chart(doc, content.rows());
			}
			heading(doc, SECTIONS[1]);
			body(doc, content.shortcomings());
			heading(doc, SECTIONS[2]);
			body(doc, content.tasks());
			heading(doc, SECTIONS[3]);
			if (!content.commended().isEmpty()) {
				commended(doc, content.commended());
			}
			body(doc, content.commendations());
			signature(doc);
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void chart(XWPFDocument doc, List<Row> rows) throws IOException {
		XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER);
		p.setSpacingBefore(200);
		// the text width in EMU (1 twip = 635 EMU), the height in proportion
		long width = (long) TEXT_WIDTH * 635;
		long height = width * ReviewChart.height(rows) / ReviewChart.WIDTH;
		try {
			p.createRun()
				.addPicture(new java.io.ByteArrayInputStream(ReviewChart.png(rows)),
						org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "chart.png", (int) width,
						(int) height);
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IOException(ex);
		}
	}

	/**
	 * "ngày 05 tháng 02 năm 2026": leading zeros for days below 10 and months 1 and 2.
	 */
	public static String dateLine(String place, LocalDate date) {
		String day = String.format("%02d", date.getDayOfMonth());
		String month = (date.getMonthValue() < 3) ? String.format("%02d", date.getMonthValue())
				: String.valueOf(date.getMonthValue());
		return place + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
	}

	/** "Số: 05/BC" (a blank number for a draft). */
	public static String numberLine(@Nullable Integer number, String symbol) {
		String n = (number != null) ? String.format("%02d", number) : "      ";
		return "Số: " + n + "/" + symbol;
	}

	private static void page(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(1134));
		margins.setBottom(BigInteger.valueOf(1134));
		margins.setLeft(BigInteger.valueOf(1701));
		margins.setRight(BigInteger.valueOf(850));
	}

	/** Width of the text area in twips: A4 width less the left and right margins. */
	private static final int TEXT_WIDTH = 11906 - 1701 - 850;

	private static final int LEFT_WIDTH = 3700;

	private static final int RIGHT_WIDTH = TEXT_WIDTH - LEFT_WIDTH;

	private static void header(XWPFDocument doc, Content content) {
		XWPFTable table = doc.createTable(2, 2);
		table.setWidth(String.valueOf(TEXT_WIDTH));
		table.setWidthType(TableWidthType.DXA);
		table.setTableAlignment(org.apache.poi.xwpf.usermodel.TableRowAlign.CENTER);
		table.removeBorders();
		table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
		for (int r = 0; r < 2; r++) {
			table.getRow(r).getCell(0).setWidth(String.valueOf(LEFT_WIDTH));
			table.getRow(r).getCell(0).setWidthType(TableWidthType.DXA);
			table.getRow(r).getCell(1).setWidth(String.valueOf(RIGHT_WIDTH));
			table.getRow(r).getCell(1).setWidthType(TableWidthType.DXA);
		}
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFTableCell right = table.getRow(0).getCell(1);
		XWPFParagraph parent = left.getParagraphs().get(0);
		parent.setAlignment(ParagraphAlignment.CENTER);
		parent.setSpacingAfter(0);
		if (!content.parentBody().isEmpty()) {
			run(parent, content.parentBody(), 12, false, false);
			parent = left.addParagraph();
			parent.setAlignment(ParagraphAlignment.CENTER);
			parent.setSpacingAfter(0);
		}
		run(parent, content.issuingBody(), 12, true, false);
		// a drawn line of about a third of the cell under the issuing body
		rule(left.addParagraph(), LEFT_WIDTH, LEFT_WIDTH / 3);
		XWPFParagraph title = right.getParagraphs().get(0);
		title.setAlignment(ParagraphAlignment.CENTER);
		title.setSpacingAfter(0);
		run(title, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
		XWPFParagraph motto = right.addParagraph();
		motto.setAlignment(ParagraphAlignment.CENTER);
		motto.setSpacingAfter(0);
		run(motto, "Độc lập - Tự do - Hạnh phúc", 13, true, false);
		// a drawn line as long as the motto under it
		rule(right.addParagraph(), RIGHT_WIDTH, 3300);
		XWPFParagraph number = table.getRow(1).getCell(0).getParagraphs().get(0);
		number.setAlignment(ParagraphAlignment.CENTER);
		run(number, numberLine(content.number(), content.symbol()), 13, false, false);
		XWPFParagraph date = table.getRow(1).getCell(1).getParagraphs().get(0);
		date.setAlignment(ParagraphAlignment.CENTER);
		run(date, dateLine(content.place(), content.date()), 13, false, true);
	}

	/**
	 * An empty paragraph whose bottom border, indented to {@code length}, draws a line.
	 */
	private static void rule(XWPFParagraph p, int cellWidth, int length) {
		int indent = Math.max(0, (cellWidth - 200 - length) / 2);
		p.setIndentationLeft(indent);
		p.setIndentationRight(indent);
		p.setSpacingAfter(120);
		p.setBorderBottom(Borders.SINGLE);
		XWPFRun run = p.createRun();
		run.setFontSize(2);
	}

	private static void results(XWPFDocument doc, List<Row> rows) {
		List<String[]> cells = new ArrayList<>();
		rows.forEach((row) -> cells.add(cells(row)));
		table(doc, RESULT_HEADS, cells, RESULT_WIDTHS);
	}

	private static void commended(XWPFDocument doc, List<Commendation> commended) {
		List<String[]> cells = new ArrayList<>();
		for (int i = 0; i < commended.size(); i++) {
			cells.add(new String[] { String.valueOf(i + 1), commended.get(i).unit(), commended.get(i).basis() });
		}
		table(doc, COMMENDATION_HEADS, cells, COMMENDATION_WIDTHS);
	}

	private static void table(XWPFDocument doc, String[] heads, List<String[]> rows, float[] widths) {
		XWPFTable table = doc.createTable(rows.size() + 1, heads.length);
		table.setWidth(String.valueOf(TEXT_WIDTH));
		table.setWidthType(TableWidthType.DXA);
		table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
		float total = 0;
		for (float w : widths) {
			total += w;
		}
		var grid = (table.getCTTbl().getTblGrid() != null) ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int c = 0; c < heads.length; c++) {
			int twips = Math.round(TEXT_WIDTH * widths[c] / total);
			grid.addNewGridCol().setW(BigInteger.valueOf(twips));
			for (int r = 0; r <= rows.size(); r++) {
				table.getRow(r).getCell(c).setWidth(String.valueOf(twips));
				table.getRow(r).getCell(c).setWidthType(TableWidthType.DXA);
			}
		}
		for (int c = 0; c < heads.length; c++) {
			XWPFParagraph p = table.getRow(0).getCell(c).getParagraphs().get(0);
			p.setAlignment(ParagraphAlignment.CENTER);
			run(p, heads[c], 12, true, false);
		}
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < heads.length; c++) {
				run(table.getRow(r + 1).getCell(c).getParagraphs().get(0), rows.get(r)[c], 12, false, false);
			}
		}
	}

	/** "Nơi nhận" on the left, the signer on the right, in a borderless table. */
	private static void signature(XWPFDocument doc) {
		paragraph(doc, ParagraphAlignment.LEFT);
		XWPFTable table = doc.createTable(1, 2);
		table.setWidth(String.valueOf(TEXT_WIDTH));
		table.setWidthType(TableWidthType.DXA);
		table.removeBorders();
		XWPFParagraph recipients = table.getRow(0).getCell(0).getParagraphs().get(0);
		run(recipients, RECIPIENTS[0], 12, true, true);
		for (int i = 1; i < RECIPIENTS.length; i++) {
			XWPFParagraph line = table.getRow(0).getCell(0).addParagraph();
			line.setSpacingAfter(0);
			run(line, RECIPIENTS[i], 11, false, false);
		}
		XWPFParagraph signer = table.getRow(0).getCell(1).getParagraphs().get(0);
		signer.setAlignment(ParagraphAlignment.CENTER);
		run(signer, SIGNER, 13, true, false);
		XWPFParagraph hint = table.getRow(0).getCell(1).addParagraph();
		hint.setAlignment(ParagraphAlignment.CENTER);
		run(hint, SIGNER_HINT, 12, false, true);
	}

	/** The recipients block: its label, then one line each. */
	static final String[] RECIPIENTS = { "Nơi nhận:", "- Như trên;", "- Lưu: VT." };

	/** The signer's title. */
	static final String SIGNER = "THỦ TRƯỞNG ĐƠN VỊ";

	/** Under the signer's title. */
	static final String SIGNER_HINT = "(Ký, ghi rõ họ tên, đóng dấu)";

	static String dd(LocalDate date) {
		return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
	}

	private static void heading(XWPFDocument doc, String text) {
		XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT);
		p.setSpacingBefore(240);
		p.setSpacingAfter(120);
		run(p, text, 14, true, false);
	}

	private static void body(XWPFDocument doc, String text) {
		for (String line : (text.isEmpty() ? "…" : text).split("\\R")) {
			XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
			p.setFirstLineIndent(567);
			p.setSpacingBefore(60);
			p.setSpacingAfter(60);
			run(p, line, 14, false, false);
		}
	}

	private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(alignment);
		return p;
	}

	private static void run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
		XWPFRun run = p.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		run.setText(text);
	}

}

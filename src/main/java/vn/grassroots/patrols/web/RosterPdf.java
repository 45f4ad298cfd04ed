package vn.grassroots.patrols.web;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.grassroots.documents.PdfDocuments;
import vn.grassroots.patrols.ShiftView;

/**
 * The week's roster as an A4 landscape PDF with embedded fonts that render Vietnamese.
 */
@Component
class RosterPdf {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

	private final PdfDocuments pdf;

	private final MessageSource messages;

	RosterPdf(PdfDocuments pdf, MessageSource messages) {
		this.pdf = pdf;
		this.messages = messages;
	}

	byte[] write(String unitName, LocalDate monday, Map<LocalDate, List<ShiftView>> days, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
		PdfWriter.getInstance(document, out);
		document.open();
		Font title = this.pdf.font(PdfDocuments.Face.SERIF_BOLD, 14);
		Font head = this.pdf.font(PdfDocuments.Face.SANS_BOLD, 10);
		Font body = this.pdf.font(PdfDocuments.Face.SANS, 10);
		Paragraph heading = new Paragraph(text("patrols.print.heading", locale), title);
		heading.setAlignment(Element.ALIGN_CENTER);
		document.add(heading);
		Paragraph sub = new Paragraph(unitName + " - "
				+ text("patrols.print.week", locale, DAY.format(monday), DAY.format(monday.plusDays(6))), body);
		sub.setAlignment(Element.ALIGN_CENTER);
		sub.setSpacingAfter(12);
		document.add(sub);
		PdfPTable table = new PdfPTable(new float[] { 2.2f, 1.6f, 3.2f, 4.5f, 1.2f });
		table.setWidthPercentage(100);
		for (String key : new String[] { "patrols.shift.date", "patrols.shift.time", "patrols.unit",
				"patrols.shift.members", "patrols.shift.night" }) {
			PdfPCell cell = new PdfPCell(new Phrase(text(key, locale), head));
			cell.setGrayFill(0.9f);
			table.addCell(cell);
		}
		days.forEach((day, shifts) -> {
			String dayName = text("patrols.day." + day.getDayOfWeek().getValue(), locale) + " " + DAY.format(day);
			if (shifts.isEmpty()) {
				table.addCell(new Phrase(dayName, body));
				PdfPCell none = new PdfPCell(new Phrase(text("patrols.roster.no-shifts", locale), body));
				none.setColspan(4);
				table.addCell(none);
			}
			for (ShiftView s : shifts) {
				table.addCell(new Phrase(dayName, body));
				table.addCell(new Phrase(HOUR.format(s.startsAt()) + "-" + HOUR.format(s.endsAt()), body));
				table.addCell(new Phrase(s.unitName() + "\n" + s.area(), body));
				table.addCell(new Phrase(s.memberNames(), body));
				table.addCell(new Phrase(s.night() ? text("common.yes", locale) : "", body));
			}
		});
		document.add(table);
		document.close();
		return out.toByteArray();
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}

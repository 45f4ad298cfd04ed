package vn.grassroots.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import vn.grassroots.shared.GrassrootsException;

/**
 * XLSX in and out. Exports stream rows (only a window of 200 rows is in memory), so a
 * list of any length can be exported. Imports read the first sheet by header names and
 * hand back every row with its number; a file that is not an XLSX, or is too large, is
 * refused naming the field.
 */
@Component
public class Spreadsheets {

	/** Most data rows an import accepts. */
	public static final int MAX_IMPORT_ROWS = 20_000;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/**
	 * Writes one sheet: a bold header row, then one row per item. Never closes the
	 * stream.
	 * @param out where the XLSX goes
	 * @param sheetName sheet name
	 * @param columns the columns
	 * @param rows the rows, read once, in order
	 */
	public <T> void write(OutputStream out, String sheetName, List<Column<T>> columns, Iterable<T> rows) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			SXSSFSheet sheet = workbook.createSheet(safeSheetName(sheetName));
			// widths follow the longest value written (tracked as rows stream past)
			sheet.trackAllColumnsForAutoSizing();
			CellStyle header = headerStyle(workbook);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			Row head = sheet.createRow(0);
			for (int c = 0; c < columns.size(); c++) {
				Cell cell = head.createCell(c);
				cell.setCellValue(columns.get(c).header());
				cell.setCellStyle(header);
			}
			sheet.createFreezePane(0, 1);
			int r = 1;
			for (T item : rows) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < columns.size(); c++) {
					set(row.createCell(c), columns.get(c).value().apply(item), date);
				}
			}
			for (int c = 0; c < columns.size(); c++) {
				try {
					sheet.autoSizeColumn(c);
					sheet.setColumnWidth(c, Math.min(sheet.getColumnWidth(c) + 512, 80 * 256));
				}
				catch (RuntimeException | Error ex) {
					// no font metrics on this machine (headless without fonts): keep a
					// fixed width
					sheet.setColumnWidth(c, 24 * 256);
				}
			}
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes an import template: the header row and, if given, one example row.
	 */
	public void template(OutputStream out, String sheetName, List<String> headers, List<String> example) {
		List<Column<List<String>>> columns = new ArrayList<>();
		for (int i = 0; i < headers.size(); i++) {
			int index = i;
			columns.add(new Column<>(headers.get(i), (row) -> (index < row.size()) ? row.get(index) : null));
		}
		write(out, sheetName, columns, example.isEmpty() ? List.of() : List.of(example));
	}

	/**
	 * One data row of an imported sheet.
	 *
	 * @param number the row's number as the user sees it in the spreadsheet (header is
	 * row 1)
	 * @param values cell text by header, trimmed; blank cells are absent
	 */
	public record ImportedRow(int number, Map<String, String> values) {

		/** The trimmed text of a column, or null when blank. */
		public @Nullable String get(String header) {
			return this.values.get(header);
		}

	}

	/**
	 * Reads the first sheet: the first row holds the headers, every further non-empty row
	 * is returned with its number. Dates come back as {@code dd/MM/yyyy}, numbers without
	 * grouping. Throws a 400 {@link GrassrootsException} naming {@code field} when the
	 * stream is not an XLSX, a required header is missing, or there are more than
	 * {@link #MAX_IMPORT_ROWS} rows.
	 */
	public List<ImportedRow> read(InputStream in, String field, List<String> requiredHeaders) {
		ZipSecureFile.setMinInflateRatio(0.005);
		try (Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			Row head = sheet.getRow(sheet.getFirstRowNum());
			if (head == null) {
				throw GrassrootsException.badField(field, null, "documents.xlsx.empty");
			}
			DataFormatter formatter = new DataFormatter();
			Map<Integer, String> headers = new LinkedHashMap<>();
			for (Cell cell : head) {
				String text = formatter.formatCellValue(cell).trim();
				if (!text.isEmpty()) {
					headers.put(cell.getColumnIndex(), text);
				}
			}
			for (String required : requiredHeaders) {
				if (!headers.containsValue(required)) {
					throw GrassrootsException.badField(field, required, "documents.xlsx.missing-header", required);
				}
			}
			List<ImportedRow> rows = new ArrayList<>();
			for (int r = head.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Map<String, String> values = new LinkedHashMap<>();
				for (Map.Entry<Integer, String> h : headers.entrySet()) {
					String text = text(row.getCell(h.getKey()), formatter);
					if (text != null) {
						values.put(h.getValue(), text);
					}
				}
				if (!values.isEmpty()) {
					if (rows.size() >= MAX_IMPORT_ROWS) {
						throw GrassrootsException.badField(field, null, "documents.xlsx.too-many-rows",
								MAX_IMPORT_ROWS);
					}
					rows.add(new ImportedRow(r + 1, values));
				}
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof GrassrootsException ge) {
				throw ge;
			}
			throw GrassrootsException.badField(field, null, "documents.xlsx.unreadable");
		}
	}

	private static @Nullable String text(@Nullable Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return null;
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		String text;
		if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			text = cell.getLocalDateTimeCellValue().toLocalDate().format(DATE);
		}
		else if (type == CellType.NUMERIC) {
			double value = cell.getNumericCellValue();
			text = (value == Math.rint(value) && Math.abs(value) < 1e15) ? String.valueOf((long) value)
					: String.valueOf(value);
		}
		else {
			text = formatter.formatCellValue(cell);
		}
		text = text.trim();
		return text.isEmpty() ? null : text;
	}

	private static void set(Cell cell, @Nullable Object value, CellStyle date) {
		if (value == null) {
			cell.setBlank();
		}
		else if (value instanceof Number n) {
			cell.setCellValue(n.doubleValue());
		}
		else if (value instanceof LocalDate d) {
			cell.setCellValue(d);
			cell.setCellStyle(date);
		}
		else if (value instanceof LocalDateTime t) {
			cell.setCellValue(t);
			cell.setCellStyle(date);
		}
		else if (value instanceof Boolean b) {
			cell.setCellValue(b);
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

	private static CellStyle headerStyle(Workbook workbook) {
		CellStyle style = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		style.setFont(font);
		return style;
	}

	private static String safeSheetName(String name) {
		String safe = name.replaceAll("[\\\\/?*\\[\\]:]", " ").trim();
		return safe.isEmpty() ? "Sheet1" : (safe.length() > 31 ? safe.substring(0, 31) : safe);
	}

}

package vn.grassroots.targets.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.grassroots.targets.IndicatorResult;

/**
 * The dashboard of a unit as an XLSX workbook: one sheet with the unit's results, one
 * with the results of its children for every indicator. Headers are given by the caller
 * (so that they come from the message bundles).
 */
public final class DashboardWorkbook {

	private DashboardWorkbook() {
	}

	/**
	 * Writes the workbook.
	 * @param headers column headers of both sheets, by key: unit, indicator, code,
	 * actual, numerator, denominator, target, deadline, status, sheetUnit, sheetChildren
	 * @param results the unit's results
	 * @param children the children's results by indicator code
	 * @return the XLSX bytes
	 */
	public static byte[] write(Map<String, String> headers, List<IndicatorResult> results,
			Map<String, List<IndicatorResult>> children) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet unit = book.createSheet(headers.get("sheetUnit"));
			header(unit, headers);
			int r = 1;
			for (IndicatorResult result : results) {
				row(unit.createRow(r++), result);
			}
			Sheet sub = book.createSheet(headers.get("sheetChildren"));
			header(sub, headers);
			r = 1;
			for (List<IndicatorResult> list : children.values()) {
				for (IndicatorResult result : list) {
					row(sub.createRow(r++), result);
				}
			}
			for (int c = 0; c < 9; c++) {
				unit.setColumnWidth(c, (c < 2) ? 12000 : 4000);
				sub.setColumnWidth(c, (c < 2) ? 12000 : 4000);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void header(Sheet sheet, Map<String, String> headers) {
		Row row = sheet.createRow(0);
		String[] keys = { "unit", "indicator", "code", "actual", "numerator", "denominator", "target", "deadline",
				"status" };
		for (int c = 0; c < keys.length; c++) {
			row.createCell(c).setCellValue(headers.getOrDefault(keys[c], keys[c]));
		}
	}

	private static void row(Row row, IndicatorResult r) {
		row.createCell(0).setCellValue(r.unitName());
		row.createCell(1).setCellValue(r.indicator().name());
		row.createCell(2).setCellValue(r.indicator().code());
		if (r.actual() != null) {
			row.createCell(3).setCellValue(r.actual().doubleValue());
		}
		row.createCell(4).setCellValue(r.numerator().doubleValue());
		row.createCell(5).setCellValue(r.denominator().doubleValue());
		if (r.target() != null) {
			row.createCell(6).setCellValue(r.target().targetValue().doubleValue());
			row.createCell(7).setCellValue(r.target().deadline().toString());
		}
		if (r.status() != null) {
			row.createCell(8).setCellValue(r.status().name());
		}
	}

}

package vn.grassroots.targets.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * The chart of a review report: one horizontal bar per indicator with a target, its
 * result as a share of the target (capped at 150% in the drawing, the figure printed as
 * is), a line at 100%, bars coloured by status. Drawn with Java2D in DejaVu Sans (from
 * the fonts jar the PDFs use) so that Vietnamese renders, as a PNG for both the DOCX and
 * the PDF.
 */
public final class ReviewChart {

	/** Width of the image in pixels (drawn at 2x for print). */
	public static final int WIDTH = 1600;

	private static final int ROW = 76;

	private static final int TOP = 100;

	private static final int LABEL = 620;

	private static final Font BASE = load();

	private ReviewChart() {
	}

	/** Whether the rows hold anything to draw. */
	public static boolean drawable(List<ReviewReportWriter.Row> rows) {
		return rows.stream().anyMatch((r) -> r.percent() != null);
	}

	/** The height in pixels of the chart of the rows. */
	public static int height(List<ReviewReportWriter.Row> rows) {
		return TOP + 40 + ROW * (int) rows.stream().filter((r) -> r.percent() != null).count();
	}

	/** The chart of the rows that have a target, as PNG bytes. */
	public static byte[] png(List<ReviewReportWriter.Row> rows) {
		List<ReviewReportWriter.Row> drawn = rows.stream().filter((r) -> r.percent() != null).toList();
		int height = height(rows);
		BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, height);
			g.setColor(Color.BLACK);
			g.setFont(BASE.deriveFont(Font.BOLD, 38f));
			g.drawString("Kết quả so với mục tiêu (%)", 20, 50);
			int barLeft = LABEL + 20;
			int barMax = WIDTH - barLeft - 150;
			int hundred = barLeft + barMax * 100 / 150;
			g.setFont(BASE.deriveFont(32f));
			FontMetrics metrics = g.getFontMetrics();
			for (int i = 0; i < drawn.size(); i++) {
				ReviewReportWriter.Row row = drawn.get(i);
				double percent = row.percent();
				int y = TOP + i * ROW;
				g.setColor(Color.BLACK);
				g.drawString(fit(row.indicator(), metrics, LABEL - 20), 20, y + 46);
				int length = (int) Math.round(barMax * Math.min(Math.max(percent, 0), 150) / 150);
				g.setColor(colour(row.status()));
				g.fillRect(barLeft, y + 10, Math.max(length, 2), ROW - 24);
				g.setColor(Color.BLACK);
				g.drawString(String.format("%.0f%%", percent), barLeft + Math.max(length, 2) + 10, y + 46);
			}
			g.setColor(new Color(0x33, 0x33, 0x33));
			g.setStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 10f, 8f },
					0f));
			g.drawLine(hundred, TOP - 10, hundred, TOP + drawn.size() * ROW);
			g.drawString("100%", hundred - metrics.stringWidth("100%") / 2, TOP + drawn.size() * ROW + 40);
		}
		finally {
			g.dispose();
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Color colour(String status) {
		return switch (status) {
			case "ON_TRACK" -> new Color(0x19, 0x87, 0x54);
			case "AT_RISK" -> new Color(0xE0, 0xA8, 0x00);
			case "MISSED" -> new Color(0xC0, 0x2B, 0x2B);
			default -> new Color(0x6C, 0x75, 0x7D);
		};
	}

	private static String fit(String text, FontMetrics metrics, int width) {
		if (metrics.stringWidth(text) <= width) {
			return text;
		}
		String cut = text;
		while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > width) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut + "…";
	}

	private static Font load() {
		try (InputStream in = ReviewChart.class
			.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSansCondensed.ttf")) {
			if (in == null) {
				return new Font(Font.SANS_SERIF, Font.PLAIN, 24);
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException | FontFormatException ex) {
			return new Font(Font.SANS_SERIF, Font.PLAIN, 24);
		}
	}

}

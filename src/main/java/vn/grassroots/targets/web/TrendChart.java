package vn.grassroots.targets.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import vn.grassroots.targets.PeriodKind;
import vn.grassroots.targets.TrendPoint;

/**
 * Draws the trend of an indicator as an inline SVG line chart on the server (no script,
 * no chart library): the actual values as a line with dots, the target as a dashed line,
 * a period label under each point, and the value above it.
 */
final class TrendChart {

	private static final int WIDTH = 640;

	private static final int HEIGHT = 220;

	private static final int LEFT = 48;

	private static final int RIGHT = 16;

	private static final int TOP = 24;

	private static final int BOTTOM = 36;

	private TrendChart() {
	}

	/**
	 * The SVG markup.
	 * @param points the periods, oldest first
	 * @param kind their kind, for the labels
	 * @param percent whether values are shares shown as percentages
	 * @param title accessible title
	 */
	static String svg(List<TrendPoint> points, PeriodKind kind, boolean percent, String title) {
		double max = 0;
		for (TrendPoint p : points) {
			max = Math.max(max, value(p.actual()));
			max = Math.max(max, value(p.target()));
		}
		if (max <= 0) {
			max = percent ? 1 : 1;
		}
		max = percent ? Math.max(1, max) : niceCeiling(max);
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend-chart\" role=\"img\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" preserveAspectRatio=\"xMidYMid meet\"><title>")
			.append(escape(title))
			.append("</title>");
		int plotWidth = WIDTH - LEFT - RIGHT;
		int plotHeight = HEIGHT - TOP - BOTTOM;
		for (int i = 0; i <= 4; i++) {
			double v = max * i / 4;
			double y = TOP + plotHeight - plotHeight * i / 4.0;
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dee2e6\" stroke-width=\"1\"/>", LEFT,
					y, WIDTH - RIGHT, y));
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"#6c757d\">%s</text>",
					LEFT - 6, y + 4, escape(format(v, percent))));
		}
		int n = points.size();
		double step = (n > 1) ? (double) plotWidth / (n - 1) : 0;
		List<String> actual = new ArrayList<>();
		List<String> target = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			TrendPoint p = points.get(i);
			double x = LEFT + ((n > 1) ? step * i : plotWidth / 2.0);
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"#495057\">%s</text>", x,
					HEIGHT - 12, escape(label(p, kind))));
			if (p.target() != null) {
				target.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y(value(p.target()), max, plotHeight)));
			}
			if (p.actual() != null) {
				double y = y(value(p.actual()), max, plotHeight);
				actual.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
				svg.append(String.format(Locale.ROOT,
						"<circle class=\"trend-point\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#198754\"><title>%s: %s</title></circle>",
						x, y, escape(label(p, kind)), escape(format(value(p.actual()), percent))));
				svg.append(String.format(Locale.ROOT,
						"<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\" fill=\"#198754\">%s</text>",
						x, y - 8, escape(format(value(p.actual()), percent))));
			}
		}
		if (target.size() > 1) {
			svg.append("<polyline class=\"trend-target\" fill=\"none\" stroke=\"#dc3545\" stroke-width=\"1.5\""
					+ " stroke-dasharray=\"6 4\" points=\"")
				.append(String.join(" ", target))
				.append("\"/>");
		}
		if (actual.size() > 1) {
			svg.append("<polyline class=\"trend-actual\" fill=\"none\" stroke=\"#198754\" stroke-width=\"2\" points=\"")
				.append(String.join(" ", actual))
				.append("\"/>");
		}
		return svg.append("</svg>").toString();
	}

	private static double y(double value, double max, int plotHeight) {
		return TOP + plotHeight - plotHeight * Math.min(value, max) / max;
	}

	private static double value(@Nullable BigDecimal v) {
		return (v != null) ? v.doubleValue() : 0;
	}

	/** A rounded-up maximum: 1, 2 or 5 times a power of ten. */
	static double niceCeiling(double max) {
		double power = Math.pow(10, Math.floor(Math.log10(max)));
		for (double f : new double[] { 1, 2, 5, 10 }) {
			if (f * power >= max) {
				return f * power;
			}
		}
		return 10 * power;
	}

	private static String format(double v, boolean percent) {
		if (percent) {
			return String.format(Locale.ROOT, "%.0f%%", v * 100);
		}
		return (v == Math.rint(v)) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
	}

	private static String label(TrendPoint p, PeriodKind kind) {
		int month = p.periodStart().getMonthValue();
		int year = p.periodStart().getYear();
		return switch (kind) {
			case MONTHLY -> String.format("%02d/%d", month, year);
			case QUARTERLY -> "Q" + ((month - 1) / 3 + 1) + "/" + year;
			case SIX_MONTHLY -> "H" + ((month - 1) / 6 + 1) + "/" + year;
			case ANNUAL -> String.valueOf(year);
		};
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}

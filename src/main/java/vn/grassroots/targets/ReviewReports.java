package vn.grassroots.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.UnitScope;
import vn.grassroots.targets.internal.Input;
import vn.grassroots.targets.internal.ReviewReportWriter;

/**
 * The review report of a guiding document for a unit (e.g. the two-year review of
 * Resolution 12 and Directive 11) as a DOCX in the Vietnamese administrative layout
 * (Decree 30/2020/ND-CP): issuing body, national title and motto, number, place and date,
 * title, results by objective, and the editable narrative sections.
 */
@Service
@Transactional(readOnly = true)
public class ReviewReports {

	private final GuidingDocuments documents;

	private final Indicators indicators;

	private final UnitQueries units;

	ReviewReports(GuidingDocuments documents, Indicators indicators, UnitQueries units) {
		this.documents = documents;
		this.indicators = indicators;
		this.units = units;
	}

	/**
	 * What the report needs beyond the data.
	 *
	 * @param unitId the reporting unit (default: the caller's)
	 * @param date date of the report (default today); results are those of its year
	 * @param number number of the report in its year (blank number when absent: a draft)
	 * @param symbol symbol after the number, e.g. "BC-BCA"
	 * @param place place name of the date line, e.g. "Hà Nội"
	 * @param shortcomings narrative: shortcomings and causes
	 * @param tasks narrative: tasks ahead
	 * @param commendations narrative: units proposed for commendation
	 */
	public record ReviewRequest(@Nullable Long unitId, @Nullable String date, @Nullable Integer number,
			@Nullable String symbol, @Nullable String place, @Nullable String shortcomings, @Nullable String tasks,
			@Nullable String commendations) {
	}

	/** The DOCX bytes. */
	public byte[] generate(UnitScope scope, long documentId, ReviewRequest request) {
		DocumentView document = this.documents.get(scope, documentId);
		UnitView unit = this.units.get(scope, (request.unitId() != null) ? request.unitId() : scope.unitId());
		LocalDate date = Dates.parse("date", request.date(), Dates.today());
		if (request.number() != null && (request.number() < 1 || request.number() > 9999)) {
			throw GrassrootsException.badField("number", request.number(), "validation.range", 1, 9999);
		}
		String symbol = (request.symbol() != null && !request.symbol().isBlank())
				? Input.required("symbol", request.symbol(), 30) : "BC";
		String place = (request.place() != null && !request.place().isBlank())
				? Input.required("place", request.place(), 60) : "Hà Nội";
		List<UnitView> ancestors = this.units.ancestors(unit);
		String parentBody = ancestors.isEmpty() ? ""
				: ancestors.get(ancestors.size() - 1).fullName().toUpperCase(new Locale("vi"));
		List<ReviewReportWriter.Row> rows = new ArrayList<>();
		LocalDate start = PeriodKind.ANNUAL.startOf(date);
		UnitScope at = scope.at(date, scope.paths());
		for (ObjectiveView objective : document.objectives()) {
			boolean any = false;
			for (IndicatorView indicator : this.indicators.list()) {
				if (indicator.objectiveId() != null && indicator.objectiveId() == objective.id()) {
					IndicatorResult r = this.indicators.result(at, indicator.id(), unit.id(), PeriodKind.ANNUAL, start);
					rows.add(new ReviewReportWriter.Row(objective.title(), objective.deadline(), indicator.name(),
							format(indicator, r.actual()),
							(r.target() != null) ? format(indicator, r.target().targetValue()) : "",
							(r.status() != null) ? r.status().name() : ""));
					any = true;
				}
			}
			if (!any) {
				rows.add(new ReviewReportWriter.Row(objective.title(), objective.deadline(), "", "", "", ""));
			}
		}
		return ReviewReportWriter
			.write(new ReviewReportWriter.Content(parentBody, unit.fullName().toUpperCase(new Locale("vi")),
					request.number(), symbol, place, date, "Sơ kết việc thực hiện " + document.title(), rows,
					text(request.shortcomings()), text(request.tasks()), text(request.commendations())));
	}

	private static String text(@Nullable String raw) {
		return (raw != null) ? raw.trim() : "";
	}

	private static String format(IndicatorView indicator, java.math.@Nullable BigDecimal value) {
		if (value == null) {
			return "—";
		}
		if (indicator.aggregation() == Aggregation.RATIO_OF_SUMS) {
			return value.multiply(java.math.BigDecimal.valueOf(100))
				.setScale(1, java.math.RoundingMode.HALF_UP)
				.toPlainString()
				.replace('.', ',') + "%";
		}
		return value.stripTrailingZeros().toPlainString().replace('.', ',');
	}

}

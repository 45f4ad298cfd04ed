package vn.grassroots.targets;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.audit.AuditTrail;
import vn.grassroots.organisation.UnitQueries;
import vn.grassroots.organisation.UnitView;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.UnitScope;
import vn.grassroots.targets.internal.Input;
import vn.grassroots.targets.internal.ReviewReportPdf;
import vn.grassroots.targets.internal.ReviewReportWriter;

/**
 * The review report of a guiding document for a unit (e.g. the two-year review of
 * Resolution 12 and Directive 11) as a DOCX or PDF in the Vietnamese administrative
 * layout (Decree 30/2020/ND-CP): issuing body, national title and motto, number, place
 * and date, title, results by objective, the units proposed for commendation (children
 * with every indicator of the document on track), and the narrative sections, which are
 * edited and saved per document, unit and year.
 */
@Service
@Transactional(readOnly = true)
public class ReviewReports {

	private final GuidingDocuments documents;

	private final Indicators indicators;

	private final UnitQueries units;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ReviewReportPdf pdf;

	ReviewReports(GuidingDocuments documents, Indicators indicators, UnitQueries units, JdbcClient jdbc,
			AuditTrail audit, ReviewReportPdf pdf) {
		this.documents = documents;
		this.indicators = indicators;
		this.units = units;
		this.jdbc = jdbc;
		this.audit = audit;
		this.pdf = pdf;
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

	/** The formats of the review report. */
	public enum Format {

		/** Word (Apache POI). */
		DOCX,
		/** PDF (OpenPDF, embedded fonts). */
		PDF

	}

	/** The DOCX bytes. */
	public byte[] generate(UnitScope scope, long documentId, ReviewRequest request) {
		return generate(scope, documentId, request, Format.DOCX);
	}

	/**
	 * The report in the format. Header fields and narratives absent from the request come
	 * from those saved for the document, unit and year (see
	 * {@link #saveNarrative(UnitScope, long, ReviewRequest)}).
	 */
	public byte[] generate(UnitScope scope, long documentId, ReviewRequest request, Format format) {
		DocumentView document = this.documents.get(scope, documentId);
		UnitView unit = this.units.get(scope, (request.unitId() != null) ? request.unitId() : scope.unitId());
		LocalDate date = Dates.parse("date", request.date(), Dates.today());
		NarrativeView saved = narrative(document.id(), unit.id(), date.getYear());
		Integer number = (request.number() != null) ? request.number() : saved.number();
		if (number != null && (number < 1 || number > 9999)) {
			throw GrassrootsException.badField("number", number, "validation.range", 1, 9999);
		}
		String symbol = (request.symbol() != null && !request.symbol().isBlank())
				? Input.required("symbol", request.symbol(), 30) : (saved.symbol() != null) ? saved.symbol() : "BC";
		String place = (request.place() != null && !request.place().isBlank())
				? Input.required("place", request.place(), 60) : (saved.place() != null) ? saved.place() : "Hà Nội";
		List<UnitView> ancestors = this.units.ancestors(unit);
		String parentBody = ancestors.isEmpty() ? ""
				: ancestors.get(ancestors.size() - 1).fullName().toUpperCase(new Locale("vi"));
		List<ReviewReportWriter.Row> rows = new ArrayList<>();
		LocalDate start = PeriodKind.ANNUAL.startOf(date);
		UnitScope at = scope.at(date, scope.paths());
		// children with every indicator of the document on track: proposed for
		// commendation
		Map<Long, int[]> onTrack = new LinkedHashMap<>();
		Map<Long, String> childNames = new LinkedHashMap<>();
		List<IndicatorView> all = this.indicators.list();
		for (ObjectiveView objective : document.objectives()) {
			boolean any = false;
			for (IndicatorView indicator : all) {
				if (indicator.objectiveId() != null && indicator.objectiveId() == objective.id()) {
					IndicatorResult r = this.indicators.result(at, indicator.id(), unit.id(), PeriodKind.ANNUAL, start);
					rows.add(new ReviewReportWriter.Row(objective.title(), objective.deadline(), indicator.name(),
							format(indicator, r.actual()),
							(r.target() != null) ? format(indicator, r.target().targetValue()) : "",
							(r.status() != null) ? r.status().name() : "", percent(r)));
					any = true;
					for (IndicatorResult c : this.indicators.childResults(at, indicator.id(), unit.id(),
							PeriodKind.ANNUAL, start)) {
						childNames.put(c.unitId(), c.unitName());
						int[] counts = onTrack.computeIfAbsent(c.unitId(), (k) -> new int[2]);
						counts[1]++;
						if (c.status() == TargetStatus.ON_TRACK) {
							counts[0]++;
						}
					}
				}
			}
			if (!any) {
				rows.add(new ReviewReportWriter.Row(objective.title(), objective.deadline(), "", "", "", "", null));
			}
		}
		List<ReviewReportWriter.Commendation> commended = new ArrayList<>();
		onTrack.forEach((id, counts) -> {
			if (counts[1] > 0 && counts[0] == counts[1]) {
				commended.add(new ReviewReportWriter.Commendation(childNames.get(id),
						"Đạt, đúng tiến độ " + counts[0] + "/" + counts[1] + " chỉ tiêu"));
			}
		});
		ReviewReportWriter.Content content = new ReviewReportWriter.Content(parentBody,
				unit.fullName().toUpperCase(new Locale("vi")), number, symbol, place, date,
				"Sơ kết việc thực hiện " + document.title(), rows, text(request.shortcomings(), saved.shortcomings()),
				text(request.tasks(), saved.tasks()), text(request.commendations(), saved.commendations()), commended);
		return (format == Format.PDF) ? this.pdf.write(content) : ReviewReportWriter.write(content);
	}

	/**
	 * The saved header fields and narratives of the review report of a document for a
	 * unit in scope (default: the caller's) and year (default: this year); empty when
	 * never saved.
	 */
	public NarrativeView narrative(UnitScope scope, long documentId, @Nullable Long unitId, @Nullable Integer year) {
		DocumentView document = this.documents.get(scope, documentId);
		UnitView unit = this.units.get(scope, (unitId != null) ? unitId : scope.unitId());
		int y = (year != null) ? year : Dates.today().getYear();
		if (y < 2000 || y > 2100) {
			throw GrassrootsException.badField("year", year, "validation.range", 2000, 2100);
		}
		return narrative(document.id(), unit.id(), y);
	}

	/**
	 * Saves the header fields and narratives of the review report of a document for a
	 * unit in scope and the year of {@code date} (writers of the unit's subtree); audited
	 * with the state before and after.
	 */
	@Transactional
	public NarrativeView saveNarrative(UnitScope scope, long documentId, ReviewRequest request) {
		Infrastructure.requireWriter(scope);
		DocumentView document = this.documents.get(scope, documentId);
		UnitView unit = this.units.get(scope, (request.unitId() != null) ? request.unitId() : scope.unitId());
		int year = Dates.parse("date", request.date(), Dates.today()).getYear();
		if (request.number() != null && (request.number() < 1 || request.number() > 9999)) {
			throw GrassrootsException.badField("number", request.number(), "validation.range", 1, 9999);
		}
		String symbol = Input.optional("symbol", request.symbol(), 30);
		String place = Input.optional("place", request.place(), 60);
		String shortcomings = Input.optional("shortcomings", request.shortcomings(), 20000);
		String tasks = Input.optional("tasks", request.tasks(), 20000);
		String commendations = Input.optional("commendations", request.commendations(), 20000);
		NarrativeView before = narrative(document.id(), unit.id(), year);
		Map<String, @Nullable Object> params = new LinkedHashMap<>();
		params.put("number", request.number());
		params.put("symbol", symbol);
		params.put("place", place);
		params.put("shortcomings", shortcomings);
		params.put("tasks", tasks);
		params.put("commendations", commendations);
		params.put("by", scope.username());
		params.put("at", Timestamp.from(Instant.now()));
		params.put("d", document.id());
		params.put("u", unit.id());
		params.put("y", year);
		int updated = this.jdbc
			.sql("update tgt_review_narrative set number = :number, symbol = :symbol, place = :place,"
					+ " shortcomings = :shortcomings, tasks = :tasks, commendations = :commendations,"
					+ " version = version + 1, updated_by = :by, updated_at = :at"
					+ " where document_id = :d and unit_id = :u and report_year = :y")
			.params(params)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into tgt_review_narrative (document_id, unit_id, report_year, number, symbol, place,"
						+ " shortcomings, tasks, commendations, version, updated_by, updated_at) values (:d, :u, :y,"
						+ " :number, :symbol, :place, :shortcomings, :tasks, :commendations, 1, :by, :at)")
				.params(params)
				.update();
		}
		NarrativeView after = narrative(document.id(), unit.id(), year);
		this.audit.record(scope.username(), "targets.review-narrative.save", "tgt_review_narrative",
				document.id() + "/" + unit.id() + "/" + year, (before.version() > 0) ? before.toString() : null,
				after.toString());
		return after;
	}

	private NarrativeView narrative(long documentId, long unitId, int year) {
		return this.jdbc
			.sql("select * from tgt_review_narrative where document_id = :d and unit_id = :u and report_year = :y")
			.param("d", documentId)
			.param("u", unitId)
			.param("y", year)
			.query((rs, n) -> {
				int number = rs.getInt("number");
				Integer numberValue = rs.wasNull() ? null : number;
				return new NarrativeView(documentId, unitId, year, numberValue, rs.getString("symbol"),
						rs.getString("place"), rs.getString("shortcomings"), rs.getString("tasks"),
						rs.getString("commendations"), rs.getInt("version"), rs.getString("updated_by"),
						rs.getTimestamp("updated_at").toInstant());
			})
			.optional()
			.orElse(new NarrativeView(documentId, unitId, year, null, null, null, null, null, null, 0, null, null));
	}

	private static String text(@Nullable String raw, @Nullable String saved) {
		return (raw != null) ? raw.trim() : (saved != null) ? saved.trim() : "";
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

	/** The actual value as a percentage of the target, null without both. */
	private static @Nullable Double percent(IndicatorResult r) {
		if (r.actual() == null || r.target() == null || r.target().targetValue().signum() == 0) {
			return null;
		}
		return r.actual().doubleValue() * 100 / r.target().targetValue().doubleValue();
	}

}

package vn.grassroots.emulation;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.grassroots.documents.Column;
import vn.grassroots.documents.Spreadsheets;
import vn.grassroots.emulation.internal.AnnexWriter;
import vn.grassroots.shared.UnitScope;

/**
 * Outputs of the honour roll: the commended individuals and collectives of a period as
 * XLSX, and the annex of a decision as DOCX in the administrative layout.
 */
@Service
@Transactional(readOnly = true)
public class Outputs {

	private final Commendations commendations;

	private final Spreadsheets spreadsheets;

	private final MessageSource messages;

	Outputs(Commendations commendations, Spreadsheets spreadsheets, MessageSource messages) {
		this.commendations = commendations;
		this.spreadsheets = spreadsheets;
		this.messages = messages;
	}

	/** Writes the commended of {@code [from, to]} in scope as one sheet. */
	public void commendedXlsx(UnitScope scope, LocalDate from, LocalDate to, Locale locale, OutputStream out) {
		Map<String, CommendationForm> forms = forms();
		List<Column<Commendations.NominationView>> columns = List.of(
				new Column<>(m("emulation.nomination.subject", locale), Commendations.NominationView::subjectName),
				new Column<>(m("emulation.unit", locale), Commendations.NominationView::unitName),
				new Column<>(m("emulation.form", locale), (n) -> forms.get(n.formCode()).name(locale)),
				new Column<>(m("emulation.nomination.year", locale), Commendations.NominationView::awardYear),
				new Column<>(m("emulation.decision.number", locale), Commendations.NominationView::decisionNumber),
				new Column<>(m("emulation.decision.date", locale), Commendations.NominationView::decidedOn));
		this.spreadsheets.write(out, m("emulation.honour.title", locale), columns,
				this.commendations.commended(scope, from, to));
	}

	/** The annex of a decision visible to the caller as DOCX. */
	public byte[] annexDocx(UnitScope scope, long decisionId) {
		Commendations.DecisionView decision = this.commendations.decision(scope, decisionId);
		Map<String, CommendationForm> forms = forms();
		Locale vi = Locale.forLanguageTag("vi");
		List<AnnexWriter.Line> lines = this.commendations.decided(scope, decisionId)
			.stream()
			.map((n) -> new AnnexWriter.Line(n.subjectName(), n.unitName(), forms.get(n.formCode()).nameVi(),
					n.awardYear()))
			.toList();
		return AnnexWriter.write(new AnnexWriter.Annex(decision.parentBody().toUpperCase(vi),
				decision.decidingUnitName().toUpperCase(vi), decision.decidingUnitName(), decision.number(),
				decision.place(), decision.decidedOn(), decision.title(), lines));
	}

	private Map<String, CommendationForm> forms() {
		return this.commendations.forms()
			.stream()
			.collect(Collectors.toMap(CommendationForm::code, Function.identity()));
	}

	private String m(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}

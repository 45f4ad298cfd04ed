package vn.grassroots.targets;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A guiding document with its objectives.
 *
 * @param id id
 * @param type kind of document
 * @param numberSymbol number and symbol, e.g. "30/2023/QH15"
 * @param issuer issuing body
 * @param issuedOn signing date
 * @param effectiveOn date it takes effect
 * @param title title (document type and summary line)
 * @param summary summary of its content
 * @param objectives its objectives, by deadline
 */
public record DocumentView(long id, DocumentType type, String numberSymbol, String issuer, @Nullable LocalDate issuedOn,
		@Nullable LocalDate effectiveOn, String title, @Nullable String summary, List<ObjectiveView> objectives) {

	public DocumentView {
		objectives = List.copyOf(objectives);
	}

}

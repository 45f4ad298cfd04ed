package vn.grassroots.shared.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import vn.grassroots.shared.FieldProblem;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.ProblemCode;

/**
 * Turns problems into RFC 9457 problem details with localised titles and details, a
 * stable {@code code} and, where inputs are at fault, {@code errors: [{field,
 * rejectedValue, reason}]}.
 */
@Component
public class ProblemFactory {

	private final MessageSource messages;

	ProblemFactory(MessageSource messages) {
		this.messages = messages;
	}

	/** The problem for a {@link GrassrootsException}. */
	public ProblemDetail from(GrassrootsException ex, Locale locale) {
		ProblemDetail problem = of(ex.code(), this.messages.getMessage(ex, locale), locale);
		if (!ex.fieldProblems().isEmpty()) {
			problem.setProperty("errors", errors(ex.fieldProblems(), locale));
		}
		return problem;
	}

	/** A problem for a code with a detail text. */
	public ProblemDetail of(ProblemCode code, String detail, Locale locale) {
		return of(code, code.status(), detail, locale);
	}

	/** A problem for a code answered with another status (e.g. a framework's 405). */
	public ProblemDetail of(ProblemCode code, HttpStatusCode status, String detail, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("/problems/" + code.id()));
		problem.setTitle(this.messages.getMessage(code.titleKey(), null, code.id(), locale));
		problem.setProperty("code", code.id());
		return problem;
	}

	/** Localised field problems. */
	public List<Map<String, Object>> errors(List<FieldProblem> problems, Locale locale) {
		List<Map<String, Object>> errors = new ArrayList<>();
		for (FieldProblem fp : problems) {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("field", fp.field());
			error.put("rejectedValue", fp.rejectedValue());
			error.put("reason", this.messages.getMessage(fp.reasonKey(), fp.args(), fp.reasonKey(), locale));
			errors.add(error);
		}
		return errors;
	}

	/** Resolves a message key. */
	public String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

}

package vn.grassroots.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import vn.grassroots.shared.FieldProblem;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.ProblemCode;

/**
 * One place that answers every failure: problem+json under {@code /api/}, the problem
 * page (or, for htmx requests, the alert fragment) elsewhere. No stack trace or SQL is
 * ever shown.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandling {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

	private final ProblemFactory problems;

	ProblemHandling(ProblemFactory problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	Object on(GrassrootsException ex, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		return answer(this.problems.from(ex, locale), request, response);
	}

	@ExceptionHandler
	Object on(MethodArgumentTypeMismatchException ex, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		return on(GrassrootsException.badField(ex.getName(), ex.getValue(), "validation.type"), request, response,
				locale);
	}

	@ExceptionHandler
	Object on(MissingServletRequestParameterException ex, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		return on(GrassrootsException.badField(ex.getParameterName(), null, "validation.required"), request, response,
				locale);
	}

	@ExceptionHandler
	Object on(BindException ex, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		List<FieldProblem> fields = new ArrayList<>();
		ex.getFieldErrors()
			.forEach((error) -> fields.add(new FieldProblem(error.getField(), error.getRejectedValue(),
					"validation.field", error.getDefaultMessage())));
		ProblemCode code = (ex instanceof MethodArgumentNotValidException) ? ProblemCode.RULE_VIOLATION
				: ProblemCode.BAD_REQUEST;
		return on(new GrassrootsException(code, fields, fields.isEmpty() ? "" : fields.get(0).field()), request,
				response, locale);
	}

	@ExceptionHandler
	Object on(HttpMessageNotReadableException ex, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		String field = fieldOf(ex.getCause());
		if (field != null) {
			return on(GrassrootsException.badField(field, null, "validation.type"), request, response, locale);
		}
		return answer(this.problems.of(ProblemCode.BAD_REQUEST,
				this.problems.message("problem.unreadable-body", locale), locale), request, response);
	}

	/**
	 * The JSON path of the field a body could not be read at ("newUnits[0].type"), if
	 * known.
	 */
	static @org.jspecify.annotations.Nullable String fieldOf(@org.jspecify.annotations.Nullable Throwable cause) {
		if (cause instanceof tools.jackson.databind.DatabindException databind && !databind.getPath().isEmpty()) {
			StringBuilder path = new StringBuilder();
			for (tools.jackson.core.JacksonException.Reference ref : databind.getPath()) {
				if (ref.getPropertyName() != null) {
					path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
				}
				else if (ref.getIndex() >= 0) {
					path.append('[').append(ref.getIndex()).append(']');
				}
			}
			return path.isEmpty() ? null : path.toString();
		}
		return null;
	}

	@ExceptionHandler
	Object on(NoResourceFoundException ex, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		return on(GrassrootsException.notFound(request.getRequestURI()), request, response, locale);
	}

	@ExceptionHandler
	Object on(AccessDeniedException ex, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		return on(new GrassrootsException(ProblemCode.FORBIDDEN_ACTION, ""), request, response, locale);
	}

	@ExceptionHandler
	Object on(Exception ex, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (ex instanceof ErrorResponse framework) {
			// the framework's own client errors (405, 406, 415, ...) keep their status
			HttpStatusCode status = framework.getStatusCode();
			ProblemCode code = status.is4xxClientError() ? ProblemCode.BAD_REQUEST : ProblemCode.INTERNAL;
			String detail = switch (status.value()) {
				case 405 -> this.problems.message("problem.method-not-allowed", locale);
				case 415 -> this.problems.message("problem.media-type", locale);
				default -> this.problems.message(code.detailKey(), locale, status.value());
			};
			return answer(this.problems.of(code, status, detail, locale), request, response);
		}
		log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return answer(
				this.problems.of(ProblemCode.INTERNAL, this.problems.message("problem.GR-GEN-999", locale), locale),
				request, response);
	}

	private Object answer(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response) {
		if (isApi(request)) {
			return ResponseEntity.status(problem.getStatus())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		ModelAndView page = new ModelAndView();
		page.setStatus(HttpStatus.valueOf(problem.getStatus()));
		page.addObject("problem", problem);
		if ("true".equals(request.getHeader("HX-Request"))) {
			response.setHeader("HX-Retarget", "#alerts");
			response.setHeader("HX-Reswap", "innerHTML");
			page.setViewName("fragments/alerts :: problem");
		}
		else {
			page.setViewName("error/problem");
		}
		return page;
	}

	static boolean isApi(HttpServletRequest request) {
		String uri = request.getRequestURI().substring(request.getContextPath().length());
		return uri.startsWith("/api/");
	}

}

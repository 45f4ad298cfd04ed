package vn.grassroots.shared.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import vn.grassroots.shared.ProblemCode;

/**
 * Answers errors raised outside controllers (filters, the servlet container):
 * problem+json for {@code /api/} URLs, the problem page elsewhere.
 */
@Controller
class ProblemErrorController implements ErrorController {

	private final ProblemFactory problems;

	ProblemErrorController(ProblemFactory problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, Locale locale) {
		Object statusAttr = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = (statusAttr instanceof Integer i) ? i : 500;
		HttpStatus httpStatus = HttpStatus.resolve(status);
		if (httpStatus == null) {
			httpStatus = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		ProblemCode code = switch (status) {
			case 404 -> ProblemCode.NOT_FOUND;
			case 401 -> ProblemCode.UNAUTHENTICATED;
			case 403 -> ProblemCode.FORBIDDEN_ACTION;
			default -> httpStatus.is4xxClientError() ? ProblemCode.BAD_REQUEST : ProblemCode.INTERNAL;
		};
		ProblemDetail problem = this.problems.of(code, httpStatus, this.problems.message(code.detailKey(), locale, ""),
				locale);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String u && u.startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.status(httpStatus).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error/problem");
		page.setStatus(httpStatus);
		page.addObject("problem", problem);
		return page;
	}

}

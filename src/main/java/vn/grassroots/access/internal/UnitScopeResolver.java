package vn.grassroots.access.internal;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import vn.grassroots.access.AccountService;
import vn.grassroots.access.GrassrootsUser;
import vn.grassroots.shared.Dates;
import vn.grassroots.shared.GrassrootsException;
import vn.grassroots.shared.ProblemCode;
import vn.grassroots.shared.UnitScope;

/**
 * Gives controllers the caller's {@link UnitScope}: the logged-in user's unit subtree as
 * of the {@code asOf} parameter (pages remember the last one in the session; default
 * today). A malformed {@code asOf} answers 400 naming the field.
 */
@Component
class UnitScopeResolver implements HandlerMethodArgumentResolver {

	static final String SESSION_KEY = Dates.SESSION_AS_OF;

	private final AccountService accounts;

	UnitScopeResolver(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType().equals(UnitScope.class);
	}

	@Override
	public UnitScope resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mav,
			NativeWebRequest web, @Nullable WebDataBinderFactory binders) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !(auth.getPrincipal() instanceof GrassrootsUser user)) {
			throw new GrassrootsException(ProblemCode.UNAUTHENTICATED);
		}
		HttpServletRequest request = web.getNativeRequest(HttpServletRequest.class);
		boolean api = request != null && request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		String raw = web.getParameter("asOf");
		LocalDate asOf;
		if (raw != null && !raw.isBlank()) {
			asOf = Dates.parse("asOf", raw, Dates.today());
			if (!api && request != null) {
				request.getSession().setAttribute(SESSION_KEY, asOf);
			}
		}
		else if (!api && request != null && raw != null) {
			// an empty picker means "today" again
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.removeAttribute(SESSION_KEY);
			}
			asOf = Dates.today();
		}
		else {
			HttpSession session = (api || request == null) ? null : request.getSession(false);
			Object remembered = (session != null) ? session.getAttribute(SESSION_KEY) : null;
			asOf = (remembered instanceof LocalDate d) ? d : Dates.today();
		}
		return this.accounts.scopeOf(user, asOf);
	}

}

package vn.grassroots.shell;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.ui.Model;

import vn.grassroots.shared.Dates;

/**
 * What the layout shows on every page: user, roles, as-of date, demo banner, current
 * path.
 */
@ControllerAdvice
class ShellModel {

	private final boolean demo;

	ShellModel(@Value("${grassroots.demo.enabled:false}") boolean demo) {
		this.demo = demo;
	}

	@ModelAttribute
	void shell(HttpServletRequest request, Model model) {
		model.addAttribute("demoMode", this.demo);
		model.addAttribute("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
		LocalDate asOf = Dates.today();
		String raw = request.getParameter("asOf");
		if (raw != null && raw.matches("\\d{4}-\\d{2}-\\d{2}")) {
			asOf = Dates.parse("asOf", raw, asOf);
		}
		else if (raw == null) {
			HttpSession session = request.getSession(false);
			Object remembered = (session != null) ? session.getAttribute(Dates.SESSION_AS_OF) : null;
			if (remembered instanceof LocalDate d) {
				asOf = d;
			}
		}
		model.addAttribute("asOf", asOf);
		model.addAttribute("asOfIsToday", asOf.equals(Dates.today()));
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		boolean loggedIn = auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName());
		model.addAttribute("loggedIn", loggedIn);
		model.addAttribute("userName", loggedIn ? auth.getName() : "");
		Set<String> roles = loggedIn ? auth.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.map((a) -> a.replace("ROLE_", ""))
			.collect(Collectors.toSet()) : Set.of();
		model.addAttribute("userRoles", roles);
		model.addAttribute("isAdmin", roles.contains("MINISTRY_ADMIN"));
		model.addAttribute("isAuditor", roles.contains("AUDITOR") || roles.contains("MINISTRY_ADMIN"));
	}

}

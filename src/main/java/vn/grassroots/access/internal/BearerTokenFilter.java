package vn.grassroots.access.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.grassroots.access.ApiTokens;
import vn.grassroots.access.GrassrootsUser;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>}. An
 * unknown, revoked or expired token leaves the request unauthenticated (401).
 */
@Component
class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	BearerTokenFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			GrassrootsUser user = this.tokens.authenticate(header.substring(7).trim()).orElse(null);
			if (user != null && user.isEnabled() && user.isAccountNonLocked()) {
				SecurityContextHolder.getContext()
					.setAuthentication(
							UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			}
		}
		chain.doFilter(request, response);
	}

}

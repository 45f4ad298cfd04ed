package vn.grassroots.access.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.LocaleResolver;

import vn.grassroots.shared.ProblemCode;
import vn.grassroots.shared.web.ProblemFactory;

/**
 * Two filter chains: the API ({@code /api/**}: HTTP Basic or bearer token, stateless,
 * answers problem+json) and the pages (form login with CSRF protection, session in the
 * database).
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, BearerTokenFilter bearer, ProblemFactory problems, JsonMapper json,
			LocaleResolver locales) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(
					(auth) -> auth.requestMatchers("/api/v1/public/**").permitAll().anyRequest().authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint((request, response, ex) -> write(response,
					problems.of(ProblemCode.UNAUTHENTICATED,
							problems.message("problem.GR-GEN-005", locales.resolveLocale(request)),
							locales.resolveLocale(request)),
					json)))
			.exceptionHandling((ex) -> ex
				.authenticationEntryPoint((request, response, e) -> write(response,
						problems.of(ProblemCode.UNAUTHENTICATED,
								problems.message("problem.GR-GEN-005", locales.resolveLocale(request)),
								locales.resolveLocale(request)),
						json))
				.accessDeniedHandler(
						(request, response,
								e) -> write(response,
										problems.of(ProblemCode.FORBIDDEN_ACTION,
												problems.message("problem.GR-GEN-003", locales.resolveLocale(request),
														""),
												locales.resolveLocale(request)),
										json)))
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.addFilterBefore(bearer, BasicAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((auth) -> auth
			.requestMatchers("/login", "/public/**", "/honour/**", "/webjars/**", "/css/**", "/js/**", "/img/**",
					"/favicon.ico", "/error", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/problems/**")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'")))
			.csrf(Customizer.withDefaults());
		return http.build();
	}

	private static void write(HttpServletResponse response, ProblemDetail problem, JsonMapper json) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(problem));
	}

	static Locale fallback() {
		return Locale.forLanguageTag("vi");
	}

}

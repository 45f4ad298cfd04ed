package vn.grassroots.shell;

import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Vietnamese by default; {@code ?lang=en} switches to English and is remembered in a
 * cookie.
 */
@Configuration
class ShellConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("grassroots-lang");
		// without a cookie pages are Vietnamese (English on the switch); API clients that
		// ask for English first get English problem texts
		resolver.setDefaultLocaleFunction((request) -> {
			String accept = request.getHeader("Accept-Language");
			boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
			boolean english = accept != null && accept.trim().toLowerCase(Locale.ROOT).startsWith("en");
			return (api && english) ? Locale.ENGLISH : VIETNAMESE;
		});
		return resolver;
	}

	/**
	 * Leaves links as the templates write them. Spring Boot adds the resource URL
	 * encoding filter because the webjars locator is present; it then looks every link of
	 * every page (a national dashboard has hundreds) up in four class path locations of
	 * the jar, which cost more than the rest of the page together. Version-less webjar
	 * links ({@code /webjars/bootstrap/css/...}) are still served: the webjars resolver
	 * maps them when the file is requested.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff(
			ObjectProvider<ResourceUrlEncodingFilter> filter) {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				filter.getIfAvailable(ResourceUrlEncodingFilter::new));
		registration.setEnabled(false);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}

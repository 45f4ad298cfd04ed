package vn.grassroots.access.internal;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the {@link UnitScopeResolver}. */
@Configuration
class AccessWebConfiguration implements WebMvcConfigurer {

	private final UnitScopeResolver scopes;

	AccessWebConfiguration(UnitScopeResolver scopes) {
		this.scopes = scopes;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this.scopes);
	}

}

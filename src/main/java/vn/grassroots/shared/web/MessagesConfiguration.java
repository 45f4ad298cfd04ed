package vn.grassroots.shared.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The message bundles: {@code messages} (shell and foundation) and one per module under
 * {@code messages/<module>.properties}, found on the classpath, so a new module only adds
 * its files. Vietnamese is the base bundle; a missing translation never falls back to the
 * server's locale.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	MessageSource messageSource() throws IOException {
		List<String> basenames = new ArrayList<>(List.of("messages"));
		TreeSet<String> modules = new TreeSet<>();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:messages/*.properties")) {
			String name = resource.getFilename();
			if (name != null && !name.contains("_")) {
				modules.add("messages/" + name.substring(0, name.length() - ".properties".length()));
			}
		}
		basenames.addAll(modules);
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames(basenames.toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}

package vn.grassroots.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTests {

	@Test
	void vietnameseAndEnglishBundlesHaveTheSameKeys() throws IOException {
		for (String bundle : bundles()) {
			Properties vi = load("/" + bundle + ".properties");
			Properties en = load("/" + bundle + "_en.properties");

			assertThat(en.stringPropertyNames()).as(bundle)
				.containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
		}
	}

	/** The base bundle and every module bundle under messages/. */
	static java.util.List<String> bundles() throws IOException {
		java.util.List<String> bundles = new java.util.ArrayList<>(java.util.List.of("messages"));
		Path dir = Path.of("src/main/resources/messages");
		if (Files.isDirectory(dir)) {
			try (Stream<Path> files = Files.list(dir)) {
				files.map((f) -> f.getFileName().toString())
					.filter((f) -> f.endsWith(".properties") && !f.contains("_"))
					.map((f) -> "messages/" + f.substring(0, f.length() - ".properties".length()))
					.sorted()
					.forEach(bundles::add);
			}
		}
		return bundles;
	}

	@Test
	void everyProblemCodeHasTitleAndDetailInBothLanguages() throws IOException {
		for (String bundle : new String[] { "/messages.properties", "/messages_en.properties" }) {
			// a module may keep its own problems' messages in its bundle
			// (messages/<module>)
			Properties messages = load(bundle);
			for (String module : bundles()) {
				if (module.startsWith("messages/")) {
					messages.putAll(load("/" + module + (bundle.contains("_en") ? "_en" : "") + ".properties"));
				}
			}

			for (ProblemCode code : ProblemCode.values()) {
				assertThat(messages.getProperty(code.titleKey())).as(bundle + " " + code).isNotBlank();
				assertThat(messages.getProperty(code.detailKey())).as(bundle + " " + code).isNotBlank();
			}
		}
	}

	@Test
	void everyMessageKeyUsedInTemplatesExists() throws IOException {
		Properties vi = new Properties();
		for (String bundle : bundles()) {
			vi.putAll(load("/" + bundle + ".properties"));
		}
		Pattern key = Pattern.compile("#\\{([a-z][a-zA-Z0-9.-]+)[}(]");
		Set<String> missing = new HashSet<>();

		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((p) -> p.toString().endsWith(".html")).toList()) {
				Matcher m = key.matcher(Files.readString(template));
				while (m.find()) {
					if (!vi.containsKey(m.group(1))) {
						missing.add(template.getFileName() + ": " + m.group(1));
					}
				}
			}
		}

		assertThat(missing).isEmpty();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}

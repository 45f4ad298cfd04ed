package vn.grassroots;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(GrassrootsApplication.class);

	@Test
	void verifiesModuleBoundaries() {
		modules.verify();

		assertThat(modules.stream().map((m) -> m.getIdentifier().toString())).contains("organisation", "access",
				"audit", "shell");
	}

	@Test
	void writesModuleDiagrams() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

		assertThat(new java.io.File("target/spring-modulith-docs/components.puml")).exists();
	}

}

package vn.grassroots;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Grassroots: the information system for commune police and the grassroots security and
 * order force.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@EnableAsync
public class GrassrootsApplication {

	public static void main(String[] args) {
		SpringApplication.run(GrassrootsApplication.class, args);
	}

}

package vn.grassroots.personnel;

import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.grassroots.shell.BrowserSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A commune officer opens an active member, issues and prints a card, checks it through
 * the address of its QR code (without login), revokes it, and the check then says
 * revoked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class MemberCardBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	WebDriver driver;

	@AfterEach
	void quit() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void issuesPrintsChecksAndRevokesACard() throws Exception {
		this.driver = BrowserSupport.start();
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(15));
		String base = "http://localhost:" + this.port;
		int member = JsonPath.read(this.mvc.perform(
				get("/api/v1/members").param("status", "ACTIVE").param("size", "1").with(httpBasic("officer", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.items[0].id");

		this.driver.get(base + "/personnel/members/" + member);
		this.driver.findElement(By.id("username")).sendKeys("officer");
		this.driver.findElement(By.id("password")).sendKeys("demo");
		this.driver.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.id("member-cards"))).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.id("issue-card"))).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cards .print-card")));
		screenshot("cards-01-issued");
		String pdf = this.driver.findElement(By.cssSelector("#cards .print-card")).getAttribute("href");
		String verify = this.driver.findElement(By.cssSelector("#cards .verify-link")).getAttribute("href");
		assertThat(pdf).endsWith(".pdf");

		this.driver.manage().deleteAllCookies();
		this.driver.get(verify);
		assertThat(this.driver.findElement(By.id("card-state")).getAttribute("data-state")).isEqualTo("VALID");
		screenshot("cards-02-valid");

		this.driver.get(base + "/personnel/members/" + member + "/cards");
		this.driver.findElement(By.id("username")).sendKeys("officer");
		this.driver.findElement(By.id("password")).sendKeys("demo");
		this.driver.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#cards .revoke-card"))).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cards"), "Đã thu hồi"));

		this.driver.get(verify);
		assertThat(this.driver.findElement(By.id("card-state")).getAttribute("data-state")).isEqualTo("REVOKED");
		assertThat(this.driver.findElement(By.tagName("body")).getText()).contains("ĐÃ BỊ THU HỒI");
		screenshot("cards-03-revoked");
	}

	private void screenshot(String name) throws Exception {
		BrowserSupport.screenshot(this.driver, name);
	}

}

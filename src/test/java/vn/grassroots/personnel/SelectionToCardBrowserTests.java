package vn.grassroots.personnel;

import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.grassroots.shared.Dates;
import vn.grassroots.shell.BrowserSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The whole life of a new member in a browser: an applicant is registered, applies under
 * a selection plan, is found eligible, wins the council's vote, is proposed and decided,
 * joins a team (and so becomes active), gets a printed card, the card is checked through
 * its QR address, revoked, and the check then says revoked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SelectionToCardBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	WebDriver driver;

	WebDriverWait wait;

	@AfterEach
	void quit() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void takesAnApplicantThroughSelectionToARevokedCard() throws Exception {
		this.driver = BrowserSupport.start();
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(15));
		String base = "http://localhost:" + this.port;
		String name = "Ứng Viên Thử " + (System.nanoTime() % 100000);
		String citizenId = "001090" + String.format("%06d", System.nanoTime() % 1_000_000);
		int team = JsonPath
			.read(this.mvc.perform(get("/api/v1/teams").param("size", "1").with(httpBasic("officer", "demo")))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.items[0].teamId");

		this.driver.get(base + "/personnel/members/new");
		login();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("member-form")));
		type("fullName", name);
		value("birthDate", "1990-05-01");
		new Select(this.driver.findElement(By.id("sex"))).selectByValue("MALE");
		type("citizenId", citizenId);
		value("residenceSince", "2020-01-01");
		new Select(this.driver.findElement(By.id("education"))).selectByValue("UPPER_SECONDARY");
		value("healthCertificateOn", Dates.today().minusMonths(1).toString());
		this.driver.findElement(By.cssSelector("#member-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("member-name"), name));
		BrowserSupport.screenshot(this.driver, "flow-01-applicant");

		this.driver.get(base + "/personnel/selection-plans");
		this.driver.findElement(By.cssSelector("#new-plan summary")).click();
		type("title", "Tuyển chọn bổ sung " + name);
		type("quota", "2");
		value("receiveFrom", Dates.today().minusDays(10).toString());
		value("receiveTo", Dates.today().plusDays(10).toString());
		this.driver.findElement(By.cssSelector("#new-plan button[type=submit]")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-title")));

		this.driver.findElement(By.cssSelector("#new-application summary")).click();
		new Select(this.driver.findElement(By.id("memberId"))).selectByVisibleText(name + " · 01/05/1990");
		for (String doc : new String[] { "applicationForm", "personalHistory", "healthCertificate",
				"educationCertificate", "noProsecutionDeclared" }) {
			this.driver.findElement(By.id(doc)).click();
		}
		this.driver.findElement(By.cssSelector("#new-application button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("applications"), name));
		assertThat(this.driver.findElements(By.cssSelector("#applications .eligibility-failure"))).isEmpty();

		WebElement vote = this.driver.findElement(By.cssSelector("#applications form[action$='/vote']"));
		vote.findElement(By.name("votes")).sendKeys("5");
		vote.findElement(By.name("present")).sendKeys("7");
		vote.findElement(By.cssSelector("button")).click();
		this.wait
			.until(ExpectedConditions
				.presenceOfElementLocated(By.cssSelector("#applications form[action$='/proposal']")))
			.findElement(By.cssSelector("button"))
			.click();
		// the list may be swapped again while the form is filled: fill it afresh until it
		// holds
		this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until((d) -> {
			WebElement decision = d.findElement(By.cssSelector("#applications form[action$='/decision']"));
			for (String[] field : new String[][] { { "decisionNumber", "15/QĐ-UBND" },
					{ "decisionSigner", "Chủ tịch UBND xã" }, { "postedPlace", "Trụ sở UBND xã" } }) {
				WebElement input = decision.findElement(By.name(field[0]));
				input.clear();
				input.sendKeys(field[1]);
			}
			decision.findElement(By.cssSelector("button")).click();
			return true;
		});
		this.wait.until(ExpectedConditions
			.invisibilityOfElementLocated(By.cssSelector("#applications form[action$='/decision']")));
		BrowserSupport.screenshot(this.driver, "flow-02-decided");

		this.driver.get(base + "/personnel/teams/" + team);
		this.driver.findElement(By.id("assign-member-id"))
			.findElements(By.tagName("option"))
			.stream()
			.filter((o) -> o.getText().startsWith(name))
			.findFirst()
			.orElseThrow()
			.click();
		this.driver.findElement(By.id("assign-submit")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("team-members"), name));

		this.driver.findElement(By.linkText(name)).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("member-cards"))).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("issue-card"))).click();
		String verify = this.wait
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cards .verify-link")))
			.getAttribute("href");
		String cardsPage = this.driver.getCurrentUrl();
		assertThat(this.driver.findElement(By.cssSelector("#cards .print-card")).getAttribute("href")).endsWith(".pdf");
		BrowserSupport.screenshot(this.driver, "flow-03-card");

		this.driver.manage().deleteAllCookies();
		this.driver.get(verify);
		assertThat(this.driver.findElement(By.id("card-state")).getAttribute("data-state")).isEqualTo("VALID");
		assertThat(this.driver.findElement(By.tagName("body")).getText()).contains(name).doesNotContain(citizenId);

		this.driver.get(cardsPage);
		login();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#cards .revoke-card"))).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cards"), "Đã thu hồi"));

		this.driver.get(verify);
		assertThat(this.driver.findElement(By.id("card-state")).getAttribute("data-state")).isEqualTo("REVOKED");
		BrowserSupport.screenshot(this.driver, "flow-04-revoked");
	}

	private void login() {
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys("officer");
		this.driver.findElement(By.id("password")).sendKeys("demo");
		this.driver.findElement(By.id("login-submit")).click();
	}

	private void type(String id, String text) {
		this.driver.findElement(By.id(id)).sendKeys(text);
	}

	/**
	 * Sets a date input's value directly: typing dates depends on the browser's locale.
	 */
	private void value(String id, String value) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1]",
				this.driver.findElement(By.id(id)), value);
	}

}

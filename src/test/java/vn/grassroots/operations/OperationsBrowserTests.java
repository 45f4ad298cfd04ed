package vn.grassroots.operations;

import vn.grassroots.shell.BrowserSupport;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen reports a problem on the public page and follows it by code; an officer
 * reports an incident, acknowledges, starts and resolves it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsBrowserTests {

	@LocalServerPort
	int port;

	WebDriver driver;

	@AfterEach
	void quit() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void aCitizenSendsARequestGetsATrackingCodeAndSeesItsStatus() throws Exception {
		this.driver = BrowserSupport.start();
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(15));
		String base = "http://localhost:" + this.port;

		this.driver.get(base + "/public/requests/new");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request-form")));
		assertThat(this.driver.findElements(By.id("main-nav"))).isEmpty();
		new Select(this.driver.findElement(By.id("province"))).selectByIndex(1);
		wait.until((d) -> new Select(d.findElement(By.id("communeId"))).getOptions().size() > 1);
		new Select(this.driver.findElement(By.id("communeId"))).selectByIndex(1);
		new Select(this.driver.findElement(By.id("serviceCode"))).selectByValue("NOISE");
		this.driver.findElement(By.id("description")).sendKeys("Quán karaoke mở nhạc to sau nửa đêm");
		this.driver.findElement(By.id("address")).sendKeys("Ngõ 12");
		this.driver.findElement(By.id("name")).sendKeys("Lê Văn Chín");
		this.driver.findElement(By.id("phone")).sendKeys("0911222333");
		BrowserSupport.screenshot(this.driver, "01-public-form");
		// Bootstrap scrolls smoothly, so a click below the fold may land mid-scroll
		this.driver.findElement(By.id("request-form")).submit();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")));
		String code = this.driver.findElement(By.id("tracking-code")).getText();
		assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
		assertThat(this.driver.findElement(By.id("public-stage")).getText()).isEqualTo("Đã nhận, đang chờ xem xét");
		assertThat(this.driver.getPageSource()).doesNotContain("0911222333").doesNotContain("Lê Văn Chín");
		BrowserSupport.screenshot(this.driver, "02-public-status");

		this.driver.get(base + "/public/requests/new");
		this.driver.findElement(By.cssSelector("#lookup-form input[name=code]")).sendKeys(code.toLowerCase());
		this.driver.findElement(By.id("lookup-form")).submit();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tracking-code"), code));
	}

	@Test
	void anOfficerReportsAnIncidentAcknowledgesStartsAndResolvesIt() throws Exception {
		this.driver = BrowserSupport.start();
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(15));
		String base = "http://localhost:" + this.port;

		this.driver.get(base + "/operations/incidents/new");
		wait.until(ExpectedConditions.urlContains("/login"));
		this.driver.findElement(By.id("username")).sendKeys("officer");
		this.driver.findElement(By.id("password")).sendKeys("demo");
		this.driver.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("incident-form")));

		new Select(this.driver.findElement(By.id("unitId"))).selectByIndex(1);
		new Select(this.driver.findElement(By.id("taskGroup"))).selectByValue("FIRE_RESCUE");
		new Select(this.driver.findElement(By.id("subtype"))).selectByValue("FIRE");
		new Select(this.driver.findElement(By.id("severity"))).selectByValue("HIGH");
		this.driver.findElement(By.id("address")).sendKeys("Kho rơm nhà ông Tư");
		this.driver.findElement(By.id("lat")).sendKeys("21.02");
		this.driver.findElement(By.id("lon")).sendKeys("105.83");
		this.driver.findElement(By.id("description")).sendKeys("Cháy kho rơm, đã khống chế");
		BrowserSupport.screenshot(this.driver, "03-incident-form");
		this.driver.findElement(By.id("incident-submit")).click();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("action-ACKNOWLEDGE")));
		assertThat(this.driver.findElement(By.id("status-text")).getText()).isEqualTo("Đã báo cáo");
		java.nio.file.Path photo = java.nio.file.Files.createTempFile("scene", ".png");
		java.nio.file.Files.write(photo, new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0 });
		this.driver.findElement(By.id("attach-file")).sendKeys(photo.toString());
		this.driver.findElement(By.id("attach-submit")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("attachments"),
				photo.getFileName().toString()));
		this.driver.findElement(By.id("action-ACKNOWLEDGE")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("action-START"))).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("action-RESOLVE")));
		this.driver.findElement(By.id("note-RESOLVE")).sendKeys("Đã dập tắt, không thiệt hại người");
		this.driver.findElement(By.id("action-RESOLVE")).click();

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-text"), "Đã giải quyết"));
		assertThat(this.driver.findElement(By.id("responsible")).getText()).isEqualTo("officer");
		assertThat(this.driver.findElement(By.id("history")).getText()).contains("Tiếp nhận", "Bắt đầu xử lý");
		BrowserSupport.screenshot(this.driver, "04-incident-resolved");

		this.driver.findElement(By.id("ops-map")).click();
		wait.until((d) -> d.findElement(By.id("incident-map")).getAttribute("data-loaded") != null);
		assertThat(Integer.parseInt(this.driver.findElement(By.id("incident-map")).getAttribute("data-loaded")))
			.isPositive();
		BrowserSupport.screenshot(this.driver, "05-incident-map");
	}

}

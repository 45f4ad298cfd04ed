package vn.grassroots.targets;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.grassroots.shell.BrowserSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator creates an indicator with a target and sees it on the national
 * dashboard.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndicatorDashboardBrowserTests {

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
	void createsAnIndicatorWithATargetAndSeesItOnTheNationalDashboard() throws Exception {
		this.driver = BrowserSupport.start();
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(15));
		String code = "HQ_CHECK_" + (System.nanoTime() % 100000);
		String name = "Trụ sở riêng (kiểm tra) " + code;

		this.driver.get("http://localhost:" + this.port + "/targets");
		this.driver.findElement(By.id("username")).sendKeys("admin");
		this.driver.findElement(By.id("password")).sendKeys("demo");
		this.driver.findElement(By.id("login-submit")).click();
		JavascriptExecutor js = (JavascriptExecutor) this.driver;
		var summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#new-indicator summary")));
		// the form sits below the dashboard's tables: open it without relying on its
		// position
		js.executeScript("arguments[0].parentElement.open = true", summary);
		this.driver.findElement(By.id("indicator-code")).sendKeys(code);
		this.driver.findElement(By.id("indicator-name")).sendKeys(name);
		this.driver.findElement(By.id("indicator-target")).sendKeys("1");
		js.executeScript("arguments[0].value = '2026-12-31'", this.driver.findElement(By.id("indicator-deadline")));
		js.executeScript("arguments[0].form.requestSubmit(arguments[0])",
				this.driver.findElement(By.id("indicator-submit")));

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), name));
		assertThat(this.driver.findElement(By.id("dashboard-unit")).getText()).isEqualTo("Bộ Công an");
		assertThat(this.driver.findElement(By.tagName("body")).getText()).contains(code).contains("2026-12-31");
		BrowserSupport.screenshot(this.driver, "targets-new-indicator");

		// a province-level target set from the dashboard colours the provinces on the map
		new org.openqa.selenium.support.ui.Select(this.driver.findElement(By.id("target-level")))
			.selectByValue("PROVINCE");
		this.driver.findElement(By.id("target-value")).sendKeys("0.99");
		js.executeScript("arguments[0].value = '2026-12-31'", this.driver.findElement(By.id("target-deadline")));
		js.executeScript("arguments[0].form.requestSubmit(arguments[0])",
				this.driver.findElement(By.id("target-submit")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("indicator-targets"), "0.99"));
		assertThat(this.driver.findElement(By.id("indicator-targets")).getText()).contains("Tỉnh, thành phố");
		wait.until(ExpectedConditions.attributeToBe(By.id("province-map"), "data-drawn", "3"));
		assertThat(this.driver.findElements(By.cssSelector("#province-map path.leaflet-interactive")))
			.hasSizeGreaterThanOrEqualTo(3);
		assertThat(this.driver.findElement(By.id("province-map")).getText()).contains("(demo)").contains("%");
		assertThat(this.driver.findElements(By.cssSelector("#trend-chart svg circle.trend-point"))).isNotEmpty();
		// the whole page in one picture
		this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 2600));
		BrowserSupport.screenshot(this.driver, "targets-dashboard-trend-map");
	}

}

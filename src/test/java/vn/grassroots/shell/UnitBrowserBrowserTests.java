package vn.grassroots.shell;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person logs in, opens the tree, searches a unit, opens its page and switches
 * language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnitBrowserBrowserTests {

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
	void logsInBrowsesTheTreeSearchesOpensAUnitAndSwitchesLanguage() throws Exception {
		this.driver = BrowserSupport.start();
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(15));
		String base = "http://localhost:" + this.port;

		this.driver.get(base + "/units/tree");
		wait.until(ExpectedConditions.urlContains("/login"));
		BrowserSupport.screenshot(this.driver, "01-login");
		this.driver.findElement(By.id("username")).sendKeys("admin");
		this.driver.findElement(By.id("password")).sendKeys("demo");
		this.driver.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-tree")));
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Cây tổ chức");

		this.driver.findElement(By.cssSelector("#unit-tree [data-tree-toggle]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-tree"), "Tỉnh Hồng Lam (demo)"));
		BrowserSupport.screenshot(this.driver, "02-tree");

		this.driver.findElement(By.id("nav-units")).click();
		WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.id("unit-q")));
		search.sendKeys("hong lam");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-results"), "Tỉnh Hồng Lam (demo)"));
		BrowserSupport.screenshot(this.driver, "03-search");
		// live search may swap the results once more while typing settles: click the
		// fresh link
		wait.ignoring(StaleElementReferenceException.class).until((d) -> {
			d.findElement(By.linkText("Tỉnh Hồng Lam (demo)")).click();
			return true;
		});

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-name"), "Tỉnh Hồng Lam (demo)"));
		assertThat(this.driver.findElement(By.id("predecessors")).getText()).contains("Tỉnh Sông Lam (demo)")
			.contains("Tỉnh Bạch Đằng (demo)");
		assertThat(this.driver.getPageSource()).contains("Đơn vị tiền thân");
		BrowserSupport.screenshot(this.driver, "04-unit-vi");

		this.driver.findElement(By.id("lang-en")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Predecessors"));
		assertThat(this.driver.findElement(By.id("unit-name")).getText()).contains("Provincial police");
		BrowserSupport.screenshot(this.driver, "05-unit-en");
	}

}

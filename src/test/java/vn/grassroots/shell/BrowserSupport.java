package vn.grassroots.shell;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and ChromeDriver (installed by scripts/install-browser.sh), headless.
 * Tests skip with a message when they are absent locally, and fail in CI.
 */
public final class BrowserSupport {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private BrowserSupport() {
	}

	/**
	 * A headless Debian Chromium; skips locally (fails in CI) when it is not installed.
	 */
	public static WebDriver start() throws Exception {
		boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
		if (!present) {
			String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
					+ ": run scripts/install-browser.sh";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(message);
			}
			Assumptions.abort(message + " (skipping)");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1440,900",
				"--user-data-dir=" + Files.createTempDirectory("grassroots-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		return driver;
	}

	/**
	 * Scrolls the element to the middle of the window at once (Bootstrap makes scrolling
	 * smooth, and a click during the animation lands on another element), waits until it
	 * can be clicked and clicks it.
	 */
	public static void clickInView(WebDriver driver, WebElement element) {
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(element))
			.click();
	}

	/** Keeps a screenshot under target/screenshots for people to look at. */
	public static void screenshot(WebDriver driver, String name) throws Exception {
		Path dir = Path.of("target/screenshots");
		Files.createDirectories(dir);
		byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
		Files.write(dir.resolve(name + ".png"), png);
	}

}

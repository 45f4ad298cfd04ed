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
 * A province officer writes the narrative of the review report of Resolution 12 on its
 * page, saves it, finds it again, and sees the progress of the review chain on the
 * reports page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewPagesBrowserTests {

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
	void writesAndSavesTheNarrativeOfAReviewReport() throws Exception {
		this.driver = BrowserSupport.start();
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(15));
		this.driver.get("http://localhost:" + this.port + "/targets/documents");
		this.driver.findElement(By.id("username")).sendKeys("province");
		this.driver.findElement(By.id("password")).sendKeys("demo");
		this.driver.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Báo cáo sơ kết (DOCX, PDF)"))).click();

		String text = "Một số xã chưa bố trí đủ kinh phí xây trụ sở (kiểm tra " + System.nanoTime() % 10000 + ").";
		var shortcomings = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-shortcomings")));
		shortcomings.clear();
		shortcomings.sendKeys(text);
		this.driver.findElement(By.id("review-symbol")).clear();
		this.driver.findElement(By.id("review-symbol")).sendKeys("BC-CAT");
		((JavascriptExecutor) this.driver).executeScript("arguments[0].form.requestSubmit(arguments[0])",
				this.driver.findElement(By.id("review-save")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đã lưu nội dung báo cáo."));
		assertThat(this.driver.findElement(By.id("review-shortcomings")).getAttribute("value")).isEqualTo(text);
		assertThat(this.driver.findElement(By.id("review-pdf")).getAttribute("href")).contains("/review.pdf");
		BrowserSupport.screenshot(this.driver, "targets-review-narrative");

		this.driver.get("http://localhost:" + this.port + "/targets/reports");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-progress")));
		assertThat(this.driver.findElement(By.id("report-progress")).getText()).contains("Tỉnh, thành phố");
		BrowserSupport.screenshot(this.driver, "targets-reports-progress");
	}

}

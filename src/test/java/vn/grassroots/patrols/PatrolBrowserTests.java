package vn.grassroots.patrols;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.grassroots.shared.Dates;
import vn.grassroots.shell.BrowserSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer plans a roster shift, the patrol is logged from it on a phone-sized screen,
 * an incident found on the patrol is reported, acknowledged and resolved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PatrolBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	WebDriver driver;

	@AfterEach
	void quit() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void plansAShiftLogsThePatrolFromItAndReportsAnIncidentThatIsAcknowledgedAndResolved() throws Exception {
		long commune = this.jdbc.sql("select unit_id from acc_user where username = 'officer'")
			.query(Long.class)
			.single();
		long team = this.jdbc
			.sql("select max(team_id) from per_team where commune_id = :c and ended_on is null and demo = true")
			.param("c", commune)
			.query(Long.class)
			.single();
		LocalDate day = Dates.today().minusMonths(5).minusDays(3);
		this.driver = BrowserSupport.start();
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(20));
		String base = "http://localhost:" + this.port;

		this.driver.get(base + "/patrols/plans");
		wait.until(ExpectedConditions.urlContains("/login"));
		this.driver.findElement(By.id("username")).sendKeys("officer");
		this.driver.findElement(By.id("password")).sendKeys("demo");
		this.driver.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-form")));
		new Select(this.driver.findElement(By.id("plan-unit"))).selectByValue(Long.toString(team));
		this.driver.findElement(By.id("plan-title")).sendKeys("Tuần tra ban ngày khu chợ");
		this.driver.findElement(By.id("plan-area")).sendKeys("Khu chợ và bến xe");
		this.driver.findElement(By.id("plan-route")).sendKeys("Cổng chợ - bến xe - trường học");
		this.driver.findElement(By.id("plan-form")).submit();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("shift-form")));
		set("shift-date", day.toString());
		this.driver.get(this.driver.getCurrentUrl().replaceAll("[?#].*", "") + "?date=" + day);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("shift-form")));
		set("shift-start", "08:00");
		set("shift-end", "11:00");
		List<WebElement> members = this.driver.findElements(By.cssSelector(".member-check"));
		assertThat(members).hasSizeGreaterThanOrEqualTo(2);
		click(members.get(0));
		click(members.get(1));
		BrowserSupport.screenshot(this.driver, "patrols-01-plan");
		this.driver.findElement(By.id("shift-form")).submit();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#shift-table .log-shift")));

		set("shift-date", day.toString());
		set("shift-start", "10:00");
		set("shift-end", "12:00");
		click(this.driver.findElements(By.cssSelector(".member-check")).get(0));
		this.driver.findElement(By.id("shift-form")).submit();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("shift-refusal")));
		assertThat(this.driver.findElement(By.id("form-problems")).getText()).contains("08:00").contains("10:00");
		BrowserSupport.screenshot(this.driver, "patrols-02-double-booking-refused");

		this.driver.findElement(By.cssSelector("#shift-table .log-shift")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("log-form")));
		this.driver.manage().window().setSize(new Dimension(390, 844));
		assertThat(this.driver.findElement(By.id("from-shift")).getText()).contains("08:00");
		assertThat(this.driver.findElements(By.cssSelector(".participant-check:checked"))).hasSize(2);
		this.driver.findElement(By.id("log-findings"))
			.sendKeys("Phát hiện xe máy không chính chủ để lâu ngày ở bến xe.");
		BrowserSupport.screenshot(this.driver, "patrols-03-log-entry-390px");
		assertThat(((Number) ((JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
		this.driver.findElement(By.id("log-form")).submit();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("log-detail")));
		assertThat(this.driver.findElement(By.id("log-participants")).getText()).isNotBlank();
		this.driver.manage().window().setSize(new Dimension(1280, 1000));
		this.driver.findElement(By.id("incident-description")).sendKeys("Xe máy không chính chủ, nghi tang vật");
		BrowserSupport.screenshot(this.driver, "patrols-04-log-detail");
		this.driver.findElement(By.id("incident-form")).submit();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("action-ACKNOWLEDGE")));
		String incidentUrl = this.driver.getCurrentUrl();
		this.driver.findElement(By.id("action-ACKNOWLEDGE")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("action-START"))).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("action-RESOLVE")));
		this.driver.findElement(By.id("note-RESOLVE")).sendKeys("Đã bàn giao cho chủ xe");
		this.driver.findElement(By.id("action-RESOLVE")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-text"), "Đã giải quyết"));

		this.driver.get(base + "/patrols/logs?from=" + day + "&to=" + day + "&unitId=" + team);
		this.driver.findElement(By.cssSelector("#log-table .log-link")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("log-incidents")));
		String incidentId = incidentUrl.replaceAll(".*/", "");
		assertThat(this.driver.findElement(By.id("log-incidents")).getText()).contains("#" + incidentId);

		this.driver.get(base + "/patrols/roster?unitId=" + commune);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("roster-table")));
		BrowserSupport.screenshot(this.driver, "patrols-05-roster");
		this.driver.get(base + "/patrols/stats?month=" + day.toString().substring(0, 7));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("team-stats")));
		BrowserSupport.screenshot(this.driver, "patrols-06-stats");
		this.driver.get(base + "/patrols/roster/print?unitId=" + team + "&week=" + day);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("print-table")));
		assertThat(this.driver.findElement(By.id("print-table")).getText()).contains("08:00");
		BrowserSupport.screenshot(this.driver, "patrols-07-print");
		this.driver.get(base + "/patrols/logs");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("log-table")));
		BrowserSupport.screenshot(this.driver, "patrols-08-logs");
	}

	private void set(String id, String value) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1]",
				this.driver.findElement(By.id(id)), value);
	}

	private void click(WebElement element) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].click()", element);
	}

}

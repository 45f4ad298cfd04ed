package vn.grassroots.emulation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.grassroots.shell.BrowserSupport;
import vn.grassroots.shared.Dates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commune chief, in a browser: nominates a member of the commune for the commune
 * chairman's certificate of merit under a movement, records the council's vote, records
 * the decision; the movement's public honour page, opened without logging in, then shows
 * the member. A member without the required classification is refused with the reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NominationToHonourRollBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	WebDriver driver;

	WebDriverWait wait;

	@AfterEach
	void quit() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	long member(String name, String grade) {
		long commune = this.jdbc.sql("select unit_id from acc_user where username = 'chief'")
			.query(Long.class)
			.single();
		String citizenId = String.format("09993%07d", System.nanoTime() % 10_000_000);
		this.jdbc.sql("insert into per_member (commune_id, full_name, search_name, birth_date, sex, citizen_id,"
				+ " education, created_by, created_at) values (:c, :n, :n, '1980-03-03', 'FEMALE', :cid, 'UPPER_SECONDARY',"
				+ " 'test', :at)")
			.param("c", commune)
			.param("n", name)
			.param("cid", citizenId)
			.param("at", Timestamp.from(Instant.now()))
			.update();
		long id = this.jdbc.sql("select id from per_member where citizen_id = :cid")
			.param("cid", citizenId)
			.query(Long.class)
			.single();
		if (grade != null) {
			this.jdbc
				.sql("insert into per_classification (review_year, subject_kind, subject_id, commune_id, months, share,"
						+ " computed_grade, final_grade, decided_by, decided_at) values (:y, 'MEMBER', :s, :c, 12, 96,"
						+ " :g, :g, 'test', :at)")
				.param("y", Dates.today().getYear())
				.param("s", id)
				.param("c", commune)
				.param("g", grade)
				.param("at", Timestamp.from(Instant.now()))
				.update();
		}
		return id;
	}

	@Test
	void nominatesVotesDecidesAndShowsTheMemberOnThePublicHonourRoll() throws Exception {
		this.driver = BrowserSupport.start();
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(15));
		this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		String base = "http://localhost:" + this.port;
		String name = "Trần Thị Vinh Danh " + (System.nanoTime() % 100000);
		String ungraded = "Lê Chưa Xếp Loại " + (System.nanoTime() % 100000);
		long member = member(name, "EXCELLENT");
		long other = member(ungraded, null);

		this.driver.get(base + "/emulation");
		this.driver.findElement(By.id("username")).sendKeys("chief");
		this.driver.findElement(By.id("password")).sendKeys("demo");
		this.driver.findElement(By.cssSelector("form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-movement")));
		this.driver.findElement(By.cssSelector("#new-movement summary")).click();
		String movementName = "Thi đua cao điểm " + (System.nanoTime() % 100000);
		this.driver.findElement(By.id("mv-name")).sendKeys(movementName);
		this.driver.findElement(By.id("mv-doc")).sendKeys("09/KH-CAX");
		date("mv-docdate", Dates.today().withDayOfYear(1).toString());
		date("mv-from", Dates.today().withDayOfYear(1).toString());
		date("mv-to", Dates.today().withDayOfYear(1).plusYears(1).minusDays(1).toString());
		this.driver.findElement(By.id("mv-level-MEMBER")).click();
		this.driver.findElement(By.cssSelector("#new-movement button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("movement-name"), movementName));
		String honourUrl = this.driver.findElement(By.id("honour-link")).getAttribute("href");

		this.driver.get(base + "/emulation/nominations");
		nominate(ungraded, movementName);
		WebElement problem = this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("problem")));
		assertThat(problem.getText()).contains("không đủ điều kiện").contains("Hoàn thành tốt nhiệm vụ");
		BrowserSupport.screenshot(this.driver, "emulation-01-not-eligible");

		this.driver.get(base + "/emulation/nominations");
		nominate(name, movementName);
		WebElement row = nominationRow(name);
		assertThat(row.getAttribute("data-status")).isEqualTo("PROPOSED");
		row.findElement(By.name("present")).sendKeys("7");
		row.findElement(By.name("votesFor")).sendKeys("6");
		WebElement vote = row.findElement(By.cssSelector(".vote-form button"));
		BrowserSupport.clickInView(this.driver, vote);
		this.wait.until((d) -> "APPROVED".equals(nominationRow(name).getAttribute("data-status")));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dc-number")));
		BrowserSupport.screenshot(this.driver, "emulation-02-approved");

		BrowserSupport.clickInView(this.driver, nominationRow(name).findElement(By.name("nominationIds")));
		this.driver.findElement(By.id("dc-number")).sendKeys("21/QĐ-CAX");
		this.driver.findElement(By.id("dc-signer")).sendKeys("Trưởng Công an xã");
		this.driver.findElement(By.id("dc-title")).sendKeys("khen thưởng đợt thi đua cao điểm");
		WebElement submit = this.driver.findElement(By.id("dc-submit"));
		BrowserSupport.clickInView(this.driver, submit);
		this.wait.until((d) -> "DECIDED".equals(nominationRow(name).getAttribute("data-status")));
		assertThat(nominationRow(name).getText()).contains("21/QĐ-CAX");
		BrowserSupport.screenshot(this.driver, "emulation-03-decided");

		long demo = this.jdbc.sql("select min(id) from emu_movement where created_by = 'demo'")
			.query(Long.class)
			.single();
		this.driver.get(base + "/emulation/movements/" + demo);
		assertThat(this.driver.findElement(By.id("ranking-MEMBER")).getText()).contains("1");
		BrowserSupport.screenshot(this.driver, "emulation-05-demo-movement");
		((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeScript("document.documentElement.style.scrollBehavior = 'auto';"
					+ " document.getElementById('ranking').scrollIntoView(true)");
		BrowserSupport.screenshot(this.driver, "emulation-05-demo-ranking");
		this.driver.get(base + "/emulation/forms");
		BrowserSupport.screenshot(this.driver, "emulation-06-forms");
		this.driver.get(base + "/emulation/mobilisation");
		assertThat(this.driver.findElement(By.id("models")).getText()).contains("Camera an ninh");
		BrowserSupport.screenshot(this.driver, "emulation-07-mobilisation");
		this.driver.get(base + "/emulation/movements/" + demo + "?lang=en");
		BrowserSupport.screenshot(this.driver, "emulation-08-demo-movement-en");
		this.driver.get(base + "/emulation?lang=vi");

		this.driver.manage().deleteAllCookies();
		this.driver.get(honourUrl);
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("honour-roll"), name));
		assertThat(this.driver.findElement(By.id("honour-movement")).getText()).isEqualTo(movementName);
		assertThat(this.driver.findElement(By.id("honour-roll")).getText()).contains("Giấy khen của Chủ tịch UBND xã")
			.doesNotContain(ungraded);
		BrowserSupport.screenshot(this.driver, "emulation-04-honour-roll");
		assertThat(member).isNotEqualTo(other);
	}

	void nominate(String name, String movementName) {
		new Select(this.driver.findElement(By.id("nm-form"))).selectByValue("GIAY_KHEN_CHU_TICH_XA");
		new Select(this.driver.findElement(By.id("nm-subject"))).selectByVisibleText(name);
		new Select(this.driver.findElement(By.id("nm-movement"))).selectByVisibleText(movementName);
		this.driver.findElement(By.id("nm-achievements")).sendKeys("Phát hiện, báo tin kịp thời vụ trộm cắp");
		this.driver.findElement(By.cssSelector("#nominate-member button[type=submit]")).click();
	}

	WebElement nominationRow(String name) {
		return this.wait.until((d) -> d.findElements(By.cssSelector("#nominations tbody tr"))
			.stream()
			.filter((r) -> r.getText().contains(name))
			.findFirst()
			.orElse(null));
	}

	void date(String id, String iso) {
		((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, iso);
	}

}

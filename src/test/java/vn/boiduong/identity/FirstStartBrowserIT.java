package vn.boiduong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.boiduong.support.BrowserTest;
import vn.boiduong.support.RequiresExternal;
import vn.boiduong.support.TestDatabaseConfig;

/**
 * A new installation in a real browser: the first administrator signs in, is offered the agency
 * to create, gets the messages beside the fields for what is missing, creates it, and adds the
 * Office. Its own empty database, as FirstStartIT.
 */
@ExtendWith(RequiresExternal.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfig.class)
class FirstStartBrowserIT {

    @LocalServerPort
    int port;
    WebDriver browser;
    WebDriverWait wait;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        FirstStartIT.freshDatabase(registry, "firstbrowser");
    }

    @BeforeEach
    void startBrowser() {
        browser = BrowserTest.headlessChromium();
        wait = BrowserTest.waitFor(browser);
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private WebElement field(String id) {
        return browser.findElement(By.id(id));
    }

    private void type(String id, String text) {
        field(id).clear();
        field(id).sendKeys(text);
    }

    @Test
    void theFirstAdministratorCreatesTheAgencyAndItsOfficeInTheBrowser() throws Exception {
        open("/login");
        field("username").sendKeys("admin");
        field("password").sendKeys(FirstStartIT.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));

        open("/admin/agency");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tạo cơ quan");
        assertThat(browser.getTitle()).contains("Tạo cơ quan");

        // nothing typed but a code with spaces: each message beside its field, the text kept
        type("code", "s t p");
        click(browser.findElement(By.cssSelector("form[action$='/admin/agency/new'] button[type=submit]")));
        wait.until(d -> !d.findElements(By.cssSelector("#code.is-invalid")).isEmpty());
        assertThat(browser.findElement(By.id("code-err")).getText()).startsWith("Mã cơ quan gồm 2–20 chữ cái");
        assertThat(browser.findElement(By.id("name-err")).getText()).isEqualTo("Tên cơ quan là bắt buộc.");
        assertThat(browser.findElement(By.id("placeName-err")).getText()).isEqualTo("Địa danh là bắt buộc.");
        assertThat(field("code").getAttribute("value")).isEqualTo("s t p");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/first-start-errors.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        type("code", "stp");
        type("name", "Sở Tư pháp");
        type("parentName", "Ủy ban nhân dân tỉnh Bắc Ninh");
        type("placeName", "Bắc Ninh");
        type("signerName", "Hoàng Văn Ký");
        click(browser.findElement(By.cssSelector("form[action$='/admin/agency/new'] button[type=submit]")));
        // the installation's list of agencies: the new one, without an administrator yet
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Các cơ quan"));
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).isEqualTo("Đã lưu.");
        assertThat(browser.findElement(By.cssSelector("#agencies tbody tr")).getText()).contains("STP")
                .contains("Sở Tư pháp").contains("Chưa có");
        new org.openqa.selenium.support.ui.Select(field("agencyId")).selectByVisibleText("STP — Sở Tư pháp");
        type("username", "qt.stp");
        type("fullName", "Đinh Thị Quản");
        type("password", "QuanTri@2026");
        click(browser.findElement(By.cssSelector("form[action$='/admin/agencies/administrators'] button[type=submit]")));
        wait.until(d -> !d.findElements(By.cssSelector(".alert-success")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#agencies tbody tr")).getText()).contains("Đinh Thị Quản");

        // the agency's administrator signs in and adds the Office
        browser.manage().deleteAllCookies();
        open("/login");
        field("username").sendKeys("qt.stp");
        field("password").sendKeys("QuanTri@2026");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        open("/admin/agency");
        wait.until(d -> d.findElement(By.tagName("h1")).getText().contains("STP"));
        assertThat(field("name").getAttribute("value")).isEqualTo("Sở Tư pháp");
        assertThat(field("signerName").getAttribute("value")).isEqualTo("Hoàng Văn Ký");

        type("code", "VP");
        type("unitName", "Văn phòng Sở");
        click(field("office"));
        click(browser.findElement(By.cssSelector("form[action$='/admin/agency/units'] button[type=submit]")));
        wait.until(d -> d.findElements(By.cssSelector("table tbody tr")).size() == 1);
        assertThat(browser.findElement(By.cssSelector("table tbody tr")).getText()).contains("VP")
                .contains("Văn phòng Sở").contains("✓");
        Files.write(Path.of("target/first-start-agency.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }
}

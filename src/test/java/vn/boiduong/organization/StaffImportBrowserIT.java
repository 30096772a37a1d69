package vn.boiduong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.boiduong.fixtures.StaffWorkbooks;
import vn.boiduong.support.Api;
import vn.boiduong.support.BrowserTest;

/** The Office specialist imports a file in Chromium, watches it finish, and finds the new person. */
class StaffImportBrowserIT extends BrowserTest {

    @Test
    void chuyenvienImportsAFileAndFindsTheNewStaffMember() throws Exception {
        String code = "BR" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        String name = "Khổng Thị Ngọc Diệp";
        List<Object> row = StaffWorkbooks.validRow(1, "VP", code);
        row.set(StaffWorkbooks.NAME, name);
        Path file = Files.createTempFile("nhap-can-bo-", ".xlsx");
        try {
            Files.write(file, StaffWorkbooks.workbook(List.of(row)));

            signIn("chuyenvien", Api.DEMO_PASSWORD);
            open("/staff");
            click(browser.findElement(By.cssSelector("a.btn[href='/staff/import']")));
            wait.until(d -> d.getCurrentUrl().endsWith("/staff/import"));
            assertThat(browser.findElement(By.id("template-link")).getAttribute("href"))
                    .endsWith("/staff/import/template.xlsx");

            browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            click(browser.findElement(By.cssSelector("#import-form button[type=submit]")));

            wait.until(d -> "DONE".equals(d.findElement(By.id("import-progress")).getAttribute("data-status")));
            assertThat(browser.findElement(By.id("import-done")).getText()).contains("Đã nhập 1 cán bộ mới");
            WebElement bar = browser.findElement(By.cssSelector("#import-progress .progress-bar"));
            assertThat(bar.getAttribute("data-progress")).isEqualTo("100");
            assertThat(bar.getAttribute("style")).as("width set by app.js, not inline").contains("100%");

            open("/staff?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
            String table = browser.findElement(By.id("staff-table")).getText();
            assertThat(table).contains(name).contains(code);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}

package vn.boiduong.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.boiduong.support.BrowserTest;

/** In Chromium: the administrator sees the flowchart, opens the procedure and adds a revision. */
class ProcedureBrowserIT extends BrowserTest {

    @Test
    void adminSeesTheFlowchartAndAddsARevision() {
        signIn("admin", "DemoBD@2026");
        open("/");
        List<WebElement> boxes = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".flow .flow-step"), 7));
        assertThat(boxes.get(0).getText()).contains("B1", "Xác định nhu cầu đào tạo, bồi dưỡng");
        assertThat(boxes.get(2).getText()).contains("B3", "Trước 3 ngày");
        assertThat(browser.findElements(By.cssSelector(".flow-step.current"))).hasSize(1);
        assertThat(browser.findElement(By.id("current-step")).getText()).startsWith("Bước hiện tại: B");

        click(browser.findElement(By.linkText("Xem toàn văn quy trình")));
        wait.until(ExpectedConditions.urlContains("/procedure"));
        assertThat(browser.findElement(By.id("doc-code")).getText()).isEqualTo("QT.VP.05");
        assertThat(browser.findElements(By.cssSelector("#flow-table tbody tr"))).hasSize(7);

        String request = "Bổ sung hướng dẫn lưu hồ sơ điện tử " + System.nanoTime();
        browser.findElement(By.id("request")).sendKeys(request);
        browser.findElement(By.id("section")).sendKeys("7. Hồ sơ lưu");
        browser.findElement(By.id("description")).sendKeys("Hồ sơ được lưu cả bản giấy và bản điện tử.");
        browser.findElement(By.id("issueLabel")).sendKeys("01/02");
        browser.findElement(By.id("revisionDate")).sendKeys("01/07/2026");
        click(browser.findElement(By.cssSelector("#revision-form button[type=submit]")));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("revision-table"), request));
        WebElement row = browser.findElement(By.xpath("//table[@id='revision-table']//tr[td[1][normalize-space()='"
                + request + "']]"));
        assertThat(row.getText()).contains("7. Hồ sơ lưu", "01/02", "01/07/2026");
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("Đã thêm sửa đổi");
    }
}

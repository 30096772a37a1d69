package vn.boiduong.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.boiduong.fixtures.NeedFixtures;
import vn.boiduong.support.BrowserTest;

/** B1–B2 in a real browser: a unit head's need goes to the Office, back with a reason, and is accepted. */
class NeedsBrowserIT extends BrowserTest {

    private String status() {
        return browser.findElement(By.id("need-status")).getText();
    }

    private void switchTo(String user) {
        browser.manage().deleteAllCookies();
        signIn(user, "Demo@123");
    }

    @Test
    void needIsCreatedSubmittedReturnedCorrectedAndAccepted() {
        String title = NeedFixtures.uniqueTitle("Bồi dưỡng kỹ năng số cho công chức một cửa");
        signIn("tp.cchc", "Demo@123");
        open("/needs");
        click(browser.findElement(By.id("new-need")));
        wait.until(ExpectedConditions.urlContains("/needs/new"));
        browser.findElement(By.id("title")).sendKeys(title);
        new Select(browser.findElement(By.id("category"))).selectByValue("POLITICAL_THEORY");
        // htmx fills the levels of the chosen category
        wait.until(d -> !d.findElements(By.cssSelector("#level option[value=INTERMEDIATE]")).isEmpty());
        new Select(browser.findElement(By.id("level"))).selectByValue("INTERMEDIATE");
        browser.findElement(By.id("headcount")).sendKeys("3");
        browser.findElement(By.id("estimatedCost")).sendKeys("1.250.000");
        new Select(browser.findElement(By.id("plannedQuarter"))).selectByValue("2");
        click(browser.findElement(By.id("save-need")));
        wait.until(ExpectedConditions.urlMatches("/needs/\\d+$"));
        String needUrl = browser.getCurrentUrl().replace(baseUrl(), "");
        assertThat(status()).isEqualTo("Nháp");
        assertThat(browser.findElement(By.id("need-cost")).getText()).isEqualTo("1.250.000 đ");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Trung cấp");
        click(browser.findElement(By.id("submit-need")));
        wait.until(d -> status().equals("Đã gửi"));

        switchTo("chuyenvien");
        open(needUrl);
        assertThat(browser.findElements(By.id("edit-card"))).isEmpty();
        click(browser.findElement(By.id("return-need")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reason-err")));
        assertThat(browser.findElement(By.id("reason-err")).getText()).contains("lý do");
        browser.findElement(By.id("reason")).sendKeys("Đề nghị ghi rõ kinh phí theo định mức của Trường Chính trị");
        click(browser.findElement(By.id("return-need")));
        wait.until(d -> status().equals("Bị trả lại"));

        switchTo("tp.cchc");
        assertThat(browser.findElement(By.id("unread-count")).getText()).isNotBlank();
        open(needUrl);
        WebElement reason = browser.findElement(By.id("return-reason"));
        assertThat(reason.getText()).contains("Đề nghị ghi rõ kinh phí theo định mức của Trường Chính trị");
        WebElement cost = browser.findElement(By.id("estimatedCost"));
        assertThat(cost.getAttribute("value")).isEqualTo("1.250.000");
        cost.clear();
        cost.sendKeys("2.400.000");
        click(browser.findElement(By.id("save-need")));
        wait.until(d -> d.findElement(By.id("need-cost")).getText().equals("2.400.000 đ"));
        WebElement resubmit = browser.findElement(By.id("submit-need"));
        assertThat(resubmit.getText()).isEqualTo("Gửi lại Văn phòng");
        click(resubmit);
        wait.until(d -> status().equals("Đã gửi"));
        assertThat(browser.findElements(By.id("return-reason"))).isEmpty();

        switchTo("chuyenvien");
        open(needUrl);
        click(browser.findElement(By.id("accept-need")));
        wait.until(d -> status().equals("Đã tiếp nhận"));

        open("/needs/consolidation?year=" + LocalDate.now().getYear());
        WebElement table = browser.findElement(By.id("summary-table"));
        assertThat(table.getText()).contains(title).contains("Phòng Cải cách hành chính").contains("2.400.000 đ");
    }

    @Test
    void unitHeadStartsANeedFromACompetencyGapWithOneClick() {
        signIn("tp.cchc", "Demo@123");
        long cchc = NeedFixtures.unitId(api(), "CCHC");
        open("/units/" + cchc + "/gaps");
        WebElement plus = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#gap-table form.need-from-gap button")));
        String label = plus.getAttribute("aria-label");
        assertThat(label).startsWith("Lập nhu cầu bồi dưỡng cho ");
        click(plus);
        wait.until(ExpectedConditions.urlMatches("/needs/\\d+$"));
        assertThat(status()).isEqualTo("Nháp");
        String main = browser.findElement(By.tagName("main")).getText();
        assertThat(main).contains("Đã lập bản nháp từ khoảng cách năng lực").contains("Bồi dưỡng")
                .contains("Khoảng cách năng lực");
        // the person of the gap is named; the unit adds the cost and sends it
        assertThat(browser.findElement(By.id("need-headcount")).getText()).isEqualTo("1");
        WebElement cost = browser.findElement(By.id("estimatedCost"));
        cost.clear();
        cost.sendKeys("3.500.000");
        click(browser.findElement(By.id("save-need")));
        wait.until(d -> d.findElement(By.id("need-cost")).getText().equals("3.500.000 đ"));
        click(browser.findElement(By.id("submit-need")));
        wait.until(d -> status().equals("Đã gửi"));
    }
}

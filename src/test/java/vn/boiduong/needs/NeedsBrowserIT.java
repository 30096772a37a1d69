package vn.boiduong.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;
import vn.boiduong.fixtures.NeedFixtures;
import vn.boiduong.support.BrowserTest;

/**
 * B1–B2 in a real browser: a unit head's need goes to the Office, back with a reason, and is accepted;
 * the Office merges accepted needs into a consolidated line.
 */
class NeedsBrowserIT extends BrowserTest {

    private String status() {
        return browser.findElement(By.id("need-status")).getText();
    }

    private void switchTo(String user) {
        browser.manage().deleteAllCookies();
        signIn(user, "DemoBD@2026");
    }

    @Test
    void needIsCreatedSubmittedReturnedCorrectedAndAccepted() {
        String title = NeedFixtures.uniqueTitle("Bồi dưỡng kỹ năng số cho công chức một cửa");
        signIn("tp.cchc", "DemoBD@2026");
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
        resubmit();

        switchTo("chuyenvien");
        open(needUrl);
        click(browser.findElement(By.id("accept-need")));
        wait.until(d -> status().equals("Đã tiếp nhận"));

        open("/needs/consolidation?year=" + LocalDate.now().getYear());
        WebElement table = browser.findElement(By.id("summary-table"));
        assertThat(table.getText()).contains(title).contains("Phòng Cải cách hành chính").contains("2.400.000 đ");
    }

    /**
     * The story of B1–B2 in one run: a unit head goes from a gap of the competency table to a
     * submitted need; the Office returns it with a reason; the unit head reads the reason, corrects
     * and resubmits; the Office accepts it and merges it with a similar need of another unit into
     * one consolidated line.
     */
    @Test
    void unitHeadGoesFromAGapToASubmittedNeedThatTheOfficeReturnsAcceptsAndConsolidates() {
        // the gap table goes up to five years ahead; no other test uses this year
        int year = LocalDate.now().getYear() + 3;
        long cchc = NeedFixtures.unitId(api(), "CCHC");
        String reason = "Đề nghị ghi rõ quý tổ chức và kinh phí theo định mức của Trường Chính trị";

        // the unit head: from the home page to the unit's gaps, for the year of the plan
        signIn("tp.cchc", "DemoBD@2026");
        open("/");
        click(browser.findElement(By.cssSelector(".todo-list a[href='/units/" + cchc + "/gaps']")));
        wait.until(ExpectedConditions.urlContains("/units/" + cchc + "/gaps"));
        WebElement yearInput = browser.findElement(By.id("year"));
        yearInput.clear();
        yearInput.sendKeys(String.valueOf(year));
        click(browser.findElement(By.cssSelector("#gap-filter button[type=submit]")));
        wait.until(ExpectedConditions.urlContains("year=" + year));
        WebElement plus = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#gap-table form.need-from-gap button")));
        assertThat(plus.getAttribute("aria-label")).startsWith("Lập nhu cầu bồi dưỡng cho ");
        click(plus);
        wait.until(ExpectedConditions.urlMatches("/needs/\\d+$"));
        String needUrl = browser.getCurrentUrl().replace(baseUrl(), "");
        long id = Long.parseLong(needUrl.substring("/needs/".length()));
        assertThat(status()).isEqualTo("Nháp");
        assertThat(badgeClass()).contains("text-bg-secondary");
        assertThat(main()).contains("Đã lập bản nháp từ khoảng cách năng lực", "Khoảng cách năng lực",
                String.valueOf(year), "Phòng Cải cách hành chính");
        // the person of the gap is named; the unit adds the time and the cost and sends it
        assertThat(browser.findElement(By.id("need-headcount")).getText()).isEqualTo("1");
        setCost("3.500.000");
        new Select(browser.findElement(By.id("plannedQuarter"))).selectByValue("3");
        click(browser.findElement(By.id("save-need")));
        wait.until(d -> d.findElement(By.id("need-cost")).getText().equals("3.500.000 đ"));
        assertThat(browser.findElement(By.id("submit-need")).getText()).isEqualTo("Gửi Văn phòng");
        click(browser.findElement(By.id("submit-need")));
        wait.until(d -> status().equals("Đã gửi"));
        assertThat(browser.findElements(By.id("edit-card"))).isEmpty();
        JsonNode need = api().as("tp.cchc").get("/api/v1/needs/" + id).json();
        String title = need.get("title").asString();
        assertThat(need.get("year").asInt()).isEqualTo(year);

        // the Office: from the submitted needs of the year to this one, returned with a reason
        switchTo("chuyenvien");
        open("/needs?year=" + year + "&status=SUBMITTED");
        assertThat(listBadge(id).getText()).isEqualTo("Đã gửi");
        click(browser.findElement(By.cssSelector("#needs-table a[href='" + needUrl + "']")));
        wait.until(ExpectedConditions.urlMatches(needUrl + "$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        browser.findElement(By.id("reason")).sendKeys(reason);
        click(browser.findElement(By.id("return-need")));
        wait.until(d -> status().equals("Bị trả lại"));
        assertThat(badgeClass()).contains("text-bg-warning");

        // the unit head sees the reason, corrects the need and sends it again
        switchTo("tp.cchc");
        assertThat(browser.findElement(By.id("unread-count")).getText()).isNotBlank();
        open("/needs?year=" + year);
        WebElement returned = listBadge(id);
        assertThat(returned.getText()).isEqualTo("Bị trả lại");
        assertThat(returned.getAttribute("class")).contains("text-bg-warning");
        click(browser.findElement(By.cssSelector("#needs-table a[href='" + needUrl + "']")));
        wait.until(ExpectedConditions.urlMatches(needUrl + "$"));
        WebElement shownReason = browser.findElement(By.cssSelector("#return-reason .return-reason-text"));
        assertThat(shownReason.getText()).isEqualTo(reason);
        assertThat(browser.findElement(By.id("return-reason")).getText())
                .contains("Văn phòng đã trả lại nhu cầu này");
        assertThat(browser.findElement(By.id("estimatedCost")).getAttribute("value")).isEqualTo("3.500.000");
        setCost("4.200.000");
        new Select(browser.findElement(By.id("plannedQuarter"))).selectByValue("2");
        click(browser.findElement(By.id("save-need")));
        wait.until(d -> d.findElement(By.id("need-cost")).getText().equals("4.200.000 đ"));
        assertThat(main()).contains("Quý 2");
        resubmit();

        // the Office accepts the resubmission
        switchTo("chuyenvien");
        open(needUrl);
        assertThat(status()).isEqualTo("Đã gửi");
        click(browser.findElement(By.id("accept-need")));
        wait.until(d -> status().equals("Đã tiếp nhận"));
        assertThat(badgeClass()).contains("text-bg-success");

        // meanwhile another unit's similar need of the same category and level was accepted
        Map<String, Object> similar = NeedFixtures.with(NeedFixtures.need(NeedFixtures.unitId(api(), "TCBC"),
                "Bồi dưỡng nâng cao cho công chức phòng Tổ chức"), "year", year, "category",
                need.get("category").asString(), "headcount", 4, "estimatedCost", 6_000_000, "plannedQuarter", 2);
        JsonNode level = need.get("level");
        if (level != null && !level.isNull()) {
            similar.put("level", level.asString());
        }
        long other = NeedFixtures.accepted(api(), "tp.tccb", similar);

        // from the accepted needs to the consolidated list, where the Office merges the two
        open("/needs?year=" + year + "&status=ACCEPTED");
        assertThat(listBadge(id).getText()).isEqualTo("Đã tiếp nhận");
        assertThat(listBadge(other).getText()).isEqualTo("Đã tiếp nhận");
        click(browser.findElement(By.cssSelector("a[href='/needs/consolidation']")));
        wait.until(ExpectedConditions.urlContains("/needs/consolidation"));
        WebElement consolidationYear = browser.findElement(By.id("year"));
        consolidationYear.clear();
        consolidationYear.sendKeys(String.valueOf(year));
        click(browser.findElement(By.cssSelector("form[action='/needs/consolidation'] button[type=submit]")));
        wait.until(ExpectedConditions.urlContains("year=" + year));
        assertThat(browser.findElements(By.cssSelector("#summary-table tbody.summary-line"))).hasSize(2);
        assertThat(browser.findElement(By.id("total-headcount")).getText()).isEqualTo("5");
        click(browser.findElement(By.id("merge-" + id)));
        click(browser.findElement(By.id("merge-" + other)));
        String merged = "Bồi dưỡng theo khoảng cách năng lực cho công chức các phòng";
        browser.findElement(By.id("merge-title")).sendKeys(merged);
        click(browser.findElement(By.id("merge-button")));
        wait.until(d -> d.findElement(By.tagName("main")).getText().contains("Đã gộp 2 nhu cầu vào dòng «" + merged
                + "»."));

        java.util.List<WebElement> lines = browser.findElements(By.cssSelector("#summary-table tbody.summary-line"));
        assertThat(lines).hasSize(1);
        WebElement line = lines.get(0);
        assertThat(line.getAttribute("data-line")).isNotBlank();
        assertThat(line.findElement(By.className("line-title")).getText()).isEqualTo(merged);
        assertThat(line.findElement(By.cssSelector(".badge.text-bg-info")).getText()).isEqualTo("Gộp từ 2 nhu cầu");
        assertThat(line.findElement(By.className("line-headcount")).getText()).isEqualTo("5");
        assertThat(line.findElement(By.className("line-cost")).getText()).isEqualTo("10.200.000 đ");
        WebElement head = line.findElement(By.cssSelector("tr.table-light"));
        assertThat(head.getText()).contains("2: Phòng Cải cách hành chính; Phòng Tổ chức, biên chế và Tổ chức phi "
                + "chính phủ").contains("Quý 2");
        // the originals stay under the line, linked, and can no longer be picked for another merge
        java.util.List<WebElement> sources = line.findElements(By.cssSelector("tr.source-need"));
        assertThat(sources).hasSize(2);
        assertThat(line.getText()).contains(title, "Bồi dưỡng nâng cao cho công chức phòng Tổ chức", "4.200.000 đ",
                "6.000.000 đ");
        assertThat(browser.findElements(By.id("merge-" + id))).isEmpty();
        assertThat(line.findElements(By.cssSelector("button.unmerge"))).hasSize(1);
        assertThat(browser.findElement(By.id("total-headcount")).getText()).isEqualTo("5");
        assertThat(browser.findElement(By.id("total-cost")).getText()).isEqualTo("10.200.000 đ");
        assertThat(api().as("chuyenvien").get("/api/v1/needs/" + id).json().get("consolidatedNeedId").asLong())
                .isEqualTo(Long.parseLong(line.getAttribute("data-line")));
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private String badgeClass() {
        return browser.findElement(By.id("need-status")).getAttribute("class");
    }

    private void setCost(String amount) {
        WebElement cost = browser.findElement(By.id("estimatedCost"));
        cost.clear();
        cost.sendKeys(amount);
    }

    /** The status badge of a need in the needs table of the page. */
    private WebElement listBadge(long needId) {
        return browser.findElement(By.xpath("//table[@id='needs-table']//a[@href='/needs/" + needId
                + "']/ancestor::tr//span[contains(@class,'badge')]"));
    }

    /** The unit head sends a returned need again: the button says so, and the reason goes away. */
    private void resubmit() {
        WebElement resubmit = browser.findElement(By.id("submit-need"));
        assertThat(resubmit.getText()).isEqualTo("Gửi lại Văn phòng");
        click(resubmit);
        wait.until(d -> status().equals("Đã gửi"));
        assertThat(browser.findElements(By.id("return-reason"))).isEmpty();
    }
}

package vn.boiduong.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.boiduong.support.BrowserTest;

/** tp.cchc opens the gap table of their own unit and sees coloured cells that also say their numbers. */
class CompetencyGapBrowserIT extends BrowserTest {

    @Test
    void unitHeadSeesColouredGapCellsOfOwnUnit() {
        signIn("tp.cchc", "DemoBD@2026");
        open("/staff");
        click(browser.findElement(By.linkText("Khoảng cách năng lực")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gap-table")));
        assertThat(browser.getTitle()).contains("Phòng Cải cách hành chính");

        List<WebElement> met = browser.findElements(By.cssSelector("#gap-table td.gap-0"));
        List<WebElement> short1 = browser.findElements(By.cssSelector("#gap-table td.gap-1"));
        List<WebElement> short2 = browser.findElements(By.cssSelector("#gap-table td.gap-2plus"));
        assertThat(met).isNotEmpty();
        assertThat(short1.size() + short2.size()).isPositive();
        WebElement gapCell = short2.isEmpty() ? short1.get(0) : short2.get(0);
        String metColour = met.get(0).getCssValue("background-color");
        String gapColour = gapCell.getCssValue("background-color");
        assertThat(metColour).isNotIn("rgba(0, 0, 0, 0)", "rgba(255, 255, 255, 1)", "transparent");
        assertThat(gapColour).isNotEqualTo(metColour).isNotIn("rgba(0, 0, 0, 0)", "rgba(255, 255, 255, 1)");
        // the numbers are text, not colour only: "current/required", and a sentence for screen readers
        String shown = gapCell.findElement(By.cssSelector("span[aria-hidden=true]")).getText();
        assertThat(shown).matches("\\d/\\d");
        assertThat(gapCell.getText()).contains("yêu cầu mức");
        String[] n = shown.split("/");
        int gap = Integer.parseInt(n[1]) - Integer.parseInt(n[0]);
        assertThat(gap).isEqualTo(Integer.parseInt(gapCell.getAttribute("data-gap")));
        assertThat(gap).isGreaterThanOrEqualTo(short2.isEmpty() ? 1 : 2);

        int rows = browser.findElements(By.cssSelector("#gap-table tbody tr")).size();
        click(browser.findElement(By.id("onlyGaps")));
        click(browser.findElement(By.cssSelector("#gap-filter button[type=submit]")));
        wait.until(ExpectedConditions.urlContains("onlyGaps=true"));
        List<WebElement> left = browser.findElements(By.cssSelector("#gap-table tbody tr"));
        assertThat(left.size()).isLessThanOrEqualTo(rows);
        for (WebElement row : left) {
            assertThat(row.findElements(By.cssSelector("td.gap-1, td.gap-2plus"))).isNotEmpty();
        }
        assertThat(browser.findElement(By.id("gap-legend")).getText()).contains("Đạt mức yêu cầu")
                .contains("Thiếu 1 mức").contains("Thiếu từ 2 mức trở lên");
    }
}

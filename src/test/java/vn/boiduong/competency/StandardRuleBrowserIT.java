package vn.boiduong.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boiduong.competency.CompetencyFixtures.staffData;
import static vn.boiduong.competency.CompetencyFixtures.unitId;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.boiduong.support.BrowserTest;

/** The Office Chief adds a standard on the analysis page, as a person would, and sees the finding it makes. */
class StandardRuleBrowserIT extends BrowserTest {

    @Test
    void chiefAddsAStandardAndSeesTheNewFinding() {
        long tccb = unitId(api().as("admin"), "TCBC");
        Map<String, Object> data = staffData(tccb, "Hoàng Văn Ngoại Ngữ", "01.003", false, "CV", null);
        data.put("foreignLanguage", "Tiếng Anh A2");
        assertThat(api().as("chuyenvien").postJson("/api/v1/staff", Map.of("code",
                CompetencyFixtures.uniqueCode("BR"), "data", data)).status()).isEqualTo(201);
        String code = CompetencyFixtures.uniqueCode("NN-B1-");

        signIn("chanhvp", "DemoBD@2026");
        open("/competencies/analysis");
        click(browser.findElement(By.id("add-rule")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rule-form")));

        // first without a name: the form comes back with the message beside the field
        browser.findElement(By.id("code")).sendKeys(code);
        new Select(browser.findElement(By.id("condGradeCode"))).selectByValue("01.003");
        new Select(browser.findElement(By.id("field"))).selectByValue("FOREIGN_LANGUAGE");
        new Select(browser.findElement(By.id("match"))).selectByValue("CONTAINS_ANY");
        browser.findElement(By.id("allowedValues")).sendKeys("B1\nB2\nC1");
        new Select(browser.findElement(By.id("fix"))).selectByValue("FOREIGN_LANGUAGE");
        browser.findElement(By.id("fixTitle")).sendKeys("Bồi dưỡng tiếng Anh trình độ B1");
        click(browser.findElement(By.cssSelector("#rule-form button[type=submit]")));
        WebElement nameError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("name-err")));
        assertThat(nameError.getText()).isEqualTo("Tên tiêu chuẩn là bắt buộc.");
        assertThat(browser.findElement(By.id("allowedValues")).getAttribute("value")).contains("B2");

        browser.findElement(By.id("name")).sendKeys("Chuyên viên phải có ngoại ngữ bậc 3 (B1) trở lên");
        click(browser.findElement(By.cssSelector("#rule-form button[type=submit]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rule-saved")));
        assertThat(browser.findElement(By.id("rule-saved")).getText()).contains(code);

        WebElement finding = browser.findElements(By.cssSelector("#findings tr[data-rule='" + code + "']")).stream()
                .filter(tr -> tr.getText().contains("Hoàng Văn Ngoại Ngữ")).findFirst().orElseThrow();
        assertThat(finding.getText()).contains("Trình độ ngoại ngữ: hiện có Tiếng Anh A2, cần B1 hoặc B2 hoặc C1")
                .contains("Bồi dưỡng tiếng Anh trình độ B1");
        assertThat(browser.findElement(By.cssSelector("#rules tr[data-rule='" + code + "']")).getText())
                .contains("ngạch 01.003");
    }
}

package vn.boiduong.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.boiduong.identity.AccountSetup;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.support.Api;
import vn.boiduong.support.BrowserTest;

/**
 * B6 in Chromium, as its people live it: the Office chief records a supervision visit of a class
 * (criteria met or not, findings, a request to a unit), drafts the report of the year (its
 * figures come from B5), writes it and submits it; the Director returns it with a comment; the chief
 * corrects it and submits it again; the Director acknowledges it, and the frozen document is offered.
 * The buttons each sees are exactly the acts the policy allows; the Director's dashboard shows the
 * API's numbers.
 */
class ResultsReportBrowserIT extends BrowserTest {

    private static final int YEAR = 2067;

    @Autowired
    OrganizationSetup organization;
    @Autowired
    AccountSetup accounts;

    private void write(String id, String text) {
        WebElement e = browser.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    @Test
    void theChiefDraftsAndSubmitsTheDirectorReturnsThenAcknowledges() {
        ReportScenario s = ReportScenario.create(baseUrl(), organization, accounts, "RRB", YEAR);

        signIn(s.a.chief, Api.DEMO_PASSWORD);
        // B6 begins with a check: the chief records a visit of the held class, with a request to unit A
        open("/supervision-visits/new?classId=" + s.classIds.get(0));
        click(browser.findElement(By.id("met-CONTENT")));
        click(browser.findElement(By.id("notmet-LEARNERS")));
        click(browser.findElement(By.id("met-BUDGET")));
        write("findings", "Lớp học đúng chương trình; một học viên chưa hoàn thành.");
        write("reqText-0", "Bồi dưỡng bổ sung cho học viên chưa hoàn thành");
        new Select(browser.findElement(By.id("reqUnit-0"))).selectByVisibleText("Phòng Nghiệp vụ A");
        write("reqDue-0", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        click(browser.findElement(By.id("record-visit")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("visit-saved")));
        assertThat(browser.findElement(By.id("criteria")).getText()).contains("Không đạt");
        assertThat(browser.findElement(By.id("requests")).getText()).contains("Bồi dưỡng bổ sung", "Phòng Nghiệp vụ A");

        open("/results-reports");
        write("new-year", String.valueOf(YEAR));
        click(browser.findElement(By.id("create-report")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("narrative-form")));
        String reportPage = browser.getCurrentUrl().substring(baseUrl().length());
        assertThat(browser.findElement(By.id("report-status")).getText()).isEqualTo("Đang soạn");
        assertThat(browser.findElement(By.id("fig-learners")).getText()).isEqualTo("3 / 2");
        assertThat(browser.findElement(By.id("unit-figures")).getText()).contains("Phòng Nghiệp vụ A", "1.500.000 đ");
        write("generalAssessment", "Văn phòng đã triển khai kế hoạch đúng tiến độ.");
        write("achievements", "Hai lớp được tổ chức, phần lớn học viên hoàn thành.");
        write("shortcomings", "Một học viên chưa hoàn thành.");
        write("proposals", "Bố trí thêm kinh phí cho năm sau.");
        click(browser.findElement(By.id("save-narrative")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-saved")));
        click(browser.findElement(By.id("submit-report")));
        wait.until(ExpectedConditions.textToBe(By.id("report-status"), "Đã trình Giám đốc"));
        assertThat(browser.findElements(By.id("narrative-form"))).isEmpty();
        assertThat(browser.findElements(By.id("submit-report"))).isEmpty();

        browser.manage().deleteAllCookies();
        signIn(s.a.director, Api.DEMO_PASSWORD);
        open(reportPage);
        assertThat(browser.findElements(By.id("narrative-form"))).isEmpty();
        write("reason", "Cần nêu rõ nguyên nhân học viên chưa hoàn thành.");
        click(browser.findElement(By.id("return-report")));
        wait.until(ExpectedConditions.textToBe(By.id("report-status"), "Bị trả lại"));
        assertThat(browser.findElements(By.id("acknowledge-report"))).isEmpty();

        browser.manage().deleteAllCookies();
        signIn(s.a.chief, Api.DEMO_PASSWORD);
        open(reportPage);
        assertThat(browser.findElement(By.id("return-reason")).getText())
                .contains("Cần nêu rõ nguyên nhân học viên chưa hoàn thành.");
        write("shortcomings", "Một học viên chưa hoàn thành do được cử đi công tác đột xuất.");
        click(browser.findElement(By.id("save-narrative")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-saved")));
        click(browser.findElement(By.id("submit-report")));
        wait.until(ExpectedConditions.textToBe(By.id("report-status"), "Đã trình Giám đốc"));

        browser.manage().deleteAllCookies();
        signIn(s.a.director, Api.DEMO_PASSWORD);
        open(reportPage);
        assertThat(browser.findElement(By.id("narrative")).getText()).contains("công tác đột xuất");
        write("comment", "Đồng ý với báo cáo; giao Văn phòng triển khai các kiến nghị.");
        click(browser.findElement(By.id("acknowledge-report")));
        wait.until(ExpectedConditions.textToBe(By.id("report-status"), "Giám đốc đã cho ý kiến"));
        assertThat(browser.findElement(By.id("report-number")).getText()).isEqualTo("Số: 01/BC-" + s.a.code);
        assertThat(browser.findElement(By.id("director-comment")).getText()).contains("giao Văn phòng triển khai");
        assertThat(browser.findElement(By.id("report-files")).getText()).contains("Word", "PDF");
        assertThat(browser.findElements(By.id("return-report"))).isEmpty();
        assertThat(browser.findElements(By.id("acknowledge-report"))).isEmpty();

        // the Director's home page: the year's dashboard with B6 done
        open("/?year=" + YEAR);
        assertThat(browser.findElement(By.id("dashboard-director")).getText()).contains("B6: Đã xong", "67%",
                "Giám đốc đã cho ý kiến");
        // the dashboard's numbers are the API's
        JsonNode d = new Api(baseUrl()).as(s.a.director).get("/api/v1/dashboard?year=" + YEAR).json().get("director");
        assertThat(browser.findElement(By.id("dash-steps")).getText())
                .isEqualTo(d.get("stepsDone").asLong() + "/" + d.get("steps").size());
        assertThat(browser.findElement(By.id("dash-burn")).getText()).isEqualTo(d.get("budgetBurnPercent").asInt() + "%");
        assertThat(browser.findElement(By.id("dash-completion")).getText())
                .isEqualTo(d.get("completionPercent").asInt() + "%");
        assertThat(browser.findElement(By.id("dash-hours")).getText()).isEqualTo(d.get("metHoursPercent").asInt() + "%");
    }
}

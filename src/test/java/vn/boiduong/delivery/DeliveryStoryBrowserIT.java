package vn.boiduong.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.boiduong.fixtures.DeliveryAgency;
import vn.boiduong.identity.AccountSetup;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.support.Api;
import vn.boiduong.support.BrowserTest;

/**
 * B5 as its people live it, in Chromium: the plan is approved; the Office allocates its budget and the
 * chief issues the announcement; the Office opens enrolment and sets a
 * session; the unit head nominates a person of the unit; the Office confirms her, starts the class,
 * marks her present, finishes the class and records her result; she signs in, finds her certificate
 * (whose PDF the public verify page confirms) and answers the course feedback. The class is linked to a
 * competency she fell two levels short of; after her result the Office's gap table shows the gap closed.
 */
class DeliveryStoryBrowserIT extends BrowserTest {

    @Autowired
    OrganizationSetup organization;
    @Autowired
    AccountSetup accounts;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void fromTheApprovedPlanToARunningClass() {
        DeliveryAgency a = DeliveryAgency.create(organization, accounts, "ST");
        long classId = a.approvedPlan(baseUrl(), 2026, List.of(DeliveryAgency.hostedItem(
                "Bồi dưỡng kỹ năng số cho công chức", 2026, 11, 20, 40_000_000L))).get(0);
        String classPage = "/classes/" + classId;
        long learner = a.peopleA.get(0);

        // B1 before B5: a competency her title requires at level 3, and her assessment at level 1
        Api office = new Api(baseUrl()).as(a.specialist);
        String code = "KNS-" + a.code;
        var competency = office.postJson("/api/v1/competencies", java.util.Map.of("code", code, "name",
                "Kỹ năng số " + a.code, "group", "KNOWLEDGE", "levels", List.of("Biết", "Hiểu", "Vận dụng",
                "Thành thạo", "Chuyên gia")));
        assertThat(competency.status()).as(competency.body()).isEqualTo(201);
        long competencyId = competency.json().get("id").asLong();
        var required = office.postJson("/api/v1/competencies/" + competencyId + "/requirements",
                java.util.Map.of("professionalTitle", "Chuyên viên chuyển đổi số", "level", 3));
        assertThat(required.status()).as(required.body()).isEqualTo(201);
        // her title (the fixture makes people without one)
        jdbc.update("update staff set professional_title = ? where id = ?", "Chuyên viên chuyển đổi số", learner);
        var assessed = office.postJson("/api/v1/staff/" + learner + "/competency-assessments", java.util.Map.of(
                "competencyId", competencyId, "level", 1, "assessedOn", "2026-01-10"));
        assertThat(assessed.status()).as(assessed.body()).isEqualTo(201);

        signIn(a.specialist, Api.DEMO_PASSWORD);
        open("/units/" + a.unitA + "/gaps");
        assertThat(gapCell(learner, code).getAttribute("data-gap")).isEqualTo("2");
        assertThat(gapCell(learner, code).findElement(By.cssSelector("span[aria-hidden=true]")).getText())
                .isEqualTo("1/3");

        // B5 begins with the money and the word: the Office allocates the plan's budget (the units' shares
        // offered as the plan split them), the chief issues the announcement (THÔNG BÁO) that lists it
        long planId = new Api(baseUrl()).as(a.chief).get("/api/v1/classes/" + classId).json().get("info")
                .get("planId").asLong();
        open("/plans/" + planId + "/allocation");
        assertThat(browser.findElement(By.id("plan-total")).getText()).isEqualTo("40.000.000 đ");
        click(browser.findElement(By.id("allocation-save")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("budget-saved")));
        assertThat(browser.findElement(By.id("allocated-total")).getText()).isEqualTo("40.000.000 đ");
        assertThat(browser.findElements(By.id("announce"))).as("the announcement is the chief's").isEmpty();
        browser.manage().deleteAllCookies();
        signIn(a.chief, Api.DEMO_PASSWORD);
        open("/plans/" + planId + "/allocation");
        browser.findElement(By.id("announce-number")).sendKeys("07");
        browser.findElement(By.id("announce-date")).sendKeys(java.time.LocalDate.now(java.time.ZoneId.of(
                "Asia/Ho_Chi_Minh")).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        click(browser.findElement(By.id("announce-issue")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("announcement-docx")));
        assertThat(browser.findElement(By.id("announcement")).getText()).contains("07/TB-" + a.code);
        // (which unit heads are told, in the application and by e-mail: BudgetApiIT; this item serves no
        // unit's need, so its budget stays with the agency)
        browser.manage().deleteAllCookies();
        signIn(a.specialist, Api.DEMO_PASSWORD);

        // the class gives that competency at level 3
        open(classPage);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("link-competency")))
                .selectByValue(String.valueOf(competencyId));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("link-level"))).selectByValue("3");
        click(browser.findElement(By.cssSelector("#class-competencies button[type=submit].btn-outline-primary")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("class-competencies"),
                code + " — Kỹ năng số " + a.code + ": mức 3"));
        assertThat(browser.findElement(By.id("class-status")).getText()).isEqualTo("Theo kế hoạch");
        click(browser.findElement(By.id("act-open")));
        wait.until(ExpectedConditions.textToBe(By.id("class-status"), "Đang ghi danh"));
        browser.findElement(By.id("s-date")).sendKeys("03/11/2026");
        browser.findElement(By.id("s-start")).sendKeys("07:30");
        browser.findElement(By.id("s-end")).sendKeys("11:30");
        browser.findElement(By.id("s-topic")).sendKeys("Chuyển đổi số trong cơ quan hành chính");
        browser.findElement(By.id("s-room")).sendKeys("Phòng họp tầng 2");
        click(browser.findElement(By.id("add-session")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sessions"),
                "Chuyển đổi số trong cơ quan hành chính"));
        assertThat(browser.findElement(By.id("sessions")).getText()).contains("03/11/2026", "07:30–11:30");

        browser.manage().deleteAllCookies();
        signIn(a.headA, Api.DEMO_PASSWORD);
        open(classPage);
        assertThat(browser.findElements(By.id("act-open"))).isEmpty();
        click(browser.findElement(By.id("cand-" + a.peopleA.get(0))));
        click(browser.findElement(By.id("nominate")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("learner-table"), "Nguyễn Thị An"));
        assertThat(browser.findElement(By.id("learner-table")).getText()).contains("Đề cử, chờ xác nhận");

        browser.manage().deleteAllCookies();
        signIn(a.specialist, Api.DEMO_PASSWORD);
        open(classPage);
        click(browser.findElement(By.cssSelector(".confirm-nomination")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("learner-table"), "Đã ghi danh"));
        click(browser.findElement(By.id("act-start")));
        wait.until(ExpectedConditions.textToBe(By.id("class-status"), "Đang học"));

        // attendance: the session's day has come; her row is saved on its own
        var mark = browser.findElement(By.cssSelector("#attendance-row-" + learner + " select"));
        new org.openqa.selenium.support.ui.Select(mark).selectByValue("PRESENT");
        click(browser.findElement(By.id("att-save-" + learner)));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("attendance-row-" + learner), "1/1"));

        // finish, then her result: completed, 9 points, and a certificate
        clickSettled(By.id("act-finish"));
        wait.until(ExpectedConditions.textToBe(By.id("class-status"), "Đã kết thúc"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("outcome_" + learner)))
                .selectByValue("COMPLETED");
        browser.findElement(By.name("score_" + learner)).sendKeys("9");
        click(browser.findElement(By.id("results-save")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificate-" + learner)));
        assertThat(browser.findElement(By.id("result-row-" + learner)).getText()).contains("Xuất sắc");

        // she signs in: her class, her certificate, the feedback form
        browser.manage().deleteAllCookies();
        signIn(a.learner, Api.DEMO_PASSWORD);
        open("/me/training");
        assertThat(browser.getPageSource()).as("the learner's page").contains("id=\"class-" + classId + "\"");
        var row = browser.findElement(By.id("class-" + classId));
        assertThat(row.getText()).contains("Bồi dưỡng kỹ năng số cho công chức", "Hoàn thành");
        String certificateHref = row.findElement(By.cssSelector("a")).getAttribute("href");
        var pdf = new Api(baseUrl()).as(a.learner).get(certificateHref.substring(baseUrl().length()));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var form = browser.findElement(By.id("feedback-" + classId));
        for (var fieldset : form.findElements(By.tagName("fieldset"))) {
            click(fieldset.findElements(By.cssSelector("input[type=radio]")).get(4));
        }
        form.findElement(By.tagName("textarea")).sendKeys("Nội dung thiết thực, giảng viên nhiệt tình.");
        click(form.findElement(By.cssSelector("button[type=submit]")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("me-saved")));
        assertThat(browser.findElements(By.id("feedback-" + classId))).isEmpty();

        // the Office's gap table of her unit: the gap closed by the class
        browser.manage().deleteAllCookies();
        signIn(a.specialist, Api.DEMO_PASSWORD);
        open("/units/" + a.unitA + "/gaps");
        var closed = gapCell(learner, code);
        assertThat(closed.getAttribute("data-gap")).isEqualTo("0");
        assertThat(closed.getAttribute("class")).contains("gap-0");
        assertThat(closed.findElement(By.cssSelector("span[aria-hidden=true]")).getText()).isEqualTo("3/3");
    }

    /**
     * Clicks once the page has stopped moving: after a row's form the page comes back scrolled to the
     * row's anchor, and a click in between lands outside the viewport.
     */
    private void clickSettled(By by) {
        for (int attempt = 1; ; attempt++) {
            wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return document.readyState")));
            try {
                click(browser.findElement(by));
                return;
            } catch (org.openqa.selenium.ElementClickInterceptedException
                    | org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Her cell of the competency in the gap table on the page. */
    private org.openqa.selenium.WebElement gapCell(long staffId, String competencyCode) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gap-table")));
        var row = browser.findElement(By.xpath("//table[@id='gap-table']//tr[.//a[contains(@href, '/competencies/staff/"
                + staffId + "')]]"));
        return row.findElement(By.cssSelector("td[data-competency='" + competencyCode + "']"));
    }
}

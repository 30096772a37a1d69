package vn.boiduong.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.boiduong.support.BrowserTest;

/** In Chromium: chanhvp builds and submits a plan, giamdoc returns it, chanhvp resubmits, giamdoc approves. */
class PlanBrowserIT extends BrowserTest {

    @Test
    void chiefBuildsAndSubmitsDirectorReturnsChiefResubmitsDirectorApproves() throws Exception {
        signIn("chanhvp", "DemoBD@2026");
        open("/plans");
        browser.findElement(By.id("year")).clear();
        browser.findElement(By.id("year")).sendKeys("2081");
        // the calendar button beside the field writes the chosen day back as dd/MM/yyyy
        var calendar = browser.findElement(By.cssSelector("#registrationDueDate ~ .day-picker-button"));
        assertThat(calendar.getAttribute("aria-label")).isEqualTo("Chọn ngày");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("var p = arguments[0];"
                + " p.value = '2081-01-25'; p.dispatchEvent(new Event('change'));",
                browser.findElement(By.cssSelector("#registrationDueDate ~ .day-picker-native")));
        assertThat(browser.findElement(By.id("registrationDueDate")).getAttribute("value")).isEqualTo("25/01/2081");
        setDate("registrationDueDate", "2081-01-20");
        click(browser.findElement(By.id("plan-create-submit")));
        wait.until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(By.id("plan-status")),
                ExpectedConditions.visibilityOfElementLocated(By.id("plan-error"))));
        assertThat(browser.findElements(By.id("plan-error"))).as(browser.getPageSource()).isEmpty();
        assertThat(browser.findElement(By.id("plan-register-by")).getText()).contains("17/01/2081");
        String planUrl = browser.getCurrentUrl();

        click(browser.findElement(By.id("item-add")));
        browser.findElement(By.id("title")).sendKeys("Bồi dưỡng kỹ năng chuyển đổi số");
        new Select(browser.findElement(By.id("category"))).selectByValue("DIGITAL");
        browser.findElement(By.id("targetLearners")).sendKeys("Công chức, viên chức");
        browser.findElement(By.id("headcount")).sendKeys("40");
        setDate("startDate", "2081-03-02");
        setDate("endDate", "2081-03-06");
        browser.findElement(By.id("lecturerFees")).sendKeys("15000000");
        browser.findElement(By.id("hall")).sendKeys("5000000");
        click(browser.findElement(By.id("item-save")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-items"), "kỹ năng chuyển đổi số"));
        assertThat(browser.findElement(By.id("totals-byCategory")).getText()).contains("Tin học, kỹ năng số",
                "20.000.000 đ");
        click(browser.findElement(By.id("plan-submit")));
        wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "Đã trình"));

        browser.manage().deleteAllCookies();
        signIn("giamdoc", "DemoBD@2026");
        browser.get(planUrl);
        browser.findElement(By.id("reason")).sendKeys("Bổ sung lớp cho viên chức hạng III");
        click(browser.findElement(By.id("plan-return")));
        wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "Bị trả lại"));

        browser.manage().deleteAllCookies();
        signIn("chanhvp", "DemoBD@2026");
        browser.get(planUrl);
        assertThat(browser.findElement(By.id("plan-return-reason")).getText())
                .isEqualTo("Bổ sung lớp cho viên chức hạng III");
        click(browser.findElement(By.id("plan-submit")));
        wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "Đã trình"));

        browser.manage().deleteAllCookies();
        signIn("giamdoc", "DemoBD@2026");
        browser.get(planUrl);
        browser.findElement(By.id("decisionNumber")).sendKeys("81/QĐ-SNV");
        // a decision is dated near its plan's year (issue 13: not before the year before it)
        setDate("decisionDate", "2081-01-28");
        click(browser.findElement(By.id("plan-approve")));
        wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "Đã phê duyệt"));
        assertThat(browser.findElement(By.id("plan-decision")).getText()).contains("81/QĐ-SNV");
        assertThat(browser.findElements(By.id("plan-submit"))).isEmpty();
        // the files the links give, opened and read: the decision's number and the plan's name are in them
        String planName = "phê duyệt Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức và người lao động năm 2081";
        byte[] pdf = download(browser.findElement(By.id("decision-pdf")).getAttribute("href"), "%PDF");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("Số: 81/QĐ-SNV", planName, "Bồi dưỡng kỹ năng chuyển đổi số");
        }
        byte[] docx = download(browser.findElement(By.id("decision-docx")).getAttribute("href"), "PK");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(text.getText().replaceAll("\\s+", " ")).contains("Số: 81/QĐ-SNV", planName,
                    "Bồi dưỡng kỹ năng chuyển đổi số");
        }

        click(browser.findElement(By.id("plan-classes")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("classes"), "kỹ năng chuyển đổi số"));
        assertThat(browser.findElement(By.id("classes")).getText()).contains("Theo kế hoạch");
    }

    /** Fetches a link as the browser would, with its session cookie; checks the file's magic bytes, gives the file. */
    private byte[] download(String href, String magic) {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create(href)).header("Cookie", "JSESSIONID=" + session).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(href).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
            assertThat(new String(response.body(), 0, magic.length(), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .isEqualTo(magic);
            return response.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Typing into a date input depends on the browser's locale; the value itself does not. */
    /** Types the day as a person does, dd/MM/yyyy, into the text field (whatever the browser's language). */
    private void setDate(String id, String isoDate) {
        var field = browser.findElement(By.id(id));
        assertThat(field.getAttribute("type")).isEqualTo("text");
        assertThat(field.getAttribute("placeholder")).isEqualTo("dd/MM/yyyy");
        field.clear();
        field.sendKeys(java.time.LocalDate.parse(isoDate).format(java.time.format.DateTimeFormatter.ofPattern(
                "dd/MM/yyyy")));
    }
}

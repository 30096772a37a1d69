package vn.boiduong.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.junit.jupiter.api.Test;
import vn.boiduong.support.Api;
import vn.boiduong.support.BrowserTest;

/**
 * On a phone (390 px wide) no page is wider than the screen: wide tables scroll inside their own box,
 * and a table's text columns keep a readable width instead of one word a line.
 */
class PhoneWidthBrowserIT extends BrowserTest {

    private long planWithAClass(int year) {
        Api chief = api().as("chanhvp");
        var plan = chief.postJson("/api/v1/plans", Map.of("year", year, "registrationDueDate", year + "-01-20"));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        long id = plan.json().get("id").asLong();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("title", "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên chính");
        item.put("category", "STATE_MANAGEMENT");
        item.put("level", "SPECIALIST");
        item.put("kind", "HOSTED");
        item.put("targetLearners", "Công chức các phòng chuyên môn");
        item.put("headcount", 30);
        item.put("startDate", year + "-03-02");
        item.put("endDate", year + "-03-06");
        item.put("location", "Hội trường Sở Nội vụ");
        item.put("institution", "Trường Chính trị tỉnh Bắc Giang");
        item.put("budget", 120_000_000L);
        item.put("needIds", List.of());
        var added = chief.postJson("/api/v1/plans/" + id + "/items", item);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return id;
    }

    private void assertNoPageWideOverflow(String path) {
        open(path);
        wait.until(d -> d.findElement(By.id("main")).isDisplayed());
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long inner = ((Number) js.executeScript("return window.innerWidth")).longValue();
        long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(inner).as("window width").isLessThanOrEqualTo(400);
        assertThat(scroll).as(path + " is as wide as the screen").isLessThanOrEqualTo(inner);
    }

    @Test
    void usersAndPlanPagesFitAPhoneAndClassNamesStayReadable() {
        long plan = planWithAClass(2096);
        browser.manage().window().setSize(new Dimension(390, 844));

        signIn("admin", Api.DEMO_PASSWORD);
        assertNoPageWideOverflow("/admin/users");
        // the roles and units are there, in the table's own scrolling box
        assertThat(browser.findElement(By.cssSelector(".table-responsive table")).getText())
                .contains("Giám đốc Sở", "Văn phòng");
        for (String page : List.of("/admin/agency", "/admin/forms", "/staff", "/audit", "/procedure")) {
            assertNoPageWideOverflow(page);
        }

        browser.manage().deleteAllCookies();
        signIn("chanhvp", Api.DEMO_PASSWORD);
        assertNoPageWideOverflow("/plans/" + plan);
        Number nameWidth = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('#plan-items tbody tr td:nth-child(2)').getBoundingClientRect().width");
        assertThat(nameWidth.doubleValue()).as("the class name's cell").isGreaterThan(120);
        for (String page : List.of("/", "/needs", "/plans", "/classes", "/competencies")) {
            assertNoPageWideOverflow(page);
        }
    }
}

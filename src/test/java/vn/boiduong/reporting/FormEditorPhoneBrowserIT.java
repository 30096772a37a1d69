package vn.boiduong.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import vn.boiduong.support.Api;
import vn.boiduong.support.BrowserTest;

/** The form-definition editor is usable on a phone: the page is no wider than the screen, the inputs readable. */
class FormEditorPhoneBrowserIT extends BrowserTest {

    @Test
    void theFormEditorFitsA390PixelScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        signIn("admin", Api.DEMO_PASSWORD);
        open("/admin/forms/2a");
        wait.until(d -> d.findElement(By.id("form-columns")).isDisplayed());
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long inner = ((Number) js.executeScript("return window.innerWidth")).longValue();
        long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(scroll).as("page as wide as the screen").isLessThanOrEqualTo(inner);
        Number label = (Number) js.executeScript(
                "return document.getElementById('label-4').getBoundingClientRect().width");
        assertThat(label.doubleValue()).as("a column heading's input").isGreaterThan(120);
        assertThat(browser.findElement(By.id("advanced-json")).getAttribute("open")).as("JSON folded away").isNull();
    }
}

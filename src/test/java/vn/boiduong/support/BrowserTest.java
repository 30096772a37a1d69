package vn.boiduong.support;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's, driven by its chromedriver; nothing downloaded) against the
 * application on a random port.
 */
public abstract class BrowserTest extends HttpTest {

    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        browser = headlessChromium();
        // A page that htmx or a redirect replaces under a waiting condition leaves stale elements;
        // the condition is simply asked again, as it is when the element is not there yet.
        wait = waitFor(browser);
    }

    /** Debian's Chromium, headless, in Vietnamese, driven by its own chromedriver. */
    public static WebDriver headlessChromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(External.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=vi-VN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(External.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    public static WebDriverWait waitFor(WebDriver browser) {
        WebDriverWait w = new WebDriverWait(browser, Duration.ofSeconds(20));
        w.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return w;
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    protected void open(String path) {
        browser.get(baseUrl() + path);
    }

    /**
     * Clicks as a person would after scrolling to the element. Bootstrap turns on smooth scrolling,
     * so the driver's own scroll may still be moving when it clicks; scroll instantly first.
     */
    protected void click(org.openqa.selenium.WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    protected void signIn(String username, String password) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }
}

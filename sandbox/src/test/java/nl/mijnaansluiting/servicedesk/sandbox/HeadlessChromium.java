package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.rules.ExternalResource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

/**
 * Debian's Chromium, headless, driven by its chromedriver (paths from the build: chromium.binary,
 * webdriver.chrome.driver), with the flags this machine's closed network needs. One per test.
 */
public final class HeadlessChromium extends ExternalResource {

    private final RunningSandbox sandbox;
    private WebDriver driver;
    private java.nio.file.Path profile;

    public HeadlessChromium(RunningSandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    protected void before() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + (profile = Files.createTempDirectory("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @Override
    protected void after() {
        if (driver != null) {
            driver.quit();
        }
        deleteQuietly(profile);
    }

    /** The browser profile is thrown away after each test, so runs leave nothing behind in /tmp. */
    private static void deleteQuietly(java.nio.file.Path directory) {
        if (directory == null) {
            return;
        }
        try (java.util.stream.Stream<java.nio.file.Path> files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary directory is harmless
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(sandbox.url(path));
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    public void waitForText(By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(locator, text));
    }

    /**
     * Clicks what submits a form or follows a link, and waits until the next page replaced this one, so
     * what the test reads next is never the old page's element of the same id.
     */
    public void clickAndWaitForNewPage(By locator) {
        WebElement page = driver.findElement(By.tagName("html"));
        waitFor(locator).click();
        // The old page is gone once touching its root fails: Chromium reports that as a stale element
        // or, mid-navigation, as "node does not belong to the document"; both mean the same here.
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    /** Signs in on the login page, starting from the given path. */
    public void signIn(String path, String user, String password) {
        open(path);
        waitFor(By.id("login-form"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        clickAndWaitForNewPage(By.id("login-submit"));
    }

    /**
     * Confirms the password on the sandbox's secure administrator session page (WebSudo), which an admin page
     * asks for after sign-in; the browser must be on that page.
     */
    public void confirmPassword(String password) {
        waitFor(By.id("websudo-form"));
        driver.findElement(By.id("websudo-password")).sendKeys(password);
        clickAndWaitForNewPage(By.id("websudo-submit"));
    }

    /** Signs in as an administrator on the way to an admin page and confirms the password when asked, as Jira asks. */
    public void signInToAdminPage(String path, String user, String password) {
        signIn(path, user, password);
        confirmPassword(password);
    }
}

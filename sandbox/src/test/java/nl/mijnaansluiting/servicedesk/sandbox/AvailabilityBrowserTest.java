package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * Availability per month in headless Chromium (issue 16 point 4): a deelnemer reports LIP unavailable on Productie,
 * stating when it began in the form's date-time field; after an agent resolves it the page lists the downtime per
 * product against the 99 % norm, in Dutch and in English, with the CSV link; a bad month is named.
 */
public class AvailabilityBrowserTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @Rule
    public final HeadlessChromium browser = new HeadlessChromium(SANDBOX);

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    public void anOutageReportedInThePortalShowsOnTheMonthsPage() throws Exception {
        LocalDateTime began = LocalDateTime.now(AMSTERDAM).minusMinutes(45);
        browser.signIn("/portal/create/storing-lip", "bram", DemoDirectory.PASSWORD);
        browser.waitFor(By.id("field-onderwerp")).sendKeys("LIP niet beschikbaar");
        browser.driver().findElement(By.id("field-omschrijving")).sendKeys("Niemand kan aanvragen indienen.");
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("field-omgeving"))).selectByValue("productie");
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("field-situatie"))).selectByValue("lip-niet-beschikbaar");
        assertEquals("Begin van de verstoring", browser.driver().findElement(By.cssSelector("label[for=field-begin-verstoring]")).getText());
        WebElement start = browser.driver().findElement(By.id("field-begin-verstoring"));
        // A datetime-local input takes its value in the browser's own typing order; set it as a form would send it.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", start,
                began.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        browser.clickAndWaitForNewPage(By.id("submit-request"));
        String key = browser.driver().getCurrentUrl().replaceAll(".*/(MA-\\d+).*", "$1");
        browser.clickAndWaitForNewPage(By.id("logout"));

        new RestClient(SANDBOX, "nl").call("POST", "/requests/" + key + "/transitions", "agent", "{\"action\":\"resolve\"}");
        YearMonth month = YearMonth.now(AMSTERDAM);
        browser.signIn("/plugins/servlet/ma-servicedesk/reports/availability?month=" + month, "manager", DemoDirectory.PASSWORD);
        browser.waitFor(By.id("availability"));
        assertEquals("Beschikbaarheid per maand", browser.driver().findElement(By.tagName("h1")).getText());
        WebElement lip = browser.driver().findElement(By.cssSelector("tr[data-product=LIP]"));
        if (YearMonth.from(began).equals(month)) {
            assertThat(lip.getText(), containsString(key));
            // 45 minutes ago, the seconds dropped by the field: 45 or 46 minutes down.
            String down = lip.findElement(By.className("ma-down")).getText();
            org.junit.Assert.assertTrue(down, down.equals("45 m") || down.equals("46 m"));
        }
        WebElement mijnOverheid = browser.driver().findElement(By.cssSelector("tr[data-product=MijnOverheid]"));
        assertThat(mijnOverheid.getText(), containsString("99 %"));
        assertThat(mijnOverheid.getText().toLowerCase(java.util.Locale.ROOT), containsString("norm gehaald"));  // the lozenge writes capitals
        assertThat(browser.driver().findElement(By.id("availability-csv")).getAttribute("href"),
                containsString("/rest/ma-servicedesk/1.0/reports/availability?month=" + month + "&format=csv"));

        browser.clickAndWaitForNewPage(By.id("language-switch"));
        browser.waitFor(By.id("availability"));
        assertEquals("Availability per month", browser.driver().findElement(By.tagName("h1")).getText());
        assertThat(browser.driver().findElement(By.cssSelector("tr[data-product=MijnOverheid]")).getText().toLowerCase(java.util.Locale.ROOT),
                containsString("norm met"));
        assertThat(browser.driver().findElement(By.id("availability-intro")).getText(), not(containsString("ma.availability")));

        browser.open("/plugins/servlet/ma-servicedesk/reports/availability?month=nov");
        assertEquals("nov is not a month; write yyyy-mm, for example 2026-11.", browser.waitFor(By.id("error-month")).getText());
    }
}

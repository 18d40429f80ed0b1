package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/**
 * The audit trail and the compliance report in headless Chromium (issue 15): filters, pages of 50 and actions by name;
 * the report on the add-on's own scheme, schemes by name.
 */
public class AdminPagesBrowserTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @Rule
    public final HeadlessChromium browser = new HeadlessChromium(SANDBOX);

    private static final String AUDIT = "/plugins/servlet/ma-servicedesk/admin/audit";

    @Test
    public void theAuditTrailIsFilteredPagedByFiftyAndReadable() throws Exception {
        RestClient rest = new RestClient(SANDBOX, "nl");
        String office = rest.call("GET", "/sla/calendars/kantooruren", "agent", null).body();
        for (int i = 0; i < 55; i++) {
            assertEquals(200, rest.call("PUT", "/sla/calendars/kantooruren", "admin", office).statusCode());
        }
        browser.signInToAdminPage(AUDIT, "admin", DemoDirectory.PASSWORD);
        List<WebElement> rows = browser.waitFor(By.id("audit-events")).findElements(By.cssSelector("tbody tr"));
        assertEquals(50, rows.size());
        String page = browser.driver().findElement(By.id("audit-events")).getText();
        assertThat(page, containsString("Kalender gewijzigd"));
        assertThat(page, not(containsString("sla.calendar.changed")));
        assertThat(page, not(containsString("sign-in.succeeded")));
        // "1 dec. 2026 08:17": text.Formats, never ISO
        assertTrue(rows.get(0).findElement(By.cssSelector("td")).getText(),
                rows.get(0).findElement(By.cssSelector("td")).getText().matches("\\d{1,2} \\p{L}+\\.? \\d{4} \\d{2}:\\d{2}"));
        assertEquals("Regels 1 tot en met 50, nieuwste eerst", browser.driver().findElement(By.id("audit-range")).getText());

        new Select(browser.driver().findElement(By.id("audit-action"))).selectByVisibleText("Aangemeld");
        browser.clickAndWaitForNewPage(By.id("audit-filter"));
        String signIns = browser.waitFor(By.id("audit-events")).getText();
        assertThat(signIns, containsString("Aangemeld"));
        assertThat(signIns, not(containsString("Kalender gewijzigd")));

        new Select(browser.driver().findElement(By.id("audit-action"))).selectByVisibleText("Kalender gewijzigd");
        browser.clickAndWaitForNewPage(By.id("audit-filter"));
        assertEquals(50, browser.waitFor(By.id("audit-events")).findElements(By.cssSelector("tbody tr")).size());
        browser.clickAndWaitForNewPage(By.id("audit-next"));
        assertEquals(5, browser.waitFor(By.id("audit-events")).findElements(By.cssSelector("tbody tr")).size());
        assertEquals("Regels 51 tot en met 55, nieuwste eerst", browser.driver().findElement(By.id("audit-range")).getText());
        assertEquals("sla.calendar.changed", new Select(browser.driver().findElement(By.id("audit-action")))
                .getFirstSelectedOption().getAttribute("value"));
        browser.waitFor(By.id("audit-previous"));

        browser.open(AUDIT + "?from=2026-13-01&actor=admin");
        assertEquals("2026-13-01 is geen datum; gebruik jjjj-mm-dd.", browser.waitFor(
                By.xpath("//input[@id='audit-from']/following-sibling::div[contains(@class,'ma-field-error')]")).getText());
        browser.waitFor(By.id("audit-empty"));
    }

    @Test
    public void theComplianceReportOpensOnTheServiceDesksSchemeAndNamesSchemes() {
        browser.signIn("/plugins/servlet/ma-servicedesk/reports/compliance", "agent", DemoDirectory.PASSWORD);
        Select scheme = new Select(browser.waitFor(By.id("report-scheme")));
        assertEquals("mijn-aansluiting", scheme.getFirstSelectedOption().getAttribute("value"));
        assertEquals("Mijn Aansluiting", scheme.getFirstSelectedOption().getText());
        for (WebElement option : scheme.getOptions()) {
            assertNotEquals(option.getAttribute("value"), option.getText());
        }
    }
}

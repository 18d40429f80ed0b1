package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/** An admin changes a calendar on its page in headless Chromium: a wrong one is listed and not saved. */
public class SlaAdminBrowserTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @Rule
    public final HeadlessChromium browser = new HeadlessChromium(SANDBOX);

    private static final String PAGE = "/plugins/servlet/ma-servicedesk/admin/sla";

    private void paste(String text) {
        WebElement definition = browser.driver().findElement(By.id("sla-definition"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", definition, text);
    }

    @Test
    public void goodFridayOffIsSavedAndOverlappingHoursAreRefused() {
        browser.signInToAdminPage(PAGE, "admin", DemoDirectory.PASSWORD);
        browser.clickAndWaitForNewPage(By.id("edit-calendar-kantooruren"));
        String original = browser.waitFor(By.id("sla-definition")).getAttribute("value");
        assertThat(original, containsString("\"country\" : \"NL\""));

        paste(original.replace("[ \"08:00\", \"17:00\" ]", "[ \"08:00\", \"17:00\" ], [ \"<b>16:00</b>\", \"18:00\" ]"));
        browser.clickAndWaitForNewPage(By.id("save-sla"));
        assertThat(browser.waitFor(By.id("definition-errors")).getText(), containsString("<b>16:00</b> is geen tijd"));

        paste(original.replace("\"off\" : [ ]", "\"off\" : [ \"christian.GOOD_FRIDAY\" ]"));
        browser.clickAndWaitForNewPage(By.id("save-sla"));
        assertEquals("Opgeslagen.", browser.waitFor(By.id("done")).getText());
        assertThat(browser.driver().findElement(By.id("sla-definition")).getAttribute("value"), containsString("christian.GOOD_FRIDAY"));

        browser.clickAndWaitForNewPage(By.id("reset-sla"));
        assertEquals("Hersteld naar de meegeleverde waarden.", browser.waitFor(By.id("done")).getText());
    }
}

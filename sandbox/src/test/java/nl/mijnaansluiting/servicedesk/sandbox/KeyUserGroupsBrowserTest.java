package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The admin lets a Jira group per deelnemer decide the key-users on the key-user page; a wrong convention is refused, escaped. */
public class KeyUserGroupsBrowserTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @Rule
    public final HeadlessChromium browser = new HeadlessChromium(SANDBOX);

    private static final String PAGE = "/plugins/servlet/ma-servicedesk/admin/keyusers";

    @Test
    public void aGroupConventionReplacesTheAppointmentsOnThePage() throws Exception {
        browser.signInToAdminPage(PAGE, "admin", DemoDirectory.PASSWORD);
        browser.waitFor(By.id("appoint-rivierstroom"));

        browser.driver().findElement(By.id("group-pattern")).sendKeys("<b>{organisation}</b>");
        browser.clickAndWaitForNewPage(By.id("save-groups"));
        assertThat(browser.waitFor(By.id("page-error")).getText(), containsString("<b>{organisation}</b> is geen groepsnaam-patroon"));

        browser.driver().findElement(By.id("group-pattern")).clear();
        browser.driver().findElement(By.id("group-pattern")).sendKeys("ma-keyusers-{organisation}");
        browser.clickAndWaitForNewPage(By.id("save-groups"));
        assertEquals("De instelling voor key-user-groepen is opgeslagen.", browser.waitFor(By.id("groups-done")).getText());
        assertThat(browser.waitFor(By.id("group-rivierstroom")).getText(), containsString("ma-keyusers-rivierstroom"));
        assertThat(browser.driver().findElement(By.id("org-rivierstroom")).getText(), containsString("Daan Visser"));
        assertTrue(browser.driver().findElements(By.id("appoint-rivierstroom")).isEmpty());
    }
}

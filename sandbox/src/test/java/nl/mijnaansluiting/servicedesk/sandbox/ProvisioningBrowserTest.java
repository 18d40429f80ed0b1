package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** An admin installs the templates in the sandbox's service project from the admin page, in headless Chromium. */
public class ProvisioningBrowserTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @Rule
    public final HeadlessChromium browser = new HeadlessChromium(SANDBOX);

    private static final String PAGE = "/plugins/servlet/ma-servicedesk/admin/provisioning";

    private void dryRun(String project) {
        WebElement key = browser.waitFor(By.id("project"));
        key.clear();
        key.sendKeys(project);
        browser.clickAndWaitForNewPage(By.id("dry-run"));
    }

    @Test
    public void aDryRunListsTheChangesInstallingMakesThemAndThenNothingIsLeftToChange() throws Exception {
        // A question whose label holds markup: shown as typed, never as markup.
        RestClient rest = new RestClient(SANDBOX, "nl");
        String definition = rest.call("GET", "/templates/informatievraag/definition", "admin", null).body();
        assertEquals(200, rest.call("PUT", "/templates/informatievraag", "admin", definition.replace("\"fields\":[",
                "\"fields\":[{\"key\":\"kanaal\",\"type\":\"TEXT\",\"required\":false,\"label\":{\"nl\":\"<i>Kanaal</i>\"}},"))
                .statusCode());

        browser.signInToAdminPage(PAGE, "admin", DemoDirectory.PASSWORD);
        dryRun("<b>ma</b>");
        WebElement refused = browser.waitFor(By.id("provisioning-errors"));
        assertThat(refused.getText(), containsString("\u201c<B>MA</B>\u201d is geen projectsleutel"));
        assertTrue(refused.findElements(By.tagName("b")).isEmpty());

        dryRun("MA");
        assertEquals("Project Mijn Aansluiting Servicedesk (MA)", browser.waitFor(By.id("plan-title")).getText());
        List<WebElement> changes = browser.driver().findElements(By.cssSelector("#changes li"));
        String listed = browser.driver().findElement(By.id("changes")).getText();
        assertThat(listed, containsString("Request type \u201cDSP: Opdrachten annuleren\u201d aanmaken (issuetype Service Request)."));
        assertThat(listed, containsString("Veld \u201c<i>Kanaal</i>\u201d aanmaken (tekstveld van \u00e9\u00e9n regel)."));
        assertTrue(browser.driver().findElements(By.cssSelector("#changes i")).isEmpty());
        assertThat(browser.driver().findElement(By.id("manual-steps")).getText(),
                containsString("Zet op het formulier van \u201cWijzigingsverzoek\u201d de velden: Indiener *, Samenvatting (Onderwerp) *, Datum *"));

        browser.clickAndWaitForNewPage(By.id("install"));
        assertEquals("Ge\u00efnstalleerd: " + changes.size() + " wijzigingen.", browser.waitFor(By.id("installed")).getText());
        assertEquals(changes.size(), browser.driver().findElements(By.cssSelector("#applied li")).size());

        dryRun("MA");
        assertEquals("Het project komt overeen met de catalogus: installeren verandert niets.",
                browser.waitFor(By.id("no-changes")).getText());
        assertTrue(browser.driver().findElements(By.id("install")).isEmpty());
    }

    @Test
    public void onlyAdminsSeeThePage() {
        browser.signIn(PAGE + "?project=MA", "agent", DemoDirectory.PASSWORD);
        assertTrue(browser.driver().findElements(By.id("plan-title")).isEmpty());
        assertTrue(browser.driver().findElements(By.id("project")).isEmpty());
    }
}

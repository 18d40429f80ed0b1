package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Issue 13, points 6 and 7 in a browser: what the add-on writes is in its reader's language (an agent's escalation
 * comment in that agent's, each mail in its recipient's), authored by whoever acted, and people are shown by name
 * (the log's recipients, the outbox, the audit trail; the deelnemers: HomePageBrowserTest), never by username.
 */
public class LanguageAndNamesBrowserTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @Rule
    public final HeadlessChromium browser = new HeadlessChromium(SANDBOX);

    private static String newRequest(String subject) throws Exception {
        HttpResponse<String> created = new RestClient(SANDBOX, null).call("POST", "/requests", "bram",
                "{\"template\":\"storing-lip\",\"organisation\":\"noordnet\",\"answers\":{\"onderwerp\":\"" + subject + "\","
                        + "\"omschrijving\":\"x\",\"omgeving\":\"productie\",\"situatie\":\"geen-push\"}}");
        return created.body().replaceAll(".*\"key\":\"(MA-\\d+)\".*", "$1");
    }

    private void escalate(String key, String explanation) {
        browser.open("/portal/requests/" + key);
        new Select(browser.waitFor(By.id("escalation-reason-choice"))).selectByValue("stagnatie");
        browser.driver().findElement(By.id("escalation-explanation")).sendKeys(explanation);
        browser.clickAndWaitForNewPage(By.id("escalate"));
        browser.waitFor(By.id("deescalate"));
    }

    private List<String> comments() {
        return browser.driver().findElements(By.cssSelector("#comments .ma-comment")).stream().map(WebElement::getText)
                .collect(Collectors.toList());
    }

    @Test
    public void anEnglishAgentWritesEnglishADutchOneDutchAndEachMailIsInItsRecipientsLanguage() throws Exception {
        String english = newRequest("Geen push (en)");
        String dutch = newRequest("Geen push (nl)");

        // The service manager reads English: the language of their profile, which the switch sets.
        browser.signIn("/plugins/servlet/ma-servicedesk/home", "manager", DemoDirectory.PASSWORD);
        browser.clickAndWaitForNewPage(By.id("language-switch"));
        browser.driver().manage().deleteAllCookies();

        browser.signIn("/portal/requests/" + english, "agent", DemoDirectory.PASSWORD);
        browser.clickAndWaitForNewPage(By.id("language-switch"));
        escalate(english, "Supplier does not answer");
        List<String> notes = comments();
        assertEquals(1, notes.size());
        assertThat(notes.get(0), containsString("Gert Agent"));
        assertThat(notes.get(0), containsString("[Escalation] Escalated to Service manager (Stagnation): Supplier does not answer"));
        String log = browser.driver().findElement(By.id("escalation-log")).getText();
        assertThat(log, containsString("Hanna Servicemanager"));
        assertThat(log, not(containsString("manager,")));
        browser.driver().manage().deleteAllCookies();

        browser.signIn("/portal/requests/" + dutch, "agent", DemoDirectory.PASSWORD);
        escalate(dutch, "Leverancier reageert niet");
        notes = comments();
        assertEquals(1, notes.size());
        assertThat(notes.get(0), containsString("Gert Agent"));
        assertThat(notes.get(0), containsString("[Escalatie] Ge\u00ebscaleerd naar Servicemanager (Stagnatie): Leverancier reageert niet"));
        assertTrue(notes.get(0), !notes.get(0).contains("sweep"));
        browser.driver().manage().deleteAllCookies();

        // The outbox: both mails to the service manager, by name, both in English whoever escalated.
        browser.signInToAdminPage("/plugins/servlet/ma-servicedesk/admin/escalation", "admin", DemoDirectory.PASSWORD);
        String outbox = browser.waitFor(By.id("outbox")).getText();
        assertThat(outbox, containsString("Hanna Servicemanager"));
        assertThat(outbox, containsString("[" + english + "] Escalated to Service manager: Stagnation"));
        assertThat(outbox, containsString("[" + dutch + "] Escalated to Service manager: Stagnation"));
        assertThat(outbox, not(containsString("Ge\u00ebscaleerd")));
    }

    @Test
    public void theAdminChoosesTheAddOnsUserAndAnUnknownOneIsRefused() {
        browser.signInToAdminPage("/plugins/servlet/ma-servicedesk/admin/escalation", "admin", DemoDirectory.PASSWORD);
        assertEquals("Opmerkingen van het escalatiebeleid zijn van Servicedesk Mijn Aansluiting (ma-servicedesk-app).",
                browser.waitFor(By.id("addon-user-current")).getText());
        WebElement field = browser.driver().findElement(By.id("addon-user"));
        field.clear();
        field.sendKeys("<b>niemand</b>");
        browser.clickAndWaitForNewPage(By.id("save-addon-user"));
        assertEquals("Er is geen actieve gebruiker <b>niemand</b>. Kies een bestaande gebruiker.",
                browser.waitFor(By.id("addon-user-error")).getText());
        browser.open("/plugins/servlet/ma-servicedesk/admin/escalation");
        assertThat(browser.waitFor(By.id("addon-user-current")).getText(), containsString("(ma-servicedesk-app)"));

        field = browser.driver().findElement(By.id("addon-user"));
        field.clear();
        field.sendKeys("manager");
        browser.clickAndWaitForNewPage(By.id("save-addon-user"));
        assertEquals("De gebruiker van de add-on is opgeslagen.", browser.waitFor(By.id("done")).getText());
        assertEquals("Opmerkingen van het escalatiebeleid zijn van Hanna Servicemanager (manager).",
                browser.driver().findElement(By.id("addon-user-current")).getText());
        // Back to the default (an empty name), so the other tests of this sandbox meet it.
        field = browser.driver().findElement(By.id("addon-user"));
        field.clear();
        browser.clickAndWaitForNewPage(By.id("save-addon-user"));
        assertThat(browser.waitFor(By.id("addon-user-current")).getText(), containsString("(ma-servicedesk-app)"));

        // The audit trail shows who chose, by name.
        browser.open("/plugins/servlet/ma-servicedesk/admin/audit");
        String audit = browser.waitFor(By.id("audit-events")).getText();
        assertThat(audit, containsString("Ilse Beheerder"));
    }
}

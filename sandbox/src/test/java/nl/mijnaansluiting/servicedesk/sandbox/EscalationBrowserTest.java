package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The agent escalates on the request page: without a reason it is refused in Dutch and nothing changes;
 * with one the level, reason and log show (text escaped), the queue shows the level, and the
 * deelnemer sees none of it.
 */
public class EscalationBrowserTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @Rule
    public final HeadlessChromium browser = new HeadlessChromium(SANDBOX);

    @Test
    public void theAgentEscalatesWithAReasonAndSeesLevelAndLog() throws Exception {
        HttpResponse<String> created = new RestClient(SANDBOX, null).call("POST", "/requests", "bram",
                "{\"template\":\"storing-lip\",\"organisation\":\"noordnet\",\"answers\":{\"onderwerp\":\"Geen push\","
                        + "\"omschrijving\":\"x\",\"omgeving\":\"productie\",\"situatie\":\"geen-push\"}}");
        String key = created.body().replaceAll(".*\"key\":\"(MA-\\d+)\".*", "$1");

        browser.signIn("/portal/requests/" + key, "agent", DemoDirectory.PASSWORD);
        assertEquals("Servicedesk", browser.waitFor(By.id("escalation-level")).getText());
        browser.waitFor(By.id("escalation-none"));

        browser.clickAndWaitForNewPage(By.id("escalate"));
        assertThat(browser.waitFor(By.id("error-escalation")).getText(), containsString("Kies de reden van de escalatie."));
        assertEquals("Servicedesk", browser.waitFor(By.id("escalation-level")).getText());

        new Select(browser.driver().findElement(By.id("escalation-reason-choice"))).selectByValue("stagnatie");
        browser.driver().findElement(By.id("escalation-explanation")).sendKeys("Leverancier <b>reageert</b> niet");
        browser.clickAndWaitForNewPage(By.id("escalate"));
        assertEquals("Servicemanager", browser.waitFor(By.id("escalation-level")).getText());
        assertEquals("Stagnatie", browser.driver().findElement(By.id("escalation-reason")).getText());
        String log = browser.driver().findElement(By.id("escalation-log")).getText();
        assertThat(log, containsString("Stagnatie: Leverancier <b>reageert</b> niet"));
        assertThat(log, containsString("manager"));
        browser.waitFor(By.id("deescalate"));

        browser.open("/queue");
        assertEquals("Servicemanager", browser.waitFor(By.cssSelector("#request-" + key + " .ma-escalation")).getText());

        browser.driver().manage().deleteAllCookies();
        browser.signIn("/portal/requests/" + key, "bram", DemoDirectory.PASSWORD);
        browser.waitFor(By.id("request-status"));
        assertTrue(browser.driver().findElements(By.id("escalation")).isEmpty());
        assertTrue(browser.driver().findElements(By.xpath("//*[contains(text(),'[Escalatie]')]")).isEmpty());
    }

    @Test
    public void theAdminSeesPoliciesAndABrokenOneIsNotSaved() throws Exception {
        browser.signInToAdminPage("/plugins/servlet/ma-servicedesk/admin/escalation", "admin", DemoDirectory.PASSWORD);
        assertThat(browser.waitFor(By.id("policy-list")).getText(), containsString("Servicedesk \u2192 Servicemanager \u2192 Eindverantwoordelijke"));
        browser.clickAndWaitForNewPage(By.id("edit-policy-borger-dk"));
        String original = browser.waitFor(By.id("definition-json")).getAttribute("value");
        String broken = original.replaceFirst("\"sharePercent\" : 75", "\"sharePercent\" : 0")
                .replace("\"finalOwners\" : \"ma-eindverantwoordelijken\"", "\"finalOwners\" : \"<b>directie</b>\"");
        // the JSON import goes through the same check as the form: each error at its field of the form
        browser.driver().findElement(By.cssSelector("#definition-json-section summary")).click();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.driver().findElement(By.id("definition-json")), broken);
        browser.clickAndWaitForNewPage(By.id("import-json"));
        assertThat(browser.waitFor(By.id("definition-errors")).getText(), containsString("Niet opgeslagen: 2 fout(en)"));
        assertEquals("Er is geen groep <b>directie</b>.", browser.driver().findElement(
                By.xpath("//input[@id='policy-final-owners']/following-sibling::div[contains(@class,'ma-field-error')]")).getText());
        assertThat(browser.driver().findElement(By.xpath("//input[contains(@id,'-share') and @value='0']"
                + "/following-sibling::div[contains(@class,'ma-field-error')]")).getText(), containsString("0 is geen aandeel van de doeltijd"));
        browser.open("/plugins/servlet/ma-servicedesk/admin/escalation?scheme=borger-dk");
        assertEquals(original, browser.waitFor(By.id("definition-json")).getAttribute("value"));
    }

    @Test
    public void thePolicyFormNamesRecipientsAndRefusesAStepThatDoesNothingAtItsField() throws Exception {
        browser.signInToAdminPage("/plugins/servlet/ma-servicedesk/admin/escalation?scheme=borger-dk", "admin", DemoDirectory.PASSWORD);
        browser.waitFor(By.id("definition-form"));
        // recipients by label, never the enum
        assertThat(browser.driver().findElement(By.id("steps-0")).getText(), containsString("Servicemanager"));
        assertTrue(browser.driver().findElement(By.id("definition-form")).getText().indexOf("SERVICE_MANAGER") < 0);
        String spare = spareStep();
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id(spare + "-metric"))).selectByValue("resolution");
        browser.driver().findElement(By.id(spare + "-share")).sendKeys("200");
        browser.clickAndWaitForNewPage(By.id("save-definition"));
        assertThat(browser.waitFor(By.id("definition-errors")).getText(), containsString("Niet opgeslagen: 1 fout(en)"));
        assertThat(browser.driver().findElement(By.cssSelector("#" + spare + " > .ma-field-error")).getText(),
                containsString("Een stap doet iets"));
        // the step typed is kept on the page; nothing was saved
        assertEquals("200", browser.driver().findElement(By.id(spare + "-share")).getAttribute("value"));
        browser.open("/plugins/servlet/ma-servicedesk/admin/escalation?scheme=borger-dk");
        assertTrue(browser.driver().findElement(By.id(spare + "-share")).getAttribute("value").isEmpty());

        // ticked: the new step tells the service manager; checked first (nothing saved), then saved
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id(spare + "-metric"))).selectByValue("resolution");
        browser.driver().findElement(By.id(spare + "-share")).sendKeys("200");
        browser.driver().findElement(By.cssSelector("label[for='" + spare + "-notify-SERVICE_MANAGER']")).click();
        browser.clickAndWaitForNewPage(By.id("check-definition"));
        assertEquals("Gecontroleerd: alles klopt. Er is nog niets opgeslagen.", browser.waitFor(By.id("done")).getText());
        browser.clickAndWaitForNewPage(By.id("save-definition"));
        assertEquals("Opgeslagen.", browser.waitFor(By.id("done")).getText());
        assertThat(browser.driver().findElement(By.id("definition-json")).getAttribute("value"), containsString("\"sharePercent\" : 200"));
        browser.clickAndWaitForNewPage(By.id("reset-definition"));
        // asked once more before everything goes back to the preset
        assertThat(browser.waitFor(By.id("confirm-reset")).getText(), containsString("Elke wijziging gaat verloren"));
        browser.clickAndWaitForNewPage(By.id("confirm-reset-definition"));
        assertEquals("Hersteld naar de meegeleverde waarden.", browser.waitFor(By.id("done")).getText());
    }

    /** The id of the empty step at the end of the form, the one that adds a step. */
    private String spareStep() {
        return browser.driver().findElement(By.cssSelector("fieldset.ma-step.ma-spare-row")).getAttribute("id");
    }
}

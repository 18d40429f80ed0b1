package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;

import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/** The agent works a request on its page: the status changes and the stored clocks show it. */
public class AgentActionsBrowserTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @Rule
    public final HeadlessChromium browser = new HeadlessChromium(SANDBOX);

    @Test
    public void takingWaitingAndResolvingShowInStatusAndClocks() throws Exception {
        HttpResponse<String> created = new RestClient(SANDBOX, null).call("POST", "/requests", "bram",
                "{\"template\":\"storing-lip\",\"organisation\":\"noordnet\",\"answers\":{\"onderwerp\":\"Geen push\","
                        + "\"omschrijving\":\"x\",\"omgeving\":\"productie\",\"situatie\":\"geen-push\"}}");
        String key = created.body().replaceAll(".*\"key\":\"(MA-\\d+)\".*", "$1");

        browser.signIn("/portal/requests/" + key, "agent", DemoDirectory.PASSWORD);
        browser.clickAndWaitForNewPage(By.id("action-take"));
        assertEquals("In behandeling", browser.waitFor(By.id("request-status")).getAttribute("textContent").trim());
        assertThat(browser.driver().findElement(By.id("sla-goals")).getText(), containsString("gehaald"));

        browser.clickAndWaitForNewPage(By.id("action-wait"));
        assertEquals("Wachten op klant", browser.waitFor(By.id("request-status")).getAttribute("textContent").trim());
        assertThat(browser.driver().findElement(By.id("sla-goals")).getText(), containsString("gepauzeerd"));

        browser.clickAndWaitForNewPage(By.id("action-resolve"));
        assertEquals("Opgelost", browser.waitFor(By.id("request-status")).getAttribute("textContent").trim());
        assertTrue(browser.driver().findElements(By.id("action-take")).isEmpty());
        browser.waitFor(By.id("action-reopen"));

        // The service manager's monthly report counts it: reaction and resolution met, CSV alongside.
        browser.open("/plugins/servlet/ma-servicedesk/reports/compliance?scheme=mijn-aansluiting");
        String report = browser.waitFor(By.id("report")).getText();
        assertThat(report, containsString("LIP H Reactie 1 1 100 % 90 %"));
        browser.waitFor(By.id("report-csv"));
        browser.open("/plugins/servlet/ma-servicedesk/reports/compliance?scheme=mijn-aansluiting&month=<b>nu</b>");
        assertEquals("<b>nu</b> is geen maand; schrijf jjjj-mm, bijvoorbeeld 2026-11.", browser.waitFor(By.id("error-month")).getText());
    }

    @Test
    public void theDeelnemerSeesNoActions() throws Exception {
        HttpResponse<String> created = new RestClient(SANDBOX, null).call("POST", "/requests", "bram",
                "{\"template\":\"storing-lip\",\"organisation\":\"noordnet\",\"answers\":{\"onderwerp\":\"Push\","
                        + "\"omschrijving\":\"x\",\"omgeving\":\"productie\",\"situatie\":\"geen-pull\"}}");
        String key = created.body().replaceAll(".*\"key\":\"(MA-\\d+)\".*", "$1");
        browser.signIn("/portal/requests/" + key, "bram", DemoDirectory.PASSWORD);
        assertEquals("Open", browser.waitFor(By.id("request-status")).getAttribute("textContent").trim());
        assertTrue(browser.driver().findElements(By.id("action-form")).isEmpty());
    }
}

package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;

import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/** An agent sets a request's priority by hand on the request page; the mismatch with the answers shows. */
public class PriorityOverrideBrowserTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @Rule
    public final HeadlessChromium browser = new HeadlessChromium(SANDBOX);

    @Test
    public void anAgentSetsThePriorityByHandWithAReasonAndLetsTheAnswersDecideAgain() throws Exception {
        HttpResponse<String> created = new RestClient(SANDBOX, null).call("POST", "/requests", "bram",
                "{\"template\":\"storing-dsp\",\"organisation\":\"noordnet\",\"answers\":{\"onderwerp\":\"Berichten\","
                        + "\"omschrijving\":\"x\",\"omgeving\":\"productie\",\"situatie\":\"specifieke-berichten\"}}");
        assertEquals(created.body(), 201, created.statusCode());
        String key = created.body().replaceAll(".*\"key\":\"(MA-\\d+)\".*", "$1");

        browser.signIn("/portal/requests/" + key, "agent", DemoDirectory.PASSWORD);
        assertEquals("M", browser.waitFor(By.id("derived-priority")).getText());
        new Select(browser.driver().findElement(By.id("override-priority"))).selectByValue("K");
        browser.clickAndWaitForNewPage(By.id("set-priority"));
        assertEquals("Geef aan waarom u de prioriteit met de hand zet.", browser.waitFor(By.id("error-priority")).getText());

        new Select(browser.driver().findElement(By.id("override-priority"))).selectByValue("K");
        browser.driver().findElement(By.id("override-reason")).sendKeys("Alle deelnemers geraakt <volgens belronde>");
        browser.clickAndWaitForNewPage(By.id("set-priority"));
        assertEquals("K", browser.waitFor(By.id("hand-set-priority")).getText());
        assertEquals("Prioriteitongelijkheid", browser.driver().findElement(By.id("priority-mismatch")).getAttribute("textContent"));
        assertThat(browser.driver().findElement(By.id("priority-decision")).getText(),
                containsString("Met de hand gezet door Gert Agent: Alle deelnemers geraakt <volgens belronde>"));

        browser.clickAndWaitForNewPage(By.id("derive-priority"));
        browser.waitFor(By.id("derived-priority"));
        assertTrue(browser.driver().findElements(By.id("hand-set-priority")).isEmpty());
    }

    @Test
    public void aDeelnemerDoesNotSeeTheAgentsPriorityForm() throws Exception {
        HttpResponse<String> created = new RestClient(SANDBOX, null).call("POST", "/requests", "bram",
                "{\"template\":\"storing-dsp\",\"organisation\":\"noordnet\",\"answers\":{\"onderwerp\":\"B\","
                        + "\"omschrijving\":\"x\",\"omgeving\":\"productie\",\"situatie\":\"geen-impact\"}}");
        String key = created.body().replaceAll(".*\"key\":\"(MA-\\d+)\".*", "$1");
        browser.signIn("/portal/requests/" + key, "bram", DemoDirectory.PASSWORD);
        browser.waitFor(By.id("request-priority"));
        assertTrue(browser.driver().findElements(By.id("priority-form")).isEmpty());
    }
}

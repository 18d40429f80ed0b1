package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import java.net.http.HttpResponse;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/** What a deelnemer reads on the request page and in "Mijn verzoeken" (issue 15: wrong and raw things shown). */
public class RequestPageBrowserTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @Rule
    public final HeadlessChromium browser = new HeadlessChromium(SANDBOX);

    private static String raise(String situation) throws Exception {
        HttpResponse<String> created = new RestClient(SANDBOX, null).call("POST", "/requests", "bram",
                "{\"template\":\"storing-dsp\",\"organisation\":\"noordnet\",\"answers\":{\"onderwerp\":\"Berichten\","
                        + "\"omschrijving\":\"x\",\"omgeving\":\"productie\",\"situatie\":\"" + situation + "\"}}");
        assertEquals(created.body(), 201, created.statusCode());
        return created.body().replaceAll(".*\"key\":\"(MA-\\d+)\".*", "$1");
    }

    @Test
    public void aPrioritySetByHandIsWhatTheDeelnemerSeesOnTheRequestAndInMijnVerzoeken() throws Exception {
        String key = raise("specifieke-berichten");
        HttpResponse<String> set = new RestClient(SANDBOX, null).call("PUT", "/priority/requests/" + key, "agent",
                "{\"priority\":\"K\",\"reason\":\"Alle deelnemers geraakt\"}");
        assertEquals(set.body(), 200, set.statusCode());

        browser.signIn("/portal/requests/" + key, "bram", DemoDirectory.PASSWORD);
        assertEquals("K", browser.waitFor(By.id("request-priority")).getText());
        String why = browser.driver().findElement(By.id("request-priority-explanation")).getText();
        assertEquals("De servicedesk heeft de prioriteit met de hand op Kritiek (K) gezet; uit de antwoorden volgde Middel (M).", why);
        assertThat(why, not(containsString("Issue met versturen")));

        browser.open("/portal/requests");
        assertEquals("K", browser.waitFor(By.cssSelector("#request-" + key + " .ma-priority")).getText());
    }

    @Test
    public void answersShowTheChosenOptionsLabelInTheReadersLanguage() throws Exception {
        String key = raise("specifieke-berichten");
        browser.signIn("/portal/requests/" + key, "bram", DemoDirectory.PASSWORD);
        assertEquals("Productie", browser.waitFor(By.id("answer-omgeving")).getText());
        assertEquals("Issue met versturen / ontvangen van specifieke berichten.",
                browser.driver().findElement(By.id("answer-situatie")).getText());
        // Moments as a Dutch reader writes them: "1 dec. 2026 08:17", not "2026-12-01 08:17".
        assertTrue(browser.driver().findElement(By.id("request-details")).getText(),
                browser.driver().findElement(By.id("request-details")).getText().matches("(?s).*\\d{1,2} [a-z]{3}\\.? \\d{4} \\d{2}:\\d{2}.*"));
        // The M resolution goal is 3 working days, not the 24 hours ("PT24H") it comes to on the helpdesk's calendar.
        String goals = browser.driver().findElement(By.id("sla-goals")).getText();
        assertThat(goals, containsString("Oplossing VOORBEELDWAARDE 3 werkdagen"));
        assertThat(goals, not(containsString("PT")));

        browser.open("/language?to=en&next=/portal/requests/" + key);
        browser.waitForText(By.id("answer-omgeving"), "Production");
        assertEquals("Issue with sending / receiving specific messages.",
                browser.driver().findElement(By.id("answer-situatie")).getText());
        assertThat(browser.driver().findElement(By.id("sla-goals")).getText(), containsString("3 working days"));
        String details = browser.driver().findElement(By.id("request-details")).getText();
        assertThat(details, containsString("Participant"));
        assertThat(details, not(containsString("Deelnemer")));
    }

    @Test
    public void anAgentReadsTheRequestInEnglishWithoutDutchLeftOvers() throws Exception {
        String key = raise("specifieke-berichten");
        new RestClient(SANDBOX, null).call("PUT", "/priority/requests/" + key, "agent",
                "{\"priority\":\"K\",\"reason\":\"Alle deelnemers geraakt\"}");
        browser.signIn("/language?to=en&next=/portal/requests/" + key, "agent", DemoDirectory.PASSWORD);
        assertEquals("Priority mismatch", browser.waitFor(By.id("priority-mismatch")).getAttribute("textContent"));
        assertThat(browser.driver().findElement(By.id("request-details")).getText(), not(containsString("Deelnemer")));
    }

    @Test
    public void theHeaderShowsTheLogoAndTheMenusOnOneLine() {
        browser.driver().manage().window().setSize(new Dimension(1366, 800));
        browser.signIn("/portal/requests", "bram", DemoDirectory.PASSWORD);
        browser.waitFor(By.id("nav-my-requests"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        assertEquals(Boolean.TRUE, js.executeScript("var i = document.querySelector('#logo img');"
                + " return i.complete && i.naturalWidth > 0 && i.getBoundingClientRect().width > 0;"));
        long logoTop = Math.round(((Number) js.executeScript("return document.getElementById('logo').getBoundingClientRect().top;")).doubleValue());
        long navTop = Math.round(((Number) js.executeScript("return document.getElementById('nav-my-requests').getBoundingClientRect().top;")).doubleValue());
        long userTop = Math.round(((Number) js.executeScript("return document.getElementById('logout').getBoundingClientRect().top;")).doubleValue());
        long height = Math.round(((Number) js.executeScript("return document.getElementById('header').getBoundingClientRect().height;")).doubleValue());
        assertTrue("one line: logo at " + logoTop + ", menu at " + navTop + ", sign out at " + userTop + ", " + height + " px high",
                Math.abs(logoTop - navTop) < 20 && Math.abs(navTop - userTop) < 20 && height < 64);
        // Jira's header is a coloured bar, not a white page.
        assertThat((String) js.executeScript("return getComputedStyle(document.querySelector('#header .aui-header')).backgroundColor;"),
                not(containsString("255, 255, 255")));
    }

    @Test
    public void aRequestThatDoesNotExistIsNotFoundRatherThanForbidden() {
        browser.signIn("/portal/requests/MA-99999", "bram", DemoDirectory.PASSWORD);
        assertEquals("Niet gevonden", browser.waitFor(By.id("page-title")).getText());
        assertThat(browser.driver().findElement(By.id("not-found")).getText(), containsString("Er is geen verzoek MA-99999."));
        assertTrue(browser.driver().findElements(By.id("forbidden")).isEmpty());
    }

    @Test
    public void aLongCommentWrapsAndTheRequestPageFitsA360PixelScreen() throws Exception {
        String key = raise("specifieke-berichten");
        String longWord = "https://example.org/" + "x".repeat(600);
        String longLine = "Een lange regel zonder regeleinden. ".repeat(60);
        HttpResponse<String> comment = new RestClient(SANDBOX, null).call("POST", "/requests/" + key + "/comments", "bram",
                "{\"body\":\"" + longWord + "\\n" + longLine + "\"}");
        assertEquals(comment.body(), 201, comment.statusCode());

        browser.driver().manage().window().setSize(new Dimension(360, 740));
        browser.signIn("/portal/requests/" + key, "bram", DemoDirectory.PASSWORD);
        browser.waitFor(By.cssSelector(".ma-comment"));
        assertTrue(browser.driver().findElements(By.cssSelector("#comments pre, #request-details pre")).isEmpty());
        long viewport = (Long) ((JavascriptExecutor) browser.driver()).executeScript("return window.innerWidth;");
        long page = (Long) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollWidth;");
        assertTrue("the page is " + page + " px wide in a " + viewport + " px window", page <= viewport);
        // The deelnemer's line break is kept.
        assertThat(browser.driver().findElement(By.cssSelector(".ma-comment-body")).getText(), containsString(longWord + "\n"));
    }
}

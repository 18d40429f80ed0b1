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

    // ----- Issue 15 (portal2): the agent's view and the portal's request page, as JSM has them -----

    private static HttpResponse<String> rest(String method, String path, String user, String json) throws Exception {
        return new RestClient(SANDBOX, null).call(method, path, user, json);
    }

    private static long px(HeadlessChromium browser, String script) {
        return Math.round(((Number) ((JavascriptExecutor) browser.driver()).executeScript(script)).doubleValue());
    }

    @Test
    public void anAgentChoosesBetweenAReplyAndAnInternalNoteAndTheNoteLooksDifferent() throws Exception {
        String key = raise("specifieke-berichten");
        browser.signIn("/portal/requests/" + key, "agent", DemoDirectory.PASSWORD);
        browser.waitFor(By.id("comment-body")).sendKeys("Leverancier gebeld, wacht op terugbelverzoek.");
        browser.clickAndWaitForNewPage(By.id("internal-note"));
        browser.waitFor(By.id("comment-body")).sendKeys("We onderzoeken de berichten.");
        browser.clickAndWaitForNewPage(By.id("reply-customer"));

        java.util.List<org.openqa.selenium.WebElement> comments = browser.driver().findElements(By.cssSelector("#comments .ma-comment"));
        assertEquals(2, comments.size());
        assertThat(comments.get(0).getAttribute("class"), containsString("ma-comment-internal"));
        assertThat(comments.get(0).getAttribute("textContent"), containsString("Interne notitie"));
        assertThat(comments.get(1).getAttribute("class"), not(containsString("ma-comment-internal")));
        // Visibly different: the note has its own background.
        assertThat((String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return getComputedStyle(document.querySelector('.ma-comment-internal')).backgroundColor;"), not(containsString("0, 0, 0, 0")));
        assertThat(browser.driver().findElement(By.id("timeline")).getText(), containsString("Gert Agent heeft een interne notitie geschreven."));

        // The note never reaches the deelnemer over REST; the reply does.
        String bramSees = rest("GET", "/requests/" + key + "/comments", "bram", null).body();
        assertThat(bramSees, containsString("We onderzoeken de berichten."));
        assertThat(bramSees, not(containsString("Leverancier gebeld")));
        assertThat(bramSees, not(containsString("internal")));
        // Nor can a deelnemer write one.
        HttpResponse<String> refused = rest("POST", "/requests/" + key + "/comments", "bram", "{\"body\":\"x\",\"internal\":true}");
        assertEquals(403, refused.statusCode());
        assertThat(refused.body(), containsString("Alleen medewerkers van de servicedesk kunnen een interne notitie schrijven."));
    }

    @Test
    public void theDeelnemerAndAKeyUserColleagueNeverSeeAnInternalNoteOnThePage() throws Exception {
        String key = raise("specifieke-berichten");
        assertEquals(201, rest("POST", "/requests/" + key + "/comments", "agent",
                "{\"body\":\"Alleen intern: klant eerder lastig geweest\",\"internal\":true}").statusCode());
        assertEquals(201, rest("POST", "/requests/" + key + "/comments", "agent", "{\"body\":\"We kijken ernaar.\"}").statusCode());
        assertEquals(200, rest("PUT", "/requests/" + key + "/sharing", "bram", "{\"shared\":true}").statusCode());
        // anna is key-user of Noordnet: she reads the shared request, never its note.
        String annaSees = rest("GET", "/requests/" + key + "/comments", "anna", null).body();
        assertThat(annaSees, containsString("We kijken ernaar."));
        assertThat(annaSees, not(containsString("Alleen intern")));

        browser.signIn("/portal/requests/" + key, "anna", DemoDirectory.PASSWORD);
        String page = browser.waitFor(By.id("request-layout")).getText();
        assertThat(page, containsString("We kijken ernaar."));
        assertThat(page, not(containsString("Alleen intern")));
        assertThat(page, not(containsString("interne notitie")));
        assertTrue(browser.driver().findElements(By.cssSelector(".ma-comment-internal")).isEmpty());
        // A deelnemer gets one plain button, not the agent's choice.
        assertTrue(browser.driver().findElements(By.id("internal-note")).isEmpty());
        assertTrue(browser.driver().findElements(By.id("assign")).isEmpty());
    }

    @Test
    public void theAgentTakesTheRequestHandsItToAColleagueAndTheQueueSaysWho() throws Exception {
        String key = raise("specifieke-berichten");
        browser.signIn("/portal/requests/" + key, "agent", DemoDirectory.PASSWORD);
        assertEquals("Niemand", browser.waitFor(By.id("request-assignee")).getText());
        browser.clickAndWaitForNewPage(By.id("assign-to-me"));
        assertEquals("Gert Agent", browser.waitFor(By.id("request-assignee")).getText());
        assertTrue("no 'assign to me' once it is mine", browser.driver().findElements(By.id("assign-to-me")).isEmpty());
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("assignee-choice"))).selectByValue("manager");
        browser.clickAndWaitForNewPage(By.id("assign-submit"));
        assertEquals("Hanna Servicemanager", browser.waitFor(By.id("request-assignee")).getText());
        assertThat(browser.driver().findElement(By.id("timeline")).getText(),
                containsString("Gert Agent heeft het verzoek toegewezen aan Hanna Servicemanager."));

        browser.open("/queue");
        assertEquals("Hanna Servicemanager", browser.waitFor(By.cssSelector("#request-" + key + " .ma-assignee")).getText());
        // REST: the same, and only to an agent.
        assertThat(rest("GET", "/requests/" + key, "agent", null).body(), containsString("\"assignee\":\"manager\""));
        HttpResponse<String> notAnAgent = rest("PUT", "/requests/" + key + "/assignee", "agent", "{\"assignee\":\"bram\"}");
        assertEquals(400, notAnAgent.statusCode());
        assertThat(notAnAgent.body(), containsString("bram is geen medewerker van de servicedesk."));
        assertEquals(403, rest("PUT", "/requests/" + key + "/assignee", "bram", "{\"assignee\":\"agent\"}").statusCode());
        assertThat(rest("GET", "/requests/" + key, "bram", null).body(), not(containsString("assignee")));
    }

    @Test
    public void theActionsStandBesideTheRequestOnAWideScreenAndBelowItAt360Pixels() throws Exception {
        String key = raise("specifieke-berichten");
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        browser.signIn("/portal/requests/" + key, "agent", DemoDirectory.PASSWORD);
        browser.waitFor(By.id("action-form"));
        long detailsRight = px(browser, "return document.getElementById('request-details').getBoundingClientRect().right;");
        long sideLeft = px(browser, "return document.getElementById('request-side').getBoundingClientRect().left;");
        long actionsTop = px(browser, "return document.getElementById('action-form').getBoundingClientRect().top;");
        long filesTop = px(browser, "return document.getElementById('files').getBoundingClientRect().top;");
        assertTrue("beside: side column at " + sideLeft + ", details end at " + detailsRight, sideLeft >= detailsRight);
        assertTrue("not below the attachments: actions at " + actionsTop + ", files at " + filesTop, actionsTop < filesTop);

        browser.driver().manage().window().setSize(new Dimension(360, 740));
        browser.open("/portal/requests/" + key);
        browser.waitFor(By.id("action-form"));
        long mainBottom = px(browser, "return document.getElementById('request-main').getBoundingClientRect().bottom;");
        long sideTop = px(browser, "return document.getElementById('request-side').getBoundingClientRect().top;");
        assertTrue("stacked at 360 px: side at " + sideTop + ", main ends at " + mainBottom, sideTop >= mainBottom);
        long viewport = px(browser, "return window.innerWidth;");
        long page = px(browser, "return document.documentElement.scrollWidth;");
        assertTrue("the agent's page is " + page + " px wide in a " + viewport + " px window", page <= viewport);
    }

    @Test
    public void theRequestShowsItsActivityInTheReadersLanguageAndZone() throws Exception {
        String key = raise("specifieke-berichten");
        assertEquals(200, rest("POST", "/requests/" + key + "/transitions", "agent", "{\"action\":\"take\"}").statusCode());
        assertEquals(200, rest("PUT", "/priority/requests/" + key, "agent", "{\"priority\":\"H\",\"reason\":\"Veel berichten\"}").statusCode());
        assertEquals(201, rest("POST", "/requests/" + key + "/comments", "agent", "{\"body\":\"Intern\",\"internal\":true}").statusCode());
        assertEquals(201, rest("POST", "/requests/" + key + "/comments", "agent", "{\"body\":\"Opgepakt.\"}").statusCode());

        browser.driver().manage().window().setSize(new Dimension(360, 740));
        browser.signIn("/portal/requests/" + key, "bram", DemoDirectory.PASSWORD);
        String timeline = browser.waitFor(By.id("timeline")).getText();
        assertThat(timeline, containsString("Bram Jansen heeft het verzoek ingediend."));
        assertThat(timeline, containsString("Prioriteit Middel (M) volgde uit de antwoorden."));
        assertThat(timeline, containsString("Gert Agent heeft de status gewijzigd in \u201cIn behandeling\u201d."));
        assertThat(timeline, containsString("Gert Agent heeft de prioriteit op Hoog (H) gezet."));
        assertThat(timeline, containsString("Gert Agent heeft gereageerd."));
        assertThat(timeline, not(containsString("interne notitie")));
        // Who took it is the desk's business, as JSM's portal keeps it.
        assertThat(timeline, not(containsString("opgepakt")));
        // Moments as the reader writes them, in their zone: "1 dec. 2026 14:18".
        assertTrue(timeline, timeline.matches("(?s)\\d{1,2} [a-z]{3}\\.? \\d{4} \\d{2}:\\d{2}.*"));
        long viewport = px(browser, "return window.innerWidth;");
        long page = px(browser, "return document.documentElement.scrollWidth;");
        assertTrue("the page is " + page + " px wide in a " + viewport + " px window", page <= viewport);

        browser.open("/language?to=en&next=/portal/requests/" + key);
        browser.waitForText(By.id("activity"), "Activity");
        String english = browser.driver().findElement(By.id("timeline")).getText();
        assertThat(english, containsString("Bram Jansen raised the request."));
        assertThat(english, containsString("Gert Agent changed the status to \u201cIn progress\u201d."));
        assertThat(english, containsString("Gert Agent set the priority to High (H)."));
        // The calendar's name too, not the Dutch one stored with it.
        String goals = browser.driver().findElement(By.id("sla-goals")).getText();
        assertThat(goals, containsString("Mijn Aansluiting helpdesk (Mon-Fri 9:00-17:00)"));
        assertThat(goals, not(containsString("ma-vr")));
    }

    @Test
    public void theReporterSharesTheRequestWithTheOrganisationAndOnlyItsMembersSeeIt() throws Exception {
        String key = raise("specifieke-berichten");
        assertEquals(404, rest("GET", "/requests/" + key, "anna", null).statusCode());
        browser.signIn("/portal/requests/" + key, "bram", DemoDirectory.PASSWORD);
        assertThat(browser.waitFor(By.id("share-state")).getText(), containsString("niet uw collega\u2019s van Noordnet Netbeheer"));
        browser.clickAndWaitForNewPage(By.id("share-toggle"));
        assertEquals("Gedeeld met Noordnet Netbeheer", browser.waitFor(By.id("share-state")).getText());
        assertThat(browser.driver().findElement(By.id("timeline")).getText(), containsString("Bram Jansen heeft het verzoek gedeeld met de organisatie."));

        // A colleague of Noordnet now reads it and finds it under "Verzoeken van mijn organisatie"; Rivierstroom does not.
        assertEquals(200, rest("GET", "/requests/" + key, "anna", null).statusCode());
        assertThat(rest("GET", "/requests/shared", "anna", null).body(), containsString("\"key\":\"" + key + "\""));
        assertEquals(404, rest("GET", "/requests/" + key, "carla", null).statusCode());
        assertEquals(404, rest("GET", "/requests/" + key + "/comments", "carla", null).statusCode());
        assertThat(rest("GET", "/requests/shared", "carla", null).body(), not(containsString(key + "\"")));
        // Only the reporter shares or stops sharing.
        assertEquals(403, rest("PUT", "/requests/" + key + "/sharing", "anna", "{\"shared\":false}").statusCode());

        browser.open("/portal/shared");
        assertTrue("the reporter's own request is under Mijn verzoeken, not under the organisation's",
                browser.waitFor(By.id("list-shared")).isDisplayed()
                        && browser.driver().findElements(By.id("request-" + key)).isEmpty());
        browser.clickAndWaitForNewPage(By.id("list-mine"));
        browser.waitFor(By.id("request-" + key));
        browser.open("/portal/requests/" + key);
        browser.clickAndWaitForNewPage(By.id("share-toggle"));
        assertEquals(404, rest("GET", "/requests/" + key, "anna", null).statusCode());
    }

    @Test
    public void requestsOfATemplateWithoutASubjectStillReadApartInTheQueue() throws Exception {
        for (String orders : new String[] {"DSP-1001\nDSP-1002", "DSP-2001"}) {
            HttpResponse<String> created = rest("POST", "/requests", "anna", "{\"template\":\"dsp-opdrachten-annuleren\","
                    + "\"organisation\":\"noordnet\",\"answers\":{\"opdrachten\":\"" + orders.replace("\n", "\\n")
                    + "\",\"reden\":\"Dubbel ingediend\"}}");
            assertEquals(created.body(), 201, created.statusCode());
        }
        browser.signIn("/queue?organisation=noordnet", "agent", DemoDirectory.PASSWORD);
        String queue = browser.waitFor(By.id("requests")).getText();
        assertThat(queue, containsString("DSP: Opdrachten annuleren: DSP-1001 DSP-1002"));
        assertThat(queue, containsString("DSP: Opdrachten annuleren: DSP-2001"));
    }

    @Test
    public void theListsOfRequestsKeepA360PixelScreensWidth() throws Exception {
        String key = raise("specifieke-berichten");
        assertEquals(200, rest("PUT", "/requests/" + key + "/sharing", "bram", "{\"shared\":true}").statusCode());
        browser.driver().manage().window().setSize(new Dimension(360, 740));
        browser.signIn("/portal/requests", "bram", DemoDirectory.PASSWORD);
        browser.waitFor(By.id("request-" + key));
        assertTrue("Mijn verzoeken is " + px(browser, "return document.documentElement.scrollWidth;") + " px wide",
                px(browser, "return document.documentElement.scrollWidth;") <= px(browser, "return window.innerWidth;"));
        browser.driver().manage().deleteAllCookies();
        browser.signIn("/portal/shared", "anna", DemoDirectory.PASSWORD);
        browser.waitFor(By.id("request-" + key));
        assertTrue("Verzoeken van mijn organisatie is " + px(browser, "return document.documentElement.scrollWidth;") + " px wide",
                px(browser, "return document.documentElement.scrollWidth;") <= px(browser, "return window.innerWidth;"));
    }
}

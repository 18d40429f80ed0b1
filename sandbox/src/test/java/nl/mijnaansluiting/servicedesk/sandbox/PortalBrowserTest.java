package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/** Deelnemers and agents in the sandbox's portal, in headless Chromium. */
public class PortalBrowserTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @Rule
    public final HeadlessChromium browser = new HeadlessChromium(SANDBOX);

    @Test
    public void aKeyUserCancelsOrdersAndSeesItInMijnVerzoeken() {
        browser.signIn("/portal", "anna", DemoDirectory.PASSWORD);
        browser.clickAndWaitForNewPage(By.id("template-dsp-opdrachten-annuleren"));
        browser.waitFor(By.id("field-opdrachten")).sendKeys("OPD-2001\nOPD-2002");
        browser.driver().findElement(By.id("field-reden")).sendKeys("Per abuis ingelegd");
        // Not "Annuleren" on a form that cancels orders: it only goes back.
        assertEquals("Terug", browser.driver().findElement(By.id("form-back")).getText());
        browser.clickAndWaitForNewPage(By.id("submit-request"));
        assertThat(browser.waitFor(By.id("answer-opdrachten")).getText(), containsString("OPD-2002"));
        assertTrue(browser.driver().findElement(By.id("created")).getText().matches("Uw verzoek MA-\\d+ is ontvangen\\. .*"));

        browser.clickAndWaitForNewPage(By.id("nav-my-requests"));
        String mine = browser.waitFor(By.id("requests")).getText();
        assertThat(mine, containsString("DSP: Opdrachten annuleren"));
        assertThat(mine, containsString("Open"));
    }

    @Test
    public void anIncidentFormAsksThePriorityQuestionsAndTheRequestShowsItsPriority() {
        browser.signIn("/portal/create/storing-lip", "daan", DemoDirectory.PASSWORD);
        browser.waitFor(By.id("field-onderwerp")).sendKeys("Geen aanvragen");
        browser.driver().findElement(By.id("field-omschrijving")).sendKeys("Sinds 9:00 komen er geen aanvragen binnen.");
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("field-omgeving"))).selectByValue("productie");
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("field-situatie"))).selectByValue("geen-push");
        browser.clickAndWaitForNewPage(By.id("submit-request"));
        assertEquals("H", browser.waitFor(By.id("request-priority")).getText());
        assertTrue(browser.driver().findElement(By.id("created")).getText(),
                browser.driver().findElement(By.id("created")).getText().matches("Uw melding MA-\\d+ is ontvangen\\. .*"));
        // The status as a lozenge, as JSM shows it.
        assertEquals("Open", browser.driver().findElement(By.cssSelector("#request-status .aui-lozenge-new")).getAttribute("textContent").trim());
        assertEquals("Hoog (H): Netbeheerder ontvangt geen enkele aanvraag via de aanvraag (push) service.",
                browser.driver().findElement(By.id("request-priority-explanation")).getText());
        String goals = browser.driver().findElement(By.id("sla-goals")).getText();
        assertThat(goals, containsString("Reactie VOORBEELDWAARDE 1 u Helpdesk Mijn Aansluiting"));
        assertThat(goals, containsString("Oplossing VOORBEELDWAARDE 8 u"));
    }

    @Test
    public void aDatalekShowsThe72HourReportToTheAutoriteitPersoonsgegevens() {
        browser.signIn("/portal/create/beveiligingsincident", "eva", DemoDirectory.PASSWORD);
        browser.waitFor(By.id("field-onderwerp")).sendKeys("Lijst met aanvragers gemaild");
        browser.driver().findElement(By.id("field-omschrijving")).sendKeys("Een bestand met 250 dossiers is naar een verkeerde ontvanger gestuurd.");
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("field-omgeving"))).selectByValue("productie");
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("field-impact"))).selectByValue("geen");
        browser.driver().findElement(By.id("field-aanvraagdossiers")).sendKeys("250");
        browser.clickAndWaitForNewPage(By.id("submit-request"));
        assertEquals("H", browser.waitFor(By.id("request-priority")).getText());
        assertThat(browser.driver().findElement(By.id("sla-goals")).getText(),
                containsString("Melding datalek aan de Autoriteit Persoonsgegevens 72 u Klokuren (24/7)"));
    }

    @Test
    public void aPlainDeelnemerOfTheSameOrganisationDoesNotSeeTheTemplate() {
        browser.signIn("/portal", "bram", DemoDirectory.PASSWORD);
        browser.waitFor(By.id("group-service-request"));
        assertTrue(browser.driver().findElements(By.id("template-dsp-opdrachten-annuleren")).isEmpty());
        assertTrue(!browser.driver().findElements(By.id("template-wijzigingsverzoek")).isEmpty());
        browser.open("/portal/create/dsp-opdrachten-annuleren");
        // Hidden as if it did not exist: nothing tells a plain deelnemer that key-users have more.
        assertThat(browser.waitFor(By.id("not-found")).getText(), containsString("Er is geen verzoektype dsp-opdrachten-annuleren."));
    }

    @Test
    public void missingFieldsComeBackPerFieldWithWhatWasTypedAndNothingIsCreated() {
        browser.signIn("/portal/create/wijzigingsverzoek", "bram", DemoDirectory.PASSWORD);
        browser.waitFor(By.id("field-onderwerp")).sendKeys("<b>Nieuw veld</b>");
        browser.clickAndWaitForNewPage(By.id("submit-request"));
        assertEquals("Dit veld is verplicht.", browser.waitFor(By.id("error-indiener")).getText());
        assertEquals("Dit veld is verplicht.", browser.driver().findElement(By.id("error-achtergrond")).getText());
        assertTrue(browser.driver().findElements(By.id("error-onderwerp")).isEmpty());
        assertEquals("<b>Nieuw veld</b>", browser.driver().findElement(By.id("field-onderwerp")).getAttribute("value"));
        browser.open("/portal/requests");
        browser.waitFor(By.id("no-requests"));
    }

    @Test
    public void textWithHtmlIsShownEscapedToTheCustomerAndInTheQueue() {
        String typed = "<img src=x onerror=alert(1)> & \"quotes\"";
        browser.signIn("/portal/create/informatievraag", "frank", DemoDirectory.PASSWORD);
        browser.waitFor(By.id("field-onderwerp")).sendKeys(typed);
        browser.driver().findElement(By.id("field-vraag")).sendKeys(typed);
        browser.clickAndWaitForNewPage(By.id("submit-request"));
        assertEquals(typed, browser.waitFor(By.id("answer-vraag")).getText());
        assertThat(browser.driver().findElement(By.id("page-title")).getText(), containsString(typed));
        browser.driver().findElement(By.id("comment-body")).sendKeys("<script>x</script>");
        browser.clickAndWaitForNewPage(By.id("submit-comment"));
        assertThat(browser.waitFor(By.id("comments")).getText(), containsString("<script>x</script>"));
        assertTrue(browser.driver().findElements(By.cssSelector("#content img")).isEmpty());

        browser.clickAndWaitForNewPage(By.id("logout"));
        browser.waitFor(By.id("login-form"));
        browser.signIn("/queue", "agent", DemoDirectory.PASSWORD);
        String queue = browser.waitFor(By.id("requests")).getText();
        assertThat(queue, containsString(typed));
        assertThat(queue, containsString("Frank Mulder"));
        assertTrue(browser.driver().findElements(By.cssSelector("#requests img")).isEmpty());
        assertThat(browser.driver().getPageSource(), not(containsString("<img src=x")));
    }

    /** Issue 15 (portal2): the request types as a help center shows them: groups, an icon and a line each, a search. */
    @Test
    public void theHomeShowsRequestTypesPerGroupWithAnIconAndALineAndASearchWithoutScript() {
        browser.signIn("/portal", "bram", DemoDirectory.PASSWORD);
        assertEquals("Storing melden", browser.waitFor(By.cssSelector("#group-incident h2")).getText());
        assertEquals("Serviceverzoek", browser.driver().findElement(By.cssSelector("#group-service-request h2")).getText());
        java.util.List<org.openqa.selenium.WebElement> types = browser.driver().findElements(By.cssSelector(".ma-type"));
        assertTrue(types.size() >= 6);
        for (org.openqa.selenium.WebElement type : types) {
            assertEquals(1, type.findElements(By.cssSelector(".ma-type-icon .aui-icon")).size());
            assertTrue(type.getText(), !type.findElement(By.cssSelector(".ma-type-description")).getText().isBlank());
        }
        // The icon is drawn (AUI's icon font), not an empty box.
        assertTrue((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var i = document.querySelector('#template-storing-lip .aui-icon'); var r = i.getBoundingClientRect();"
                        + " return r.width > 0 && getComputedStyle(i, '::before').content !== 'none';"));

        browser.waitFor(By.id("type-search-q")).sendKeys("datalek");
        browser.clickAndWaitForNewPage(By.id("type-search-submit"));
        assertEquals(1, browser.driver().findElements(By.cssSelector(".ma-type")).size());
        assertTrue(!browser.driver().findElements(By.id("template-beveiligingsincident")).isEmpty());
        assertEquals("1 soort(en) verzoek bij \u201cdatalek\u201d.", browser.driver().findElement(By.id("type-search-result")).getText());
        assertTrue(browser.driver().findElements(By.id("group-service-request")).isEmpty());

        browser.open("/language?to=en&next=%2Fportal%3Fq%3Dzzz");
        assertEquals("No request type matches \u201czzz\u201d.", browser.waitFor(By.id("type-search-result")).getText());
        assertTrue(browser.driver().findElements(By.cssSelector(".ma-type")).isEmpty());
        browser.clickAndWaitForNewPage(By.id("type-search-clear"));
        assertTrue(browser.driver().findElements(By.cssSelector(".ma-type")).size() >= 6);
        // A key-user-only type stays out of a search by someone who may not use it.
        browser.open("/portal?q=annuleren");
        assertTrue(browser.driver().findElements(By.id("template-dsp-opdrachten-annuleren")).isEmpty());
    }
}

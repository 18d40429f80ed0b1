package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/** What admins read on their pages: labels instead of enum names and keys, moments as people write them (issue 15). */
public class AdminTextsBrowserTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @Rule
    public final HeadlessChromium browser = new HeadlessChromium(SANDBOX);

    @Test
    public void theOutboxSaysInWordsWhereEachMessageIsAndWhen() throws Exception {
        RestClient rest = new RestClient(SANDBOX, null);
        HttpResponse<String> created = rest.call("POST", "/requests", "bram",
                "{\"template\":\"storing-dsp\",\"organisation\":\"noordnet\",\"answers\":{\"onderwerp\":\"Berichten\","
                        + "\"omschrijving\":\"x\",\"omgeving\":\"productie\",\"situatie\":\"specifieke-berichten\"}}");
        String key = created.body().replaceAll(".*\"key\":\"(MA-\\d+)\".*", "$1");
        HttpResponse<String> escalated = rest.call("POST", "/escalations/requests/" + key + "/escalate", "agent",
                "{\"reason\":\"vertraging\",\"explanation\":\"Te laat\"}");
        assertEquals(escalated.body(), 200, escalated.statusCode());

        browser.signInToAdminPage("/plugins/servlet/ma-servicedesk/admin/escalation", "admin", DemoDirectory.PASSWORD);
        String outbox = browser.waitFor(By.id("outbox")).getText();
        assertThat(outbox, containsString(key));
        String state = browser.driver().findElement(By.cssSelector("#outbox .ma-outbox-state")).getText();
        assertTrue(state, state.startsWith("Wacht op verzending") || state.startsWith("Verzonden"));
        assertThat(outbox, not(containsString("PENDING")));
        assertThat(outbox, not(containsString("SENT")));
        assertTrue(outbox, outbox.matches("(?s).*\\d{1,2} [a-z]{3}\\.? \\d{4} \\d{2}:\\d{2}.*"));

        browser.open("/language?to=en&next=/plugins/servlet/ma-servicedesk/admin/escalation");
        String english = browser.waitFor(By.cssSelector("#outbox .ma-outbox-state")).getText();
        assertTrue(english, english.startsWith("Waiting to be sent") || english.startsWith("Sent"));
    }

    @Test
    public void schemeWarningsShowOnTheirOwnProductsTabNamingProductAndRule() {
        browser.signInToAdminPage("/plugins/servlet/ma-servicedesk/admin/priority?scheme=mijn-aansluiting&product=LIP",
                "admin", DemoDirectory.PASSWORD);
        browser.waitFor(By.id("levels"));
        assertTrue("LIP's rules do not overlap", browser.driver().findElements(By.id("warnings")).isEmpty());

        browser.open("/plugins/servlet/ma-servicedesk/admin/priority?scheme=mijn-aansluiting&product=Beveiligingsincident");
        String warnings = browser.waitFor(By.id("warnings")).getText();
        assertThat(warnings, containsString("Beveiligingsincident / datalek, regel H (Hoog): Regel H overlapt met regel K"));
        assertThat(warnings, not(containsString("products[")));
    }

    @Test
    public void borgerDkReadsDutchInTheDutchUiWhereThePresetCarriesATranslation() {
        browser.signInToAdminPage("/plugins/servlet/ma-servicedesk/admin/priority?scheme=borger-dk", "admin", DemoDirectory.PASSWORD);
        String page = browser.waitFor(By.id("levels")).getText() + browser.driver().findElement(By.id("content")).getText();
        assertThat(page, containsString("1 Kritiek"));
        assertThat(page, containsString("Meer dan 20 % van de gebruikelijke gebruikers"));
        for (String danish : new String[] {"Kritisk", "H\u00f8j", "Mellem", "Mere end", "brugere af Systemet"}) {
            assertThat(page, not(containsString(danish)));
        }
    }
}

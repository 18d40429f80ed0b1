package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.assertThat;

/** An admin reads, tries and changes a priority scheme on its page, in headless Chromium. */
public class PriorityAdminBrowserTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @Rule
    public final HeadlessChromium browser = new HeadlessChromium(SANDBOX);

    private static final String PAGE = "/plugins/servlet/ma-servicedesk/admin/priority";

    /** Pastes the text (typing thousands of characters key by key would only make the test slow). */
    private void replaceDefinition(String text) {
        WebElement definition = browser.driver().findElement(By.id("scheme-definition"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", definition, text);
    }

    @Test
    public void theRulesReadAsTheSeedAndProbeerHetGivesPriorityAndExplanation() {
        browser.signInToAdminPage(PAGE + "?scheme=mijn-aansluiting", "admin", DemoDirectory.PASSWORD);
        assertThat(browser.waitFor(By.id("rules")).getText(),
                containsString("LIP aanvraag applicatie is niet beschikbaar voor aanvragers."));
        browser.clickAndWaitForNewPage(By.linkText("Rapportages (PowerBI)"));
        assertThat(browser.waitFor(By.id("product-notes")).getText(), containsString("Hoogstens H: Kritiek is voor Rapportages niet van toepassing"));

        new Select(browser.driver().findElement(By.id("try-omgeving"))).selectByValue("productie");
        new Select(browser.driver().findElement(By.id("try-situatie"))).selectByValue("kritiek");
        browser.clickAndWaitForNewPage(By.id("try-it"));
        assertEquals("H", browser.waitFor(By.id("try-priority")).getText());
        assertThat(browser.driver().findElement(By.id("try-explanation")).getText(),
                containsString("kritieke aanvragen worden als hoog beoordeeld"));

        browser.open(PAGE + "?scheme=mijn-aansluiting&product=Beveiligingsincident&try=1&answer.omgeving=productie"
                + "&answer.impact=geen&answer.aanvraagdossiers=veel");
        assertThat(browser.waitFor(By.id("try-result")).getText(), containsString("veel is geen getal (vraag \u201cAantal getroffen aanvraagdossiers (0 als er geen persoonsgegevens betrokken zijn)\u201d)."));
        assertThat(browser.driver().findElement(By.id("warnings")).getText(), containsString("Regel H overlapt met regel K"));
    }

    @Test
    public void aBrokenDefinitionIsListedAndNotSavedThenAGoodOneBecomesANewVersion() {
        browser.signInToAdminPage(PAGE + "?scheme=borger-dk", "admin", DemoDirectory.PASSWORD);
        assertEquals("Nog niet gewijzigd: het meegeleverde standaardschema geldt.", browser.waitFor(By.id("no-versions")).getText());
        String original = browser.driver().findElement(By.id("scheme-definition")).getAttribute("value");
        assertThat(original, containsString("\"key\" : \"borger-dk\""));

        replaceDefinition(original.replace("\"level\" : \"2\"", "\"level\" : \"<b>9</b>\""));
        browser.clickAndWaitForNewPage(By.id("save-scheme"));
        assertThat(browser.waitFor(By.id("definition-errors")).getText(),
                containsString("products[0].rules[2].level: <b>9</b> is geen prioriteitsniveau van dit schema."));
        browser.open(PAGE + "?scheme=borger-dk");
        browser.waitFor(By.id("no-versions"));

        replaceDefinition(original.replace("\"1 Kritiek\"", "\"1 Kritiek (spoed)\""));
        browser.clickAndWaitForNewPage(By.id("validate-scheme"));
        assertEquals("De definitie is in orde. Nog niet opgeslagen.", browser.waitFor(By.id("done")).getText());
        browser.driver().findElement(By.id("scheme-comment")).sendKeys("Spoed in de naam");
        browser.clickAndWaitForNewPage(By.id("save-scheme"));
        assertEquals("Het schema is opgeslagen als nieuwe versie.", browser.waitFor(By.id("done")).getText());
        assertThat(browser.driver().findElement(By.id("levels")).getText(), containsString("1 Kritiek (spoed)"));
        assertThat(browser.driver().findElement(By.id("versions")).getText(), containsString("Spoed in de naam"));
        // When, as a Dutch reader writes it ("1 dec. 2026 08:17"), not "2026-12-01T07:20:55.062Z".
        String versions = browser.driver().findElement(By.id("versions")).getText();
        assertTrue(versions, versions.matches("(?s).*\\d{1,2} [a-z]{3}\\.? \\d{4} \\d{2}:\\d{2}.*"));
        assertThat(versions, not(containsString("Z")));

        browser.clickAndWaitForNewPage(By.id("preset-scheme"));
        // Asked once more; going back changes nothing.
        assertThat(browser.waitFor(By.id("confirm-preset")).getText(), containsString("Het standaardschema van Borger.dk opnieuw installeren?"));
        assertThat(browser.driver().findElement(By.id("levels")).getText(), containsString("1 Kritiek (spoed)"));
        browser.clickAndWaitForNewPage(By.id("confirm-preset-no"));
        assertThat(browser.waitFor(By.id("levels")).getText(), containsString("1 Kritiek (spoed)"));
        browser.clickAndWaitForNewPage(By.id("preset-scheme"));
        browser.clickAndWaitForNewPage(By.id("confirm-preset-yes"));
        assertEquals("Het standaardschema is opnieuw geïnstalleerd als nieuwe versie.", browser.waitFor(By.id("done")).getText());
        assertThat(browser.driver().findElement(By.id("levels")).getText(), not(containsString("spoed")));
    }

    @Test
    public void anAdminChangesALevelInTheRulesTableAndTheNextEvaluationUsesIt() throws Exception {
        browser.signInToAdminPage(PAGE + "?scheme=mijn-aansluiting&product=DSP", "admin", DemoDirectory.PASSWORD);
        // DSP rule M (specific messages, Analytics/QAS) becomes H; the rest stays as it was.
        new Select(browser.waitFor(By.id("level-2"))).selectByValue("H");
        browser.driver().findElement(By.id("levels-comment")).sendKeys("QAS-uitval weegt zwaarder");
        browser.clickAndWaitForNewPage(By.id("save-levels"));
        assertEquals("Het schema is opgeslagen als nieuwe versie.", browser.waitFor(By.id("done")).getText());
        assertEquals("H", new Select(browser.driver().findElement(By.id("level-2"))).getFirstSelectedOption().getText());
        assertEquals("K", new Select(browser.driver().findElement(By.id("level-0"))).getFirstSelectedOption().getText());
        assertThat(browser.driver().findElement(By.id("versions")).getText(), containsString("QAS-uitval weegt zwaarder"));
        String evaluated = new RestClient(SANDBOX, null).call("POST", "/priority/evaluate", "bram",
                "{\"scheme\":\"mijn-aansluiting\",\"product\":\"DSP\",\"answers\":{\"omgeving\":\"productie\","
                        + "\"situatie\":\"analytics-qas\"}}").body();
        assertThat(evaluated, containsString("\"priority\":\"H\""));
    }

    @Test
    public void onlyAdminsSeeThePage() {
        browser.signIn(PAGE, "agent", DemoDirectory.PASSWORD);
        assertThat(browser.waitFor(By.tagName("body")).getText(), not(containsString("Probeer het")));
        assertThat(browser.driver().getPageSource(), not(containsString("scheme-list")));
    }
}

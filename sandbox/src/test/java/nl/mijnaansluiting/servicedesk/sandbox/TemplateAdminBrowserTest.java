package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/** An admin edits a request template on its page, in headless Chromium. */
public class TemplateAdminBrowserTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @Rule
    public final HeadlessChromium browser = new HeadlessChromium(SANDBOX);

    private static final String PAGE = "/plugins/servlet/ma-servicedesk/admin/templates";

    private void replaceDefinition(String text) {
        WebElement definition = browser.driver().findElement(By.id("template-definition"));
        definition.clear();
        definition.sendKeys(text);
    }

    @Test
    public void aBrokenDefinitionIsListedAndNotSavedThenAGoodOneIsSavedAndReset() {
        browser.signInToAdminPage(PAGE + "?key=informatievraag", "admin", DemoDirectory.PASSWORD);
        String original = browser.waitFor(By.id("template-definition")).getAttribute("value");
        assertThat(original, containsString("\"key\" : \"vraag\""));

        replaceDefinition(original.replace("\"TEXTAREA\"", "\"<b>WIDE</b>\""));
        browser.clickAndWaitForNewPage(By.id("save-template"));
        assertThat(browser.waitFor(By.id("definition-errors")).getText(),
                containsString("fields[1].type: <b>WIDE</b> is geen veldtype"));
        browser.open("/portal/create/informatievraag");
        browser.waitFor(By.id("field-vraag"));

        browser.open(PAGE + "?key=informatievraag");
        replaceDefinition(original.replace("\"Uw vraag\"", "\"Wat wilt u weten?\""));
        browser.clickAndWaitForNewPage(By.id("save-template"));
        assertEquals("Het verzoektype is opgeslagen.", browser.waitFor(By.id("done")).getText());
        browser.open("/portal/create/informatievraag");
        assertThat(browser.waitFor(By.cssSelector("label[for=field-vraag]")).getText(), containsString("Wat wilt u weten?"));

        browser.open(PAGE + "?key=informatievraag");
        browser.clickAndWaitForNewPage(By.id("reset-template"));
        assertEquals("Het verzoektype is hersteld.", browser.waitFor(By.id("done")).getText());
        assertThat(browser.driver().findElement(By.id("template-definition")).getAttribute("value"),
                containsString("\"Uw vraag\""));
    }

    @Test
    public void aDefinitionThatIsNotJsonSaysWhereInTheAdminsLanguage() {
        browser.signInToAdminPage(PAGE + "?key=informatievraag", "admin", DemoDirectory.PASSWORD);
        String original = browser.waitFor(By.id("template-definition")).getAttribute("value");
        // A comma forgotten after the first member.
        replaceDefinition(original.replaceFirst("\"key\" : \"vraag\",", "\"key\" : \"vraag\""));
        browser.clickAndWaitForNewPage(By.id("save-template"));
        String errors = browser.waitFor(By.id("definition-errors")).getText();
        assertThat(errors, containsString("De definitie is geen geldige JSON: in regel "));
        assertThat(errors, org.hamcrest.CoreMatchers.not(containsString("Unexpected")));
        assertThat(errors, org.hamcrest.CoreMatchers.not(containsString("expecting")));
    }
}

package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/** An admin keeps the key-users of the deelnemers on their page, in headless Chromium. */
public class KeyUserAdminBrowserTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @Rule
    public final HeadlessChromium browser = new HeadlessChromium(SANDBOX);

    private static final String PAGE = "/plugins/servlet/ma-servicedesk/admin/keyusers";

    private WebElement section(String organisation) {
        return browser.waitFor(By.id("org-" + organisation));
    }

    @Test
    public void anAdminAppointsAndRevokesAKeyUser() {
        browser.signInToAdminPage(PAGE, "admin", DemoDirectory.PASSWORD);
        assertThat(section("rivierstroom").getText(), containsString("Carla Bakker"));
        assertThat(section("rivierstroom").getText(), not(containsString("Daan Visser")));

        browser.driver().findElement(By.id("user-rivierstroom")).sendKeys("daan@rivierstroom.example");
        browser.clickAndWaitForNewPage(By.cssSelector("#appoint-rivierstroom button"));
        browser.waitForText(By.cssSelector("#org-rivierstroom .ma-done"), "De key-user is toegevoegd.");
        assertThat(section("rivierstroom").getText(), containsString("Daan Visser"));

        browser.clickAndWaitForNewPage(By.id("revoke-rivierstroom-daan"));
        browser.waitForText(By.cssSelector("#org-rivierstroom .ma-done"), "De key-user is ingetrokken.");
        assertThat(section("rivierstroom").getText(), not(containsString("Daan Visser")));
    }

    @Test
    public void aRefusalIsShownAtTheFormWithWhatWasTypedEscaped() {
        browser.signInToAdminPage(PAGE, "admin", DemoDirectory.PASSWORD);
        browser.driver().findElement(By.id("user-noordnet")).sendKeys("<img src=x onerror=alert(1)>");
        browser.clickAndWaitForNewPage(By.cssSelector("#appoint-noordnet button"));
        WebElement error = browser.waitFor(By.cssSelector("#org-noordnet .ma-error"));
        assertEquals("Er is geen gebruiker met gebruikersnaam of e-mailadres <img src=x onerror=alert(1)>.", error.getText());
        assertEquals("<img src=x onerror=alert(1)>",
                browser.driver().findElement(By.id("user-noordnet")).getAttribute("value"));
        assertEquals(0, browser.driver().findElements(By.cssSelector("#org-noordnet img")).size());
    }

    @Test
    public void customersAreNotLetIn() {
        browser.signIn(PAGE, "anna", DemoDirectory.PASSWORD);
        assertEquals("U heeft geen toegang tot deze pagina.", browser.waitFor(By.id("forbidden")).getText());
    }
}

package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;

import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertTrue;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.CoreMatchers.endsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/** A person in headless Chromium: signs in, lands on the start page, switches language, signs out. */
public class HomePageBrowserTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @Rule
    public final HeadlessChromium browser = new HeadlessChromium(SANDBOX);

    @Test
    public void aKeyUserSignsInAndSeesTheStartPage() {
        browser.signIn("/", "anna", DemoDirectory.PASSWORD);
        browser.waitFor(By.id("welcome"));
        assertThat(browser.driver().getCurrentUrl(), endsWith("/plugins/servlet/ma-servicedesk/home"));
        assertEquals("Welkom, Anna de Vries", browser.driver().findElement(By.id("welcome")).getText());
        assertEquals("the deelnemer by name, not its key", "Noordnet Netbeheer", browser.driver().findElement(By.id("organisations")).getText());
        assertEquals("Anna de Vries", browser.driver().findElement(By.id("banner-user")).getText());

        browser.clickAndWaitForNewPage(By.id("language-switch"));
        browser.waitForText(By.id("welcome"), "Welcome, Anna de Vries");

        browser.clickAndWaitForNewPage(By.id("logout"));
        browser.waitFor(By.id("login-form"));
        browser.open("/plugins/servlet/ma-servicedesk/home");
        assertThat(browser.driver().getCurrentUrl(), containsString("/login?next="));
    }

    @Test
    public void aWrongPasswordKeepsYouOnTheLoginPageWithAMessage() {
        browser.signIn("/", "bram", "fout");
        assertEquals("Onbekende gebruikersnaam of onjuist wachtwoord.", browser.waitFor(By.id("login-error")).getText());
    }

    @Test
    public void anAdminReachesTheAuditTrailAndSeesTheFailedSignIn() {
        browser.signIn("/", "nobody", "x");
        browser.waitFor(By.id("login-error"));
        browser.signIn("/", "admin", DemoDirectory.PASSWORD);
        browser.clickAndWaitForNewPage(By.id("audit-link"));
        browser.confirmPassword(DemoDirectory.PASSWORD);
        String trail = browser.waitFor(By.id("audit-events")).getText();
        // Actions and subjects by name, times as "1 dec. 2026 08:17", never "sign-in.failed" or ISO.
        assertThat(trail, containsString("Aanmelden mislukt"));
        assertThat(trail, containsString("Aanmelding: nobody"));
        assertThat(trail, not(containsString("sign-in.failed")));
        assertTrue(trail, trail.matches("(?s).*\\d{1,2} [a-z]{3}\\.? \\d{4} \\d{2}:\\d{2}.*"));
    }
}

package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.junit.Assert.assertThat;
import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;

/**
 * An administrator in headless Chromium confirms the password again before administration, as Jira's secure
 * administrator session asks: a wrong password is refused, the right one leads to the page asked for, and
 * further admin pages follow without asking again.
 */
public class WebSudoBrowserTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @Rule
    public final HeadlessChromium browser = new HeadlessChromium(SANDBOX);

    @Test
    public void anAdminPageAsksForThePasswordAgainAfterSignIn() throws Exception {
        browser.signIn("/plugins/servlet/ma-servicedesk/admin/audit", "admin", DemoDirectory.PASSWORD);
        browser.waitFor(By.id("websudo-form"));
        assertThat(browser.driver().getCurrentUrl(), containsString("/websudo?next=%2Fplugins%2Fservlet%2Fma-servicedesk%2Fadmin%2Faudit"));
        assertEquals("Beheerderstoegang bevestigen", browser.driver().findElement(By.tagName("h2")).getText());
        assertEquals("Aangemeld als Ilse Beheerder", browser.driver().findElement(By.id("websudo-user")).getText());
        screenshot("websudo-nl");

        browser.driver().findElement(By.id("websudo-password")).sendKeys("fout");
        browser.clickAndWaitForNewPage(By.id("websudo-submit"));
        assertEquals("Onjuist wachtwoord. Probeer het opnieuw.", browser.waitFor(By.id("websudo-error")).getText());

        browser.confirmPassword(DemoDirectory.PASSWORD);
        assertThat(browser.driver().getCurrentUrl(), containsString("/plugins/servlet/ma-servicedesk/admin/audit"));
        String trail = browser.waitFor(By.id("audit-events")).getText();
        assertThat(trail, containsString("Beheerderstoegang geweigerd (onjuist wachtwoord)"));
        assertThat(trail, containsString("Beheerderstoegang bevestigd"));

        browser.open("/plugins/servlet/ma-servicedesk/admin/keyusers");
        assertThat(browser.driver().getCurrentUrl(), containsString("/admin/keyusers"));
        assertEquals(0, browser.driver().findElements(By.id("websudo-form")).size());
    }

    @Test
    public void thePageSpeaksEnglishAfterTheSwitch() throws Exception {
        browser.signIn("/plugins/servlet/ma-servicedesk/admin/sla", "admin", DemoDirectory.PASSWORD);
        browser.waitFor(By.id("websudo-form"));
        browser.clickAndWaitForNewPage(By.id("language-switch"));
        browser.waitForText(By.tagName("h2"), "Confirm administrator access");
        assertEquals("Signed in as Ilse Beheerder", browser.driver().findElement(By.id("websudo-user")).getText());
        screenshot("websudo-en");
        browser.confirmPassword(DemoDirectory.PASSWORD);
        assertThat(browser.driver().getCurrentUrl(), containsString("/plugins/servlet/ma-servicedesk/admin/sla"));
    }

    @Test
    public void signingOutEndsTheConfirmation() {
        browser.signInToAdminPage("/plugins/servlet/ma-servicedesk/admin/templates", "admin", DemoDirectory.PASSWORD);
        browser.open("/plugins/servlet/ma-servicedesk/home");
        browser.clickAndWaitForNewPage(By.id("logout"));
        browser.signIn("/plugins/servlet/ma-servicedesk/admin/templates", "admin", DemoDirectory.PASSWORD);
        browser.waitFor(By.id("websudo-form"));
    }

    @Test
    public void anAgentNeverGetsThere() {
        browser.signIn("/plugins/servlet/ma-servicedesk/admin/audit", "agent", DemoDirectory.PASSWORD);
        assertEquals(0, browser.driver().findElements(By.id("websudo-form")).size());
        assertThat(browser.driver().getPageSource(), containsString("forbidden"));
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path shot = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}

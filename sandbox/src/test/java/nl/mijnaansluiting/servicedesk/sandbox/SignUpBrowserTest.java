package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.endsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/**
 * "Aanmelden" in headless Chromium (seed 000, issue 16 point 6): from the sign-in page a visitor follows the link,
 * fills name, e-mail and password twice; wrong answers are named per field, in Dutch and English, and nothing is
 * created; a good form creates a customer of no deelnemer, signed in, whose portal says so; the account signs in
 * again with its password; the address cannot be taken twice.
 */
public class SignUpBrowserTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @Rule
    public final HeadlessChromium browser = new HeadlessChromium(SANDBOX);

    private void fill(String name, String email, String password, String again) {
        browser.waitFor(By.id("signup-form"));
        browser.driver().findElement(By.id("signup-name")).clear();
        browser.driver().findElement(By.id("signup-name")).sendKeys(name);
        browser.driver().findElement(By.id("signup-email")).clear();
        browser.driver().findElement(By.id("signup-email")).sendKeys(email);
        browser.driver().findElement(By.id("signup-password")).sendKeys(password);
        browser.driver().findElement(By.id("signup-password2")).sendKeys(again);
        browser.clickAndWaitForNewPage(By.id("signup-submit"));
    }

    @Test
    public void aVisitorSignsUpAndWaitsForADeelnemer() {
        browser.open("/login");
        assertEquals("Aanmelden", browser.waitFor(By.id("signup")).getText());
        browser.clickAndWaitForNewPage(By.id("signup"));
        assertThat(browser.driver().getCurrentUrl(), endsWith("/signup"));

        fill("Sanne Hoekstra", "geen-adres", "kort1", "kort1");
        assertEquals("geen-adres is geen e-mailadres.", browser.waitFor(By.id("error-email")).getText());
        assertEquals("Een wachtwoord is minstens 12 en hoogstens 200 tekens.", browser.driver().findElement(By.id("error-password")).getText());
        assertEquals("the name stays, the passwords do not", "Sanne Hoekstra",
                browser.driver().findElement(By.id("signup-name")).getAttribute("value"));
        assertEquals("", browser.driver().findElement(By.id("signup-password")).getAttribute("value"));

        fill("Sanne Hoekstra", "anna@noordnet.example", "zomer-aan-zee-2026", "zomer-aan-zee-2027");
        assertEquals("Er is al een account met anna@noordnet.example. Log daarmee in.",
                browser.waitFor(By.id("error-email")).getText());
        assertEquals("De twee wachtwoorden verschillen.", browser.driver().findElement(By.id("error-password2")).getText());

        fill("Sanne Hoekstra", "Sanne@Voorbeeld.example", "zomer-aan-zee-2026", "zomer-aan-zee-2026");
        assertThat(browser.driver().getCurrentUrl(), endsWith("/portal/"));
        assertEquals("Uw account is aangemaakt", browser.waitFor(By.cssSelector("#no-organisation .title")).getText());
        assertThat(browser.driver().findElement(By.id("no-organisation")).getText(), containsString("nog niet gekoppeld aan een deelnemer"));
        assertTrue("no templates to raise yet", browser.driver().findElements(By.className("ma-template-group")).isEmpty());
        assertEquals("Sanne Hoekstra", browser.driver().findElement(By.id("banner-user")).getText());

        browser.clickAndWaitForNewPage(By.id("logout"));
        browser.signIn("/portal/", "sanne@voorbeeld.example", "zomer-aan-zee-2026");
        browser.waitFor(By.id("no-organisation"));

        browser.clickAndWaitForNewPage(By.id("logout"));
        browser.open("/signup");
        fill("Sanne H.", "SANNE@voorbeeld.example", "winter-in-de-bergen-9", "winter-in-de-bergen-9");
        assertThat(browser.waitFor(By.id("error-email")).getText(), containsString("Er is al een account met"));
    }

    @Test
    public void theFormAndItsErrorsReadInEnglish() {
        browser.open("/signup");
        browser.clickAndWaitForNewPage(By.id("language-switch"));
        browser.waitFor(By.id("signup-form"));
        assertEquals("Sign up: create an account", browser.driver().findElement(By.tagName("h2")).getText());
        fill("", "bert@voorbeeld.example", "aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaa");
        assertEquals("Enter your name.", browser.waitFor(By.id("error-name")).getText());
        assertEquals("This password is too easy to guess: use letters and digits or punctuation, not your name or e-mail address.",
                browser.driver().findElement(By.id("error-password")).getText());
        assertEquals("The account was not created: correct what the fields say.", browser.driver().findElement(By.id("signup-error")).getText());
        browser.open("/login");
        assertEquals("Sign up", browser.waitFor(By.id("signup")).getText());
        browser.signIn("/", "bert@voorbeeld.example", "aaaaaaaaaaaaaaaa");
        assertFalse("nothing was created", browser.driver().findElements(By.id("login-error")).isEmpty());
    }
}

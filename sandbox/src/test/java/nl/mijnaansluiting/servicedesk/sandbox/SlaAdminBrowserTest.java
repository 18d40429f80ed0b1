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
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/**
 * An admin edits calendars and goal sets in their forms in headless Chromium (issue 15): holidays by name, own days
 * off by date and name, errors at the field and nothing saved; the JSON stays as export and import.
 */
public class SlaAdminBrowserTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @Rule
    public final HeadlessChromium browser = new HeadlessChromium(SANDBOX);

    private static final String PAGE = "/plugins/servlet/ma-servicedesk/admin/sla";

    private void type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", field, text);
    }

    /** Ticks or unticks as a click on its label does (AUI draws the box over the input). */
    private void tick(String id) {
        browser.driver().findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    private String value(String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    private String errorsIn(String id) {
        StringBuilder text = new StringBuilder();
        browser.driver().findElements(By.cssSelector("#" + id + " .ma-field-error")).forEach(e -> text.append(e.getText()).append('\n'));
        return text.toString();
    }

    @Test
    public void aCalendarIsEditedInItsFormWithHolidaysByNameAndAnOverlapIsRefusedAtTheDay() {
        browser.signInToAdminPage(PAGE, "admin", DemoDirectory.PASSWORD);
        browser.clickAndWaitForNewPage(By.id("edit-calendar-kantooruren"));
        assertEquals("08:00", value("hours-MONDAY-0-from"));
        assertEquals("17:00", value("hours-MONDAY-0-to"));
        // holidays by their Dutch names, never Jollyday's keys
        String holidays = browser.waitFor(By.id("calendar-holidays")).getText();
        assertThat(holidays, containsString("Goede vrijdag"));
        assertThat(holidays, containsString("Koningsdag"));
        assertThat(browser.driver().findElement(By.id("definition-form")).getText(), not(containsString("christian.")));
        assertFalse(browser.driver().findElement(By.id("holiday-christian-GOOD-FRIDAY")).isSelected());

        // an overlapping period on Monday and an own day off: refused whole, the error at Monday, the input kept
        type("hours-MONDAY-1-from", "16:00");
        type("hours-MONDAY-1-to", "18:00");
        type("daysOff-0-date", "2026-12-24");
        type("daysOff-0-name", "Kerstavond <b>");
        tick("holiday-christian-GOOD-FRIDAY");
        browser.clickAndWaitForNewPage(By.id("save-definition"));
        assertThat(browser.waitFor(By.id("definition-errors")).getText(), containsString("Niet opgeslagen: 1 fout(en)"));
        assertThat(errorsIn("calendar-hours"), containsString("mogen elkaar niet overlappen"));
        assertTrue(browser.driver().findElement(By.id("hours-MONDAY-2")).getText().contains("overlappen"));
        assertEquals("16:00", value("hours-MONDAY-1-from"));
        assertEquals("Kerstavond <b>", value("daysOff-0-name"));
        assertTrue(browser.driver().findElement(By.id("holiday-christian-GOOD-FRIDAY")).isSelected());
        browser.open(PAGE + "?kind=calendar&key=kantooruren");
        assertEquals("", value("hours-MONDAY-1-from"));
        assertEquals("", value("daysOff-0-date"));

        // corrected: saved, Good Friday now a day off, the own day off with its name, both in the JSON export
        type("daysOff-0-date", "2026-12-24");
        type("daysOff-0-name", "Kerstavond");
        tick("holiday-christian-GOOD-FRIDAY");
        browser.clickAndWaitForNewPage(By.id("save-definition"));
        assertEquals("Opgeslagen.", browser.waitFor(By.id("done")).getText());
        assertTrue(browser.driver().findElement(By.id("holiday-christian-GOOD-FRIDAY")).isSelected());
        assertEquals("Kerstavond", value("daysOff-0-name"));
        String json = value("definition-json");
        assertThat(json, containsString("\"on\" : [ \"christian.GOOD_FRIDAY\" ]"));
        assertThat(json, containsString("\"name\" : \"Kerstavond\""));

        browser.clickAndWaitForNewPage(By.id("reset-definition"));
        // asked once more before everything goes back to the preset
        assertThat(browser.waitFor(By.id("confirm-reset")).getText(), containsString("Elke wijziging gaat verloren"));
        browser.clickAndWaitForNewPage(By.id("confirm-reset-definition"));
        assertEquals("Hersteld naar de meegeleverde waarden.", browser.waitFor(By.id("done")).getText());
        assertFalse(browser.driver().findElement(By.id("holiday-christian-GOOD-FRIDAY")).isSelected());
    }

    @Test
    public void aPastedCalendarWithAnUnknownHolidayIsRefusedWithTheTranslatedReason() {
        browser.signInToAdminPage(PAGE + "?kind=calendar&key=kantooruren", "admin", DemoDirectory.PASSWORD);
        String original = browser.waitFor(By.id("definition-json")).getAttribute("value");
        browser.driver().findElement(By.cssSelector("#definition-json-section summary")).click();
        type("definition-json", original.replace("\"off\" : [ ]", "\"off\" : [ \"christian.<b>EASTER_TUESDAY</b>\" ]"));
        browser.clickAndWaitForNewPage(By.id("check-json"));
        assertThat(browser.waitFor(By.id("definition-errors")).getText(),
                containsString("christian.<b>EASTER_TUESDAY</b> is geen feestdag van de feestdagenkalender NL."));
        browser.open(PAGE + "?kind=calendar&key=kantooruren");
        assertEquals(original, browser.waitFor(By.id("definition-json")).getAttribute("value"));
    }

    @Test
    public void aGoalSetIsCheckedAndSavedInItsFormWithTheNormRefusedAtItsField() {
        browser.signInToAdminPage(PAGE + "?kind=goals&key=mijn-aansluiting", "admin", DemoDirectory.PASSWORD);
        browser.waitFor(By.id("goal-rows"));
        // targets in words: an amount and a unit, calendars by name
        String rows = browser.driver().findElement(By.id("goal-rows")).getText();
        assertThat(rows, not(containsString("PT")));
        assertThat(rows, containsString("Kantooruren (werkdagen 8:00-17:00)"));
        String before = value("goals-0-norm");

        type("goals-0-norm", "150");
        browser.clickAndWaitForNewPage(By.id("check-definition"));
        assertThat(browser.waitFor(By.id("definition-errors")).getText(), containsString("Niet opgeslagen: 1 fout(en)"));
        assertThat(errorsIn("goals-0"), containsString("150 is geen norm"));
        assertEquals("150", value("goals-0-norm"));

        type("goals-0-norm", "90");
        new Select(browser.driver().findElement(By.id("goals-0-unit"))).selectByValue("workingDays");
        type("goals-0-amount", "3");
        browser.clickAndWaitForNewPage(By.id("check-definition"));
        assertEquals("Gecontroleerd: alles klopt. Er is nog niets opgeslagen.", browser.waitFor(By.id("done")).getText());
        browser.open(PAGE + "?kind=goals&key=mijn-aansluiting");
        assertEquals(before, value("goals-0-norm"));

        type("goals-0-norm", "90");
        new Select(browser.driver().findElement(By.id("goals-0-unit"))).selectByValue("workingDays");
        type("goals-0-amount", "3");
        browser.clickAndWaitForNewPage(By.id("save-definition"));
        assertEquals("Opgeslagen.", browser.waitFor(By.id("done")).getText());
        assertEquals("90", value("goals-0-norm"));
        assertEquals("workingDays", new Select(browser.driver().findElement(By.id("goals-0-unit"))).getFirstSelectedOption().getAttribute("value"));
        assertThat(browser.driver().findElement(By.id("goal-words")).getText(), containsString("3 werkdagen"));
        browser.clickAndWaitForNewPage(By.id("reset-definition"));
        // asked once more before everything goes back to the preset
        assertThat(browser.waitFor(By.id("confirm-reset")).getText(), containsString("Elke wijziging gaat verloren"));
        browser.clickAndWaitForNewPage(By.id("confirm-reset-definition"));
        assertEquals("Hersteld naar de meegeleverde waarden.", browser.waitFor(By.id("done")).getText());
    }
}

package nl.mijnaansluiting.servicedesk.sandbox;

import nl.mijnaansluiting.servicedesk.aohost.HostActiveObjects;
import nl.mijnaansluiting.servicedesk.sla.BusinessCalendar;
import nl.mijnaansluiting.servicedesk.sla.ClockStore;
import nl.mijnaansluiting.servicedesk.sla.SlaClock;
import nl.mijnaansluiting.servicedesk.sla.SlaSettings;
import nl.mijnaansluiting.servicedesk.store.AoClockStore;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.hasItem;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The agents' queue as an agent works it (issue 14): open requests only, due first, a lozenge per goal whose
 * colour follows the share of the goal used (74 % green, 76 % amber from the policy's 75 % warning, 101 % red,
 * grey while waiting), priorities by name (a hand-set one wins), the views "Te laat", "Binnen een uur te laat",
 * "Wacht op klant", "Mijn verzoeken", per deelnemer and per priority, sorting by a column both ways, and pages of 50.
 * With {@code -Dqueue.shots=DIR} it leaves screenshots of the queue in Dutch and English there.
 */
public class QueueBrowserTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @Rule
    public final HeadlessChromium browser = new HeadlessChromium(SANDBOX);

    private final RestClient rest = new RestClient(SANDBOX, null);

    private String incident(String user, String organisation, String summary) throws Exception {
        HttpResponse<String> created = rest.call("POST", "/requests", user,
                "{\"template\":\"storing-capo\",\"organisation\":\"" + organisation + "\",\"answers\":{\"onderwerp\":\""
                        + summary + "\",\"omschrijving\":\"x\",\"omgeving\":\"productie\",\"situatie\":\"alle-deelnemers\"}}");
        assertEquals(created.body(), 201, created.statusCode());
        return created.body().replaceAll(".*\"key\":\"(MA-\\d+)\".*", "$1");
    }

    private void act(String key, String action) throws Exception {
        HttpResponse<String> done = rest.call("POST", "/requests/" + key + "/transitions", "agent", "{\"action\":\"" + action + "\"}");
        assertEquals(done.body(), 200, done.statusCode());
    }

    /**
     * Puts the request's goals where no test could wait for: reaction met, resolution at {@code percent} of a
     * 100-hour goal on the 24/7 calendar (through the plugin's own clock store, as a transition would save them).
     */
    private void resolutionAt(String key, double percent) {
        BusinessCalendar calendar = SlaSettings.presets().current().calendar("klokuren");
        AoClockStore store = new AoClockStore(new HostActiveObjects(SANDBOX.database().entityManager()));
        Instant now = Instant.now();
        // Five minutes more, so the hour shown stays put while the test runs (up to five minutes).
        Instant started = now.minusSeconds(Math.round(percent * 3600) + 300);
        store.save(new ClockStore.StoredClock(key, calendar.key(), SlaClock.start("reaction", Duration.ofHours(1), calendar, started)
                .stop(calendar, started.plusSeconds(600)), "mijn-aansluiting", "K"), null);
        store.save(new ClockStore.StoredClock(key, calendar.key(), SlaClock.start("resolution", Duration.ofHours(100), calendar, started),
                "mijn-aansluiting", "K"), null);
    }

    private List<String> rows() {
        return browser.waitFor(By.id("queue-range")).isDisplayed() ? browser.driver().findElements(By.cssSelector("#requests tbody tr"))
                .stream().map(row -> row.getAttribute("id").substring("request-".length())).collect(Collectors.toList()) : List.of();
    }

    private String lozenge(String key, String goal) {
        WebElement lozenge = browser.driver().findElement(By.cssSelector("#request-" + key + " .ma-goal-" + goal + " .aui-lozenge"));
        // The text as written (AUI shows lozenges in capitals), with the share of the goal used.
        return lozenge.getAttribute("class") + " | " + lozenge.getAttribute("textContent") + " | " + lozenge.getAttribute("data-percent") + " %";
    }

    private void view(String view) {
        browser.clickAndWaitForNewPage(By.id("view-" + view));
    }

    private void shot(String name) throws Exception {
        String dir = System.getProperty("queue.shots");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1400));
            Files.write(Path.of(dir, name + ".png"), ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
        }
    }

    @Test
    public void theAgentFiltersSortsAndPagesTheQueue() throws Exception {
        String green = incident("bram", "noordnet", "Groen bij 74 procent");
        resolutionAt(green, 74);
        String amber = incident("bram", "noordnet", "Amber bij 76 procent");
        // Set by hand first: a changed level retargets the goals, which resolutionAt then overrides.
        HttpResponse<String> handSet = rest.call("PUT", "/priority/requests/" + amber, "agent",
                "{\"priority\":\"M\",\"reason\":\"Minder urgent dan gemeld\"}");
        assertEquals(handSet.body(), 200, handSet.statusCode());
        resolutionAt(amber, 76);
        String red = incident("bram", "noordnet", "Rood bij 101 procent");
        resolutionAt(red, 101);
        String soon = incident("bram", "noordnet", "Over een half uur te laat");
        resolutionAt(soon, 99.5);
        String waiting = incident("bram", "noordnet", "Wacht op antwoord");
        act(waiting, "wait");
        String resolved = incident("bram", "noordnet", "Al opgelost");
        act(resolved, "resolve");
        String rivierstroom = incident("carla", "rivierstroom", "Storing bij Rivierstroom");
        act(green, "take");

        browser.signIn("/queue", "agent", DemoDirectory.PASSWORD);
        List<String> due = rows();
        assertThat(due, not(hasItem(resolved)));
        assertTrue(due.toString(), due.indexOf(red) == 0 && due.indexOf(soon) == 1);
        assertTrue(due.toString(), due.indexOf(amber) < due.indexOf(green));
        assertThat(lozenge(green, "resolution"), containsString("aui-lozenge-success"));
        assertThat(lozenge(green, "resolution"), containsString(" m | 74 %"));
        assertThat(lozenge(amber, "resolution"), containsString(" m | 76 %"));
        assertThat(lozenge(green, "resolution"), containsString("| nog 25 u 5"));
        assertThat(lozenge(amber, "resolution"), containsString("aui-lozenge-moved"));
        assertThat(lozenge(amber, "resolution"), containsString("| nog 23 u 5"));
        assertThat(lozenge(red, "resolution"), containsString("aui-lozenge-error"));
        assertThat(lozenge(red, "resolution"), containsString("| 1 u "));
        assertThat(lozenge(red, "resolution"), containsString(" te laat | 101 %"));
        assertThat(lozenge(red, "reaction"), containsString("aui-lozenge-default"));
        assertThat(lozenge(red, "reaction"), containsString("gehaald"));
        assertThat(lozenge(waiting, "resolution"), containsString("aui-lozenge-default"));
        assertThat(lozenge(waiting, "resolution"), containsString("gepauzeerd"));
        assertEquals("Kritiek (K)", browser.driver().findElement(By.cssSelector("#request-" + green + " .ma-priority")).getText());
        assertEquals("Middel (M)", browser.driver().findElement(By.cssSelector("#request-" + amber + " .ma-priority")).getText());
        shot("queue-nl");

        view("breached");
        assertEquals(List.of(red), rows());
        view("due-within-hour");
        assertThat(rows(), hasItem(soon));
        assertThat(rows(), not(hasItem(red)));
        assertThat(rows(), not(hasItem(green)));
        view("waiting");
        assertEquals(List.of(waiting), rows());
        view("mine");
        assertEquals(List.of(green), rows());
        view("open");

        new Select(browser.driver().findElement(By.id("filter-organisation"))).selectByValue("rivierstroom");
        browser.clickAndWaitForNewPage(By.id("apply-filter"));
        assertEquals(List.of(rivierstroom), rows());
        new Select(browser.driver().findElement(By.id("filter-organisation"))).selectByValue("");
        new Select(browser.driver().findElement(By.id("filter-priority"))).selectByValue("M");
        browser.clickAndWaitForNewPage(By.id("apply-filter"));
        assertEquals(List.of(amber), rows());
        new Select(browser.driver().findElement(By.id("filter-priority"))).selectByValue("");
        browser.driver().findElement(By.cssSelector("label[for='filter-resolved']")).click();
        browser.clickAndWaitForNewPage(By.id("apply-filter"));
        assertThat(rows(), hasItem(resolved));

        browser.open("/queue");
        browser.clickAndWaitForNewPage(By.id("sort-summary"));
        List<String> summaries = summaries();
        List<String> sorted = new ArrayList<>(summaries);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted, summaries);
        assertEquals("ascending", browser.driver().findElement(By.cssSelector("th[aria-sort='ascending'] a")).getAttribute("id")
                .equals("sort-summary") ? "ascending" : "");
        browser.clickAndWaitForNewPage(By.id("sort-summary"));
        java.util.Collections.reverse(sorted);
        assertEquals(sorted, summaries());
        browser.clickAndWaitForNewPage(By.id("sort-goal-resolution"));
        assertEquals(red, rows().get(0));

        for (int i = 0; i < 50; i++) {
            incident("frank", "polderwater", "Melding " + i);
        }
        browser.open("/queue");
        assertEquals(50, rows().size());
        assertEquals("1-50 van 56 verzoeken", browser.driver().findElement(By.id("queue-range")).getText());
        assertEquals("Pagina 1 van 2", browser.driver().findElement(By.id("queue-page")).getText());
        List<String> first = rows();
        browser.clickAndWaitForNewPage(By.id("page-next"));
        List<String> second = rows();
        assertEquals(6, second.size());
        assertEquals("51-56 van 56 verzoeken", browser.driver().findElement(By.id("queue-range")).getText());
        second.forEach(key -> assertThat(first, not(hasItem(key))));
        browser.waitFor(By.id("page-previous"));
        assertTrue(browser.driver().findElements(By.id("page-next")).isEmpty());

        browser.open("/queue?sort=nonsense");
        assertEquals("Op \u201cnonsense\u201d kan de wachtrij niet sorteren.", browser.waitFor(By.id("queue-error")).getText());
        assertEquals(50, rows().size());

        browser.open("/language?to=en");
        browser.open("/queue?organisation=noordnet");
        assertThat(lozenge(red, "resolution"), containsString("| 1 h "));
        assertThat(lozenge(red, "resolution"), containsString(" overdue | 101 %"));
        assertThat(lozenge(green, "resolution"), containsString("| 25 h 5"));
        assertEquals("Critical (K)", browser.driver().findElement(By.cssSelector("#request-" + green + " .ma-priority")).getText());
        shot("queue-en");
        view("breached");
        shot("queue-breached-en");
    }

    private List<String> summaries() {
        return browser.driver().findElements(By.cssSelector("#requests tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).collect(Collectors.toList());
    }
}

package nl.mijnaansluiting.servicedesk.sla;

import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The presets carry the seeds' numbers exactly; the preview puts them on the calendar. */
public class SlaPresetsTest {

    private final Map<String, SlaScheme> schemes = SlaPresets.schemes();
    private final Map<String, BusinessCalendar> calendars = SlaPresets.calendars();

    private Goal goal(String scheme, String priority, String metric) {
        return schemes.get(scheme).goalsFor(priority).stream().filter(g -> g.metric().equals(metric)).findFirst().orElseThrow();
    }

    private void assertGoal(String scheme, String priority, String metric, String target, String calendar, int norm) {
        Goal goal = goal(scheme, priority, metric);
        assertEquals(scheme + " " + priority + " " + metric, target, goal.target().toString());
        assertEquals(calendar, goal.calendarKey());
        assertEquals(norm, goal.normPercent());
    }

    @Test
    public void borgerDkHasSeed003sTableCellForCell() {
        assertGoal("borger-dk", "1", Goal.REACTION, "PT15M", "borger-dk-primaer", 90);
        assertGoal("borger-dk", "2", Goal.REACTION, "PT4H", "borger-dk-primaer", 90);
        assertGoal("borger-dk", "3", Goal.REACTION, "P2D", "borger-dk-primaer", 90);
        assertGoal("borger-dk", "4", Goal.REACTION, "P4D", "borger-dk-primaer", 90);
        assertGoal("borger-dk", "1", Goal.RESOLUTION, "PT4H", "borger-dk-primaer", 95);
        assertGoal("borger-dk", "2", Goal.RESOLUTION, "PT8H", "borger-dk-primaer", 95);
        assertGoal("borger-dk", "3", Goal.RESOLUTION, "P10D", "borger-dk-primaer", 95);
        assertGoal("borger-dk", "4", Goal.RESOLUTION, "P30D", "borger-dk-primaer", 95);
        assertEquals(Duration.ofHours(8), calendars.get("borger-dk-primaer").workingDay());
        assertTrue(schemes.get("borger-dk").goals().stream().noneMatch(Goal::isExample));
    }

    @Test
    public void mijnOverheidHasSeed001sNumbers() {
        assertGoal("mijnoverheid", "1", Goal.RESOLUTION, "PT6H", "klokuren", 85);
        assertGoal("mijnoverheid", "2", Goal.RESOLUTION, "PT20H", "kantooruren", 85);
        assertGoal("mijnoverheid", "3", Goal.RESOLUTION, "PT30H", "kantooruren", 85);
        assertGoal("mijnoverheid", "2", Goal.ANSWER, "P2D", "kantooruren", 80);
        assertEquals(Duration.ofHours(9), calendars.get("kantooruren").workingDay());
        assertTrue(calendars.get("klokuren").isAroundTheClock());
    }

    @Test
    public void theDatalekReportIs72ClockHoursAndMitzsRcaFiveWorkingDays() {
        Goal ap = goal("mijn-aansluiting", "L", Goal.AP_REPORT);
        assertEquals("PT72H", ap.target().toString());
        assertEquals("klokuren", ap.calendarKey());
        assertEquals("datalek", ap.onlyFor().orElseThrow());
        assertFalse(ap.isExample());
        assertGoal("mitz", "1", Goal.RCA, "P5D", "kantooruren", 100);
        // A Prio 2 has an RCA only "op verzoek van VZVZ": the same 5 working days, started by an agent.
        Goal onRequest = goal("mitz", "2", Goal.RCA);
        assertEquals("P5D", onRequest.target().toString());
        assertTrue(onRequest.onRequest());
        assertFalse(goal("mitz", "1", Goal.RCA).onRequest());
        assertTrue(schemes.get("mitz").goalsFor("3").stream().noneMatch(g -> g.metric().equals(Goal.RCA)));
        // Borger.dk: the Major Incident Post Review Rapport about 14 days after a P1 is resolved.
        assertGoal("borger-dk", "1", Goal.POST_REVIEW, "PT336H", "klokuren", 100);
    }

    @Test
    public void mijnAansluitingsReactionAndResolutionAreLabelledExamples() {
        List<Goal> examples = schemes.get("mijn-aansluiting").goals().stream().filter(Goal::isExample).collect(Collectors.toList());
        assertEquals(8, examples.size());
        assertTrue(examples.stream().allMatch(g -> g.calendarKey().equals("helpdesk-mijn-aansluiting")));
    }

    @Test
    public void everyGoalNamesAKnownCalendar() {
        schemes.values().forEach(scheme -> scheme.goals().forEach(goal ->
                assertTrue(goal.calendarKey(), calendars.containsKey(goal.calendarKey()))));
    }

    @Test
    public void thePreviewOfTheIssuesExampleLandsOnFridayAndMonday() {
        Instant start = OffsetDateTime.parse("2026-11-20T16:00:00+01:00").toInstant();
        List<SlaPreview.Due> due = SlaPreview.presets().preview("borger-dk", "1", start);
        assertEquals("2026-11-20T16:15+01:00", due.get(0).dueAt().toOffsetDateTime().toString());
        assertEquals("2026-11-23T12:00+01:00", due.get(1).dueAt().toOffsetDateTime().toString());
        assertEquals("Europe/Copenhagen", due.get(0).dueAt().getZone().getId());
    }
}

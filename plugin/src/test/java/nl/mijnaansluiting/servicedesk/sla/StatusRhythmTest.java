package nl.mijnaansluiting.servicedesk.sla;

import nl.mijnaansluiting.servicedesk.text.Messages;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Borger.dk's "Løbende orientering" (seed 003): a status every hour in measurement period 1 (weekdays 08-22,
 * weekends 10-20); in period 2 (weekdays 22-08, weekends 20-08) "Meddelelse kommunikeres følgende dag kl. 8.00".
 * 1 December 2026 is a Tuesday; the calendar and the goal are the shipped preset's.
 */
public class StatusRhythmTest {

    private static final BusinessCalendar PERIOD_ONE = SlaPresets.calendars().get("borger-dk-orientering");
    private static final Goal STATUS = SlaPresets.schemes().get("borger-dk").goals().stream()
            .filter(g -> Goal.STATUS_UPDATE.equals(g.metric())).findFirst().orElseThrow();
    private static final StatusRhythm RHYTHM = STATUS.target().rhythm().orElseThrow();

    private static Instant copenhagen(String local) {
        return LocalDateTime.parse(local).atZone(SlaPresets.COPENHAGEN).toInstant();
    }

    private static String local(Instant moment) {
        return moment.atZone(SlaPresets.COPENHAGEN).toLocalDateTime().toString();
    }

    private static String next(String local) {
        return local(RHYTHM.next(PERIOD_ONE, copenhagen(local)));
    }

    @Test
    public void theSeedsThreeExamples() {
        assertEquals("2026-12-02T08:00", next("2026-12-01T23:00")); // Tuesday 23:00: Wednesday 08:00 (calendar hours gave 09:00)
        assertEquals("2026-12-01T11:30", next("2026-12-01T10:30")); // Tuesday 10:30: 11:30
        assertEquals("2026-12-05T16:00", next("2026-12-05T15:00")); // Saturday 15:00: 16:00
    }

    @Test
    public void theGoalStartsOnTheRhythmNotOnCalendarHours() {
        assertEquals("borger-dk-orientering", STATUS.calendarKey());
        assertEquals(new StatusRhythm(Duration.ofHours(1), LocalTime.of(8, 0)), RHYTHM);
        assertEquals("2026-12-02T08:00", local(STATUS.target().dueAt(PERIOD_ONE, copenhagen("2026-12-01T23:00"))));
        List<SlaPreview.Due> due = SlaPreview.presets().preview("borger-dk", "1", copenhagen("2026-12-01T23:00"));
        SlaPreview.Due status = due.stream().filter(d -> Goal.STATUS_UPDATE.equals(d.goal().metric())).findFirst().orElseThrow();
        assertEquals("2026-12-02T08:00+01:00", status.dueAt().toOffsetDateTime().toString());
    }

    @Test
    public void periodTwoEndsAtTheNextEightOClock() {
        assertEquals("2026-12-02T08:00", next("2026-12-01T22:00")); // weekdays 22-08
        assertEquals("2026-12-02T08:00", next("2026-12-02T01:30")); // after midnight: the same morning
        assertEquals("2026-12-05T08:00", next("2026-12-04T22:30")); // Friday night: Saturday 08:00, as the seed says
        assertEquals("2026-12-06T08:00", next("2026-12-05T20:00")); // weekends 20-08
        assertEquals("2026-12-07T08:00", next("2026-12-06T23:59")); // Sunday night: Monday 08:00
        // Inside period 1 the hour counts on the clock, even past the window's end (21:30 -> 22:30).
        assertEquals("2026-12-01T22:30", next("2026-12-01T21:30"));
        assertEquals("2026-12-01T09:00", next("2026-12-01T08:00"));
    }

    @Test
    public void theWeekendMorningGapWaitsForPeriodOne() {
        // Weekends 08:00-10:00 lie in neither period; the status is due when period 1 opens.
        assertEquals("2026-12-05T10:00", next("2026-12-05T09:00"));
        assertEquals("2026-12-05T10:00", next("2026-12-05T08:00"));
    }

    @Test
    public void aMajorIncidentThroughTheNightAndTheWeekend() {
        List<String> moments = new java.util.ArrayList<>();
        Instant from = copenhagen("2026-12-04T20:15"); // Friday evening
        for (int n = 1; n <= 6; n++) {
            moments.add(local(RHYTHM.moment(PERIOD_ONE, from, n)));
        }
        assertEquals(List.of("2026-12-04T21:15", "2026-12-04T22:15", "2026-12-05T08:00", "2026-12-05T10:00",
                "2026-12-05T11:00", "2026-12-05T12:00"), moments);
        assertEquals("2026-12-05T10:00", local(RHYTHM.nextAfter(PERIOD_ONE, from, copenhagen("2026-12-05T09:59"))));
    }

    @Test
    public void summerTimeEndsInPeriodTwo() {
        // 25 October 2026 (Sunday): clocks go back at 03:00; Saturday 21:00 is still due Sunday 08:00 local.
        assertEquals("2026-10-25T08:00", next("2026-10-24T21:00"));
        assertEquals("2026-03-29T08:00", next("2026-03-28T23:00"));
    }

    @Test
    public void aClockOnTheRhythmRemindsAtEachStatusAndEndsWithTheIncident() {
        Instant start = copenhagen("2026-12-01T21:30");
        SlaClock clock = SlaClock.start(Goal.STATUS_UPDATE, STATUS.target(), PERIOD_ONE, start);
        assertEquals("2026-12-01T22:30", local(clock.dueAt().orElseThrow()));
        assertEquals("2026-12-01T22:30", local(clock.momentAtShare(PERIOD_ONE, 1.0).orElseThrow()));
        assertEquals("2026-12-02T08:00", local(clock.momentAtShare(PERIOD_ONE, 2.0).orElseThrow()));
        assertEquals("2026-12-02T09:00", local(clock.momentAtShare(PERIOD_ONE, 3.0).orElseThrow()));
        assertEquals("2026-12-01T22:15", local(clock.momentAtShare(PERIOD_ONE, 0.75).orElseThrow()));
        assertFalse(clock.isBreachedAt(PERIOD_ONE, copenhagen("2026-12-01T22:00")));
        assertFalse("a reminder that repeats is never missed", clock.isBreachedAt(PERIOD_ONE, copenhagen("2026-12-01T23:00")));
        assertEquals(Duration.ofHours(9), clock.remainingAt(PERIOD_ONE, copenhagen("2026-12-01T23:00")));
        assertEquals("2026-12-02T08:00", local(clock.nextDueAfter(PERIOD_ONE, copenhagen("2026-12-01T23:00")).orElseThrow()));
        SlaClock ended = clock.stop(PERIOD_ONE, copenhagen("2026-12-02T10:00"));
        assertEquals(SlaClock.State.MET, ended.state());
        assertTrue(ended.rhythm().isPresent());
        SlaClock reopened = ended.reopen(PERIOD_ONE, copenhagen("2026-12-02T23:10"));
        assertEquals("2026-12-03T08:00", local(reopened.dueAt().orElseThrow()));
    }

    @Test
    public void inWordsForAdminsAndAgents() {
        Messages messages = new Messages();
        assertEquals("Een status elk uur binnen Borger.dk løbende orientering, måleperiode 1 (hverdage 08-22, weekender 10-20); "
                        + "daarbuiten om 08:00 de volgende ochtend, of bij de eerstvolgende opening als die eerder is.",
                RHYTHM.words(messages, Messages.DUTCH, PERIOD_ONE));
        assertTrue(RHYTHM.words(messages, Messages.ENGLISH, PERIOD_ONE).startsWith("A status every hour within Borger.dk"));
        assertEquals("A status every 2 hours within Borger.dk løbende orientering, måleperiode 1 (hverdage 08-22, weekender 10-20); "
                        + "outside it at 07:30 the next morning, or at the next opening if that is earlier.",
                new StatusRhythm(Duration.ofHours(2), LocalTime.of(7, 30)).words(messages, Messages.ENGLISH, PERIOD_ONE));
    }

    @Test
    public void aGoalSetKeepsItsRhythmThroughJson() {
        SlaScheme scheme = SlaPresets.schemes().get("borger-dk");
        SlaScheme read = SlaDefinitions.readScheme(SlaDefinitions.toJson(scheme), SlaPresets.calendars());
        Goal status = read.goals().stream().filter(g -> Goal.STATUS_UPDATE.equals(g.metric())).findFirst().orElseThrow();
        assertEquals(STATUS.target(), status.target());
        assertEquals(RHYTHM, StatusRhythm.parse(RHYTHM.toString()));
        List<String> rhythmic = read.goals().stream().filter(g -> g.target().rhythm().isPresent()).map(Goal::metric)
                .collect(Collectors.toList());
        assertEquals(List.of(Goal.STATUS_UPDATE), rhythmic);
        // Only a status update follows a rhythm: a resolution goal with one is refused, naming the place.
        String wrong = "{\"key\":\"x\",\"levels\":[\"1\"],\"goals\":[{\"priority\":\"1\",\"metric\":\"resolution\","
                + "\"target\":{\"every\":\"PT1H\",\"nextMorningAt\":\"08:00\"},\"calendar\":\"borger-dk-orientering\",\"norm\":95}]}";
        try {
            SlaDefinitions.readScheme(SlaDefinitions.parse(wrong), SlaPresets.calendars());
            org.junit.Assert.fail("a rhythm on a resolution goal");
        } catch (nl.mijnaansluiting.servicedesk.error.ProblemException refused) {
            assertEquals("goals[0].target", refused.fieldErrors().get(0).field());
            assertEquals("ma.sla.error.rhythm-metric", refused.fieldErrors().get(0).messageKey());
        }
        String broken = wrong.replace("resolution", "status-update").replace("08:00", "acht uur");
        try {
            SlaDefinitions.readScheme(SlaDefinitions.parse(broken), SlaPresets.calendars());
            org.junit.Assert.fail("not a time");
        } catch (nl.mijnaansluiting.servicedesk.error.ProblemException refused) {
            assertEquals("ma.sla.error.target", refused.fieldErrors().get(0).messageKey());
        }
    }
}

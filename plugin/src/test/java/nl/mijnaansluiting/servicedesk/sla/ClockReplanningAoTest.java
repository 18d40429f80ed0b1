package nl.mijnaansluiting.servicedesk.sla;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.Role;
import nl.mijnaansluiting.servicedesk.aohost.HostActiveObjects;
import nl.mijnaansluiting.servicedesk.aohost.JiraFieldNames;
import nl.mijnaansluiting.servicedesk.aohost.JiraTableNames;
import nl.mijnaansluiting.servicedesk.aohost.TestDatabase;
import nl.mijnaansluiting.servicedesk.store.AoAuditLog;
import nl.mijnaansluiting.servicedesk.store.AoClockStore;
import nl.mijnaansluiting.servicedesk.store.AoReplanStore;
import nl.mijnaansluiting.servicedesk.store.AoSlaSettingsStore;
import nl.mijnaansluiting.servicedesk.store.AuditEntryEntity;
import nl.mijnaansluiting.servicedesk.store.ReplanEntity;
import nl.mijnaansluiting.servicedesk.store.SlaClockEntity;
import nl.mijnaansluiting.servicedesk.store.SlaClockEventEntity;
import nl.mijnaansluiting.servicedesk.store.SlaSettingEntity;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Running and paused clocks follow a changed calendar or goal set (issue 19), on H2 and PostgreSQL: the
 * admin's save queues a re-plan, a run moves the clocks in chunks, due moments and the sweep's index move with
 * them, the issues are reindexed, the history records the step, and what cannot follow is listed.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(TestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = JiraFieldNames.class)
@Data(ClockReplanningAoTest.Schema.class)
public class ClockReplanningAoTest {

    public static final class Schema implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(SlaClockEntity.class, nl.mijnaansluiting.servicedesk.store.RequestSlaEntity.class, SlaClockEventEntity.class, ReplanEntity.class, SlaSettingEntity.class,
                    AuditEntryEntity.class);
        }
    }

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String HELPDESK = "helpdesk-mijn-aansluiting";

    /** A clock the test moves by hand: the moment an admin saves. */
    static final class TestClock extends Clock {
        Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Caller admin = new Caller("admin", "Ilse Beheerder", Set.of(Role.ADMIN), Set.of(), Locale.forLanguageTag("nl"));
    private EntityManager entityManager;
    private AoClockStore store;
    private SlaSettings settings;
    private RequestClocks clocks;
    private ClockReplanning replanning;
    private TestClock now;
    private final List<String> reindexed = new ArrayList<>();

    @Before
    public void setUp() throws Exception {
        entityManager.deleteWithSQL(SlaClockEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(nl.mijnaansluiting.servicedesk.store.RequestSlaEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(SlaClockEventEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(ReplanEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(SlaSettingEntity.class, "ID > ?", 0);
        HostActiveObjects ao = new HostActiveObjects(entityManager);
        store = new AoClockStore(ao);
        AoReplanStore replans = new AoReplanStore(ao);
        now = new TestClock(tuesday(8, 40));
        settings = new SlaSettings(new AoSlaSettingsStore(ao), replans, new AoAuditLog(ao), now);
        clocks = new RequestClocks(settings, store);
        // The issue index stands for Jira's: what the re-plan asks it to reindex is what is checked.
        replanning = new ClockReplanning(settings, store, replans, AttentionPlanner.AT_DUE, reindexed::addAll, now);
    }

    /** Tuesday 1 December 2026 at hh:mm in Amsterdam. */
    private static Instant tuesday(int hour, int minute) {
        return ZonedDateTime.of(2026, 12, 1, hour, minute, 0, 0, AMSTERDAM).toInstant();
    }

    private static Instant at(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, AMSTERDAM).toInstant();
    }

    private SlaClock clock(String request, String metric) {
        return clocks.of(request).stream().map(ClockStore.StoredClock::clock).filter(c -> c.metric().equals(metric))
                .findFirst().orElseThrow(() -> new AssertionError("no " + metric + " clock"));
    }

    private ObjectNode calendar(String key) {
        return SlaDefinitions.toJson(settings.current().calendar(key));
    }

    private static void weekdays(ObjectNode calendar, String from, String to) {
        ObjectNode hours = calendar.putObject("hours");
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            hours.putArray(day).addArray().add(from).add(to);
        }
    }

    private List<String> dueForTheSweep(Instant before) {
        return store.needingAttentionBefore(before, 1000).stream().map(ClockStore.StoredClock::clockKey).sorted()
                .collect(Collectors.toList());
    }

    @Test
    @NonTransactional
    public void theHelpdeskCalendarCorrectedTo8MovesAKritiekLipIncidentsDueMomentsWithoutTouchingTheRequest() {
        clocks.start("MA-1", "mijn-aansluiting", "K", "incident", tuesday(8, 40), ClockEvent.Cause.customer("anna"));
        assertEquals(tuesday(9, 30), clock("MA-1", Goal.REACTION).dueAt().orElseThrow());
        assertEquals(tuesday(13, 0), clock("MA-1", Goal.RESOLUTION).dueAt().orElseThrow());

        ObjectNode corrected = calendar(HELPDESK);
        weekdays(corrected, "08:00", "17:00");
        settings.saveCalendar(admin, HELPDESK, corrected);
        // Saved, not yet followed: the job does that in the background.
        assertEquals(tuesday(9, 30), clock("MA-1", Goal.REACTION).dueAt().orElseThrow());
        ReplanStore.Replan queued = replanning.recent(1).get(0);
        assertEquals(ReplanStore.Status.WAITING, queued.status());

        now.now = tuesday(8, 41);
        ClockReplanning.Result result = replanning.run();
        assertEquals(2, result.changed());
        assertEquals(tuesday(9, 10), clock("MA-1", Goal.REACTION).dueAt().orElseThrow());
        assertEquals(tuesday(12, 40), clock("MA-1", Goal.RESOLUTION).dueAt().orElseThrow());
        assertEquals(SlaClock.State.RUNNING, clock("MA-1", Goal.REACTION).state());
        // The sweep looks at them at the new moments, not the old ones.
        assertEquals(List.of("MA-1/reaction"), dueForTheSweep(tuesday(9, 10).plusSeconds(1)));
        assertEquals(List.of(), dueForTheSweep(tuesday(9, 10)));
        assertEquals(List.of("MA-1"), reindexed.stream().distinct().collect(Collectors.toList()));

        ReplanStore.Replan done = replanning.find(queued.id()).orElseThrow();
        assertEquals(ReplanStore.Status.DONE, done.status());
        assertEquals(2, done.total());
        assertEquals(2, done.done());
        assertEquals(2, done.changed());
        assertEquals(0, done.failed());

        List<ClockEvent> history = store.history("MA-1");
        assertEquals(List.of("reaction START", "resolution START", "reaction REPLAN", "resolution REPLAN"),
                history.stream().map(e -> e.metric() + " " + e.kind()).collect(Collectors.toList()));
        ClockEvent replanned = history.get(2);
        assertEquals(ClockEvent.Cause.configuration("admin", "calendar:" + HELPDESK), replanned.cause());
        assertEquals(tuesday(9, 30), replanned.dueBefore());
        assertEquals(tuesday(9, 10), replanned.dueAfter().orElseThrow());
        assertEquals(ClockEvent.Cause.customer("anna"), history.get(0).cause());

        // Run again: nothing is owed, nothing moves twice.
        assertEquals(0, replanning.run().handled());
        assertEquals(4, store.history("MA-1").size());
    }

    @Test
    @NonTransactional
    public void aHolidayAddedForTomorrowMovesARunning20OfficeHourClockByExactlyThatDaysHoursAndAPausedClockKeepsItsPause() {
        // MijnOverheid Prio 2: resolution within 20 office hours (8:00-17:00). Started Monday 30 November 9:00.
        clocks.start("MO-1", "mijnoverheid", "2", "incident", at(11, 30, 9, 0));
        clocks.start("MO-2", "mijnoverheid", "2", "incident", at(11, 30, 9, 0));
        clocks.waitingForCustomer("MO-2", at(11, 30, 10, 0), ClockEvent.Cause.transition("agent", "wait"));
        Instant dueBefore = clock("MO-1", Goal.RESOLUTION).dueAt().orElseThrow();
        assertEquals(at(12, 2, 11, 0), dueBefore);

        now.now = at(11, 30, 12, 0);
        BusinessCalendar before = settings.current().calendar("kantooruren");
        ObjectNode withHoliday = calendar("kantooruren");
        ((ArrayNode) withHoliday.get("daysOff")).add("2026-12-01");
        settings.saveCalendar(admin, "kantooruren", withHoliday);
        now.now = at(11, 30, 12, 1);
        replanning.run();

        Instant dueAfter = clock("MO-1", Goal.RESOLUTION).dueAt().orElseThrow();
        assertEquals(at(12, 3, 11, 0), dueAfter);
        // Exactly the day's hours later, as the old calendar counts them.
        assertEquals(Duration.ofHours(9), before.workingTimeBetween(dueBefore, dueAfter));
        assertEquals(Duration.ofHours(3), clock("MO-1", Goal.RESOLUTION).used());

        SlaClock paused = clock("MO-2", Goal.RESOLUTION);
        assertEquals(SlaClock.State.PAUSED, paused.state());
        assertEquals(Duration.ofHours(1), paused.used());
        assertTrue(paused.dueAt().isEmpty());
        assertEquals(List.of("MO-1/resolution"), dueForTheSweep(at(12, 31, 0, 0)));
        // Nothing changed on the paused clock, so its history has no re-plan step.
        assertEquals(List.of("START", "PAUSE"), store.history("MO-2").stream().map(e -> e.kind().name()).collect(Collectors.toList()));
    }

    @Test
    @NonTransactional
    public void aChangedTargetCountsTheTimeUsedAgainstTheNewTargetAndAClockWhoseGoalLeftIsListedNotDropped() {
        clocks.start("MA-2", "mijn-aansluiting", "K", "incident", tuesday(8, 40));
        now.now = tuesday(9, 20);
        ObjectNode goals = SlaDefinitions.toJson(settings.current().scheme("mijn-aansluiting"));
        ArrayNode kept = goals.putArray("goals");
        for (var goal : SlaDefinitions.toJson(settings.current().scheme("mijn-aansluiting")).get("goals")) {
            ObjectNode g = (ObjectNode) goal.deepCopy();
            if (g.get("priority").asText().equals("K") && g.get("metric").asText().equals(Goal.RESOLUTION)) {
                g.put("target", "PT2H");
            }
            if (!(g.get("priority").asText().equals("K") && g.get("metric").asText().equals(Goal.REACTION))) {
                kept.add(g);
            }
        }
        settings.saveGoals(admin, "mijn-aansluiting", goals);
        now.now = tuesday(9, 21);
        ClockReplanning.Result result = replanning.run();
        assertEquals(1, result.changed());
        assertEquals(1, result.failed());

        // 20 minutes used by 9:20 (9:00-9:20); 1 h 40 min left of the new 2 hours: 11:00.
        SlaClock resolution = clock("MA-2", Goal.RESOLUTION);
        assertEquals(Duration.ofHours(2), resolution.target());
        assertEquals(tuesday(11, 0), resolution.dueAt().orElseThrow());
        // The reaction goal is gone from the scheme: the clock keeps what it had and is listed.
        assertEquals(tuesday(9, 30), clock("MA-2", Goal.REACTION).dueAt().orElseThrow());
        ReplanStore.Replan replan = replanning.recent(1).get(0);
        assertEquals(1, replan.failed());
        List<ClockEvent> failures = replanning.failures(replan.id(), 100);
        assertEquals(List.of("MA-2/reaction"), failures.stream().map(ClockEvent::clockKey).collect(Collectors.toList()));
        assertEquals(ClockEvent.Kind.REPLAN_FAILED, failures.get(0).kind());
    }

    @Test
    @NonTransactional
    public void manyClocksAreReplannedInChunksWithProgressAndTheCalendarBackToItsPresetIsFollowedToo() {
        int count = ClockReplanning.CHUNK * 2 + 17;
        for (int i = 0; i < count; i++) {
            clocks.start(String.format("MA-%04d", i), "mijn-aansluiting", "H", "incident", tuesday(8, 40));
        }
        ObjectNode corrected = calendar(HELPDESK);
        weekdays(corrected, "08:00", "16:00");
        settings.saveCalendar(admin, HELPDESK, corrected);
        replanning.run();
        ReplanStore.Replan first = replanning.recent(1).get(0);
        assertEquals(ReplanStore.Status.DONE, first.status());
        assertEquals(count * 2, first.total());
        assertEquals(count * 2, first.done());
        // H: reaction 1 hour from 8:40 in 8:00-16:00; resolution 8 hours: 7 h 20 min on Tuesday, 40 min on Wednesday.
        assertEquals(at(12, 2, 8, 40), clock("MA-0003", Goal.RESOLUTION).dueAt().orElseThrow());
        assertEquals(tuesday(9, 40), clock("MA-0000", Goal.REACTION).dueAt().orElseThrow());
        assertEquals(tuesday(9, 40), clock(String.format("MA-%04d", count - 1), Goal.REACTION).dueAt().orElseThrow());

        now.now = tuesday(9, 0);
        settings.reset(admin, SlaSettingsStore.CALENDAR, HELPDESK);
        replanning.run();
        // Resolution, 8 hours: 20 minutes counted in 8:00-16:00 until 9:00, the 7 h 40 min left from 9:00 in 9:00-17:00.
        assertEquals(tuesday(16, 40), clock("MA-0003", Goal.RESOLUTION).dueAt().orElseThrow());
        assertEquals(Duration.ofMinutes(20), clock("MA-0003", Goal.RESOLUTION).used());
        // The reaction's due moment is 9:40 either way: nothing to re-plan, so no step in its history.
        assertEquals(tuesday(9, 40), clock("MA-0003", Goal.REACTION).dueAt().orElseThrow());
        assertFalse(replanning.recent(2).stream().anyMatch(r -> r.status() != ReplanStore.Status.DONE));
    }
}

package nl.mijnaansluiting.servicedesk.queue;

import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import nl.mijnaansluiting.servicedesk.aohost.HostActiveObjects;
import nl.mijnaansluiting.servicedesk.aohost.JiraFieldNames;
import nl.mijnaansluiting.servicedesk.aohost.JiraTableNames;
import nl.mijnaansluiting.servicedesk.aohost.TestDatabase;
import nl.mijnaansluiting.servicedesk.escalation.EscalationPolicies;
import nl.mijnaansluiting.servicedesk.sla.BusinessCalendar;
import nl.mijnaansluiting.servicedesk.sla.ClockStore;
import nl.mijnaansluiting.servicedesk.sla.SlaClock;
import nl.mijnaansluiting.servicedesk.sla.SlaSettings;
import nl.mijnaansluiting.servicedesk.store.AoClockStore;
import nl.mijnaansluiting.servicedesk.store.AoSlaIndex;
import nl.mijnaansluiting.servicedesk.store.RequestSlaEntity;
import nl.mijnaansluiting.servicedesk.store.SlaClockEntity;
import nl.mijnaansluiting.servicedesk.text.Messages;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;

/**
 * The queue's SLA query on H2 and PostgreSQL: breached, running, paused, met, due within a working time in each
 * goal's own calendar, per goal or over all goals, sorted by due moment and paged, and the lozenges of a page.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(TestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = JiraFieldNames.class)
@Data(SlaQueueAoTest.Schema.class)
public class SlaQueueAoTest {

    public static final class Schema implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(SlaClockEntity.class, RequestSlaEntity.class);
        }
    }

    /** Friday 20 November 2026, 16:30 in Amsterdam: half an hour of office hours left this week. */
    private static final Instant NOW = Instant.parse("2026-11-20T15:30:00Z");
    private static final SlaSettings SETTINGS = SlaSettings.presets();
    private static final BusinessCalendar CLOCK_HOURS = SETTINGS.current().calendar("klokuren");
    private static final BusinessCalendar OFFICE = SETTINGS.current().calendar("kantooruren");

    private EntityManager entityManager;
    private AoClockStore store;
    private SlaQueue queue;

    @Before
    public void setUp() throws Exception {
        entityManager.deleteWithSQL(SlaClockEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(RequestSlaEntity.class, "ID > ?", 0);
        HostActiveObjects ao = new HostActiveObjects(entityManager);
        store = new AoClockStore(ao);
        queue = new SlaQueue(new AoSlaIndex(ao), SETTINGS, EscalationPolicies.presets(), Clock.fixed(NOW, ZoneOffset.UTC));
        // MA-1: resolution due in 30 minutes (clock hours); reaction met.
        save("MA-1", CLOCK_HOURS, SlaClock.start("resolution", Duration.ofHours(8), CLOCK_HOURS, NOW.minus(Duration.ofMinutes(450))));
        save("MA-1", CLOCK_HOURS, SlaClock.start("reaction", Duration.ofHours(1), CLOCK_HOURS, NOW.minus(Duration.ofHours(2)))
                .stop(CLOCK_HOURS, NOW.minus(Duration.ofMinutes(90))));
        // MA-2: resolution running, 10 minutes overdue.
        save("MA-2", CLOCK_HOURS, SlaClock.start("resolution", Duration.ofHours(4), CLOCK_HOURS, NOW.minus(Duration.ofMinutes(250))));
        // MA-3: resolution paused within its target.
        save("MA-3", CLOCK_HOURS, SlaClock.start("resolution", Duration.ofHours(4), CLOCK_HOURS, NOW.minus(Duration.ofHours(2)))
                .pause(CLOCK_HOURS, NOW.minus(Duration.ofHours(1))));
        // MA-4: resolution due in 5 hours.
        save("MA-4", CLOCK_HOURS, SlaClock.start("resolution", Duration.ofHours(8), CLOCK_HOURS, NOW.minus(Duration.ofHours(3))));
        // MA-5: reaction breached (stopped too late), resolution due in 2 hours.
        save("MA-5", CLOCK_HOURS, SlaClock.start("reaction", Duration.ofHours(1), CLOCK_HOURS, NOW.minus(Duration.ofHours(6)))
                .stop(CLOCK_HOURS, NOW.minus(Duration.ofHours(4))));
        save("MA-5", CLOCK_HOURS, SlaClock.start("resolution", Duration.ofHours(8), CLOCK_HOURS, NOW.minus(Duration.ofHours(6))));
        // MA-6: ran past its 1 hour target, then paused: still breached.
        save("MA-6", CLOCK_HOURS, SlaClock.start("resolution", Duration.ofHours(1), CLOCK_HOURS, NOW.minus(Duration.ofHours(3)))
                .pause(CLOCK_HOURS, NOW.minus(Duration.ofHours(1))));
        // MA-7: office hours, 1 working hour left: 30 minutes today, 30 on Monday morning (65 clock hours away).
        save("MA-7", OFFICE, SlaClock.start("resolution", Duration.ofHours(2), OFFICE, NOW.minus(Duration.ofHours(1))));
        // MA-8: office hours, 3 working hours left: Monday 10:30, not within the hour.
        save("MA-8", OFFICE, SlaClock.start("resolution", Duration.ofHours(4), OFFICE, NOW.minus(Duration.ofHours(1))));
    }

    private void save(String request, BusinessCalendar calendar, SlaClock clock) {
        store.save(new ClockStore.StoredClock(request, calendar.key(), clock, "mijn-aansluiting", "H"), null);
    }

    private List<String> keys(SlaQuery query) {
        return queue.find(query).requestKeys();
    }

    @Test
    @NonTransactional
    public void everyRequestEarliestDueFirstPausedThenReached() {
        // MA-2 overdue, MA-1 30 m, MA-5 2 h, MA-4 5 h, MA-7 and MA-8 on Monday; then the paused ones.
        List<String> all = keys(SlaQuery.all());
        assertEquals(List.of("MA-2", "MA-1", "MA-5", "MA-4", "MA-7", "MA-8"), all.subList(0, 6));
        assertEquals(List.of("MA-3", "MA-6"), all.subList(6, 8).stream().sorted().toList());
        assertEquals(8, queue.find(SlaQuery.all()).total());
        assertEquals(List.of("MA-5", "MA-4"), keys(SlaQuery.all().page(2, 2)));
        assertEquals("MA-2", keys(SlaQuery.all().sortedBy(null, true)).get(7));
    }

    @Test
    @NonTransactional
    public void oneSaveOfManyRequestsKeepsEachRequestsSummary() throws Exception {
        // A re-plan saves a chunk of clocks of many requests at once; the summaries are read and written per chunk.
        List<String> before = keys(SlaQuery.all());
        List<ClockStore.Change> changes = new java.util.ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            store.of("MA-" + i).forEach(c -> changes.add(new ClockStore.Change(c, null, null)));
        }
        entityManager.deleteWithSQL(RequestSlaEntity.class, "ID > ?", 0);
        store.saveAll(changes);
        assertEquals(before, keys(SlaQuery.all()));
        assertEquals(List.of("MA-3", "MA-6"), keys(SlaQuery.all().where(SlaCondition.in(SlaState.PAUSED))).stream().sorted().toList());
        assertEquals(List.of("MA-1"), keys(SlaQuery.all().where(SlaCondition.in("reaction", SlaState.MET))));
        // Saved again unchanged: the rows stay as they are.
        store.saveAll(changes);
        assertEquals(8, entityManager.count(RequestSlaEntity.class));
    }

    @Test
    @NonTransactional
    public void breachedIsOverdueNowWhateverTheState() {
        SlaQuery breached = SlaQuery.all().where(SlaCondition.in(SlaState.BREACHED));
        assertEquals(List.of("MA-2", "MA-5", "MA-6"), keys(breached).stream().sorted().toList());
        assertEquals(3, queue.find(breached).total());
        assertEquals(List.of("MA-2", "MA-6"), keys(SlaQuery.all().where(SlaCondition.in("resolution", SlaState.BREACHED)))
                .stream().sorted().toList());
        assertEquals(List.of("MA-5"), keys(SlaQuery.all().where(SlaCondition.in("reaction", SlaState.BREACHED))));
    }

    @Test
    @NonTransactional
    public void runningPausedAndMet() {
        assertEquals(List.of("MA-2", "MA-1", "MA-5", "MA-4", "MA-7", "MA-8"),
                keys(SlaQuery.all().where(SlaCondition.in(SlaState.RUNNING))));
        assertEquals(List.of("MA-3", "MA-6"), keys(SlaQuery.all().where(SlaCondition.in(SlaState.PAUSED))).stream().sorted().toList());
        assertEquals(List.of("MA-1"), keys(SlaQuery.all().where(SlaCondition.in("reaction", SlaState.MET))));
        assertEquals(List.of(), keys(SlaQuery.all().where(SlaCondition.in("resolution", SlaState.MET))));
    }

    @Test
    @NonTransactional
    public void dueWithinCountsWorkingTimeInEachGoalsCalendar() {
        SlaQuery withinAnHour = SlaQuery.all().where(SlaCondition.dueWithin(null, Duration.ofHours(1)));
        assertEquals(List.of("MA-1", "MA-7"), keys(withinAnHour));
        assertEquals(2, queue.find(withinAnHour).total());
        assertEquals(List.of("MA-1", "MA-5", "MA-7"), keys(SlaQuery.all().where(SlaCondition.dueWithin("resolution", Duration.ofHours(2)))));
        assertEquals(List.of("MA-1", "MA-5", "MA-4", "MA-7", "MA-8"),
                keys(SlaQuery.all().where(SlaCondition.dueWithin(null, Duration.ofHours(5)))));
    }

    @Test
    @NonTransactional
    public void sortedByOneGoal() {
        // Only requests with that goal; reached goals after the running ones.
        assertEquals(List.of("MA-2", "MA-1", "MA-5", "MA-4", "MA-7", "MA-8"),
                keys(SlaQuery.all().sortedBy("resolution", false)).subList(0, 6));
        assertEquals(List.of("MA-1", "MA-5"), keys(SlaQuery.all().sortedBy("reaction", false)).stream().sorted().toList());
        assertEquals(List.of("MA-7", "MA-1"), keys(SlaQuery.all().sortedBy("resolution", true)
                .where(SlaCondition.dueWithin("resolution", Duration.ofHours(1)))));
        assertEquals(List.of("MA-2", "MA-5"), keys(SlaQuery.all().sortedBy("resolution", false)
                .where(SlaCondition.in(SlaState.BREACHED))).subList(0, 2));
    }

    @Test
    @NonTransactional
    public void aStartedAgainClockLeavesBreached() {
        SlaClock reopened = SlaClock.start("resolution", Duration.ofHours(4), CLOCK_HOURS, NOW.minus(Duration.ofMinutes(250)))
                .stop(CLOCK_HOURS, NOW.minus(Duration.ofMinutes(5)))
                .retarget(Duration.ofHours(8), CLOCK_HOURS, NOW.minus(Duration.ofMinutes(5)))
                .reopen(CLOCK_HOURS, NOW.minus(Duration.ofMinutes(5)));
        save("MA-2", CLOCK_HOURS, reopened);
        assertEquals(List.of("MA-5", "MA-6"), keys(SlaQuery.all().where(SlaCondition.in(SlaState.BREACHED))).stream().sorted().toList());
    }

    @Test
    @NonTransactional
    public void lozengesOfAPageInTheirColours() {
        Map<String, List<SlaLozenge>> page = queue.lozenges(List.of("MA-1", "MA-2", "MA-3", "MA-4", "MA-6"), NOW);
        SlaLozenge ma1 = page.get("MA-1").get(0);
        assertEquals("resolution", ma1.goal());
        assertEquals(SlaLozenge.Colour.AMBER, ma1.colour());
        assertEquals(93, ma1.usedPercent());
        Messages messages = new Messages();
        assertEquals("nog 30 m", ma1.text(messages, Locale.forLanguageTag("nl")));
        assertEquals("30 m left", ma1.text(messages, Locale.ENGLISH));
        assertEquals(SlaLozenge.Colour.GREY, page.get("MA-1").get(1).colour());
        assertEquals("gehaald", page.get("MA-1").get(1).text(messages, Locale.forLanguageTag("nl")));
        SlaLozenge ma2 = page.get("MA-2").get(0);
        assertEquals(SlaLozenge.Colour.RED, ma2.colour());
        assertEquals(SlaState.BREACHED, ma2.state());
        assertEquals("10 m te laat", ma2.text(messages, Locale.forLanguageTag("nl")));
        assertEquals(SlaLozenge.Colour.GREY, page.get("MA-3").get(0).colour());
        assertEquals("gepauzeerd, nog 3 u", page.get("MA-3").get(0).text(messages, Locale.forLanguageTag("nl")));
        assertEquals(SlaLozenge.Colour.GREEN, page.get("MA-4").get(0).colour());
        assertEquals("nog 5 u", page.get("MA-4").get(0).text(messages, Locale.forLanguageTag("nl")));
        assertEquals(SlaState.BREACHED, page.get("MA-6").get(0).state());
    }

    @Test
    @NonTransactional
    public void amberFromThePolicysWarningShareRedPastTheTarget() {
        // Mijn Aansluiting's policy warns at 75 % of the resolution goal: 74 % green, 76 % amber, 101 % red.
        save("MA-74", CLOCK_HOURS, SlaClock.start("resolution", Duration.ofHours(100), CLOCK_HOURS, NOW.minus(Duration.ofHours(74))));
        save("MA-76", CLOCK_HOURS, SlaClock.start("resolution", Duration.ofHours(100), CLOCK_HOURS, NOW.minus(Duration.ofHours(76))));
        save("MA-101", CLOCK_HOURS, SlaClock.start("resolution", Duration.ofHours(100), CLOCK_HOURS, NOW.minus(Duration.ofHours(101))));
        Map<String, List<SlaLozenge>> page = queue.lozenges(List.of("MA-74", "MA-76", "MA-101"), NOW);
        assertEquals(SlaLozenge.Colour.GREEN, page.get("MA-74").get(0).colour());
        assertEquals(SlaLozenge.Colour.AMBER, page.get("MA-76").get(0).colour());
        assertEquals(SlaLozenge.Colour.RED, page.get("MA-101").get(0).colour());
        assertEquals("1 h overdue", page.get("MA-101").get(0).text(new Messages(), Locale.ENGLISH));
        assertEquals(75, queue.warningPercent(new ClockStore.StoredClock("MA-74", "klokuren",
                SlaClock.start("resolution", Duration.ofHours(1), CLOCK_HOURS, NOW), "mijn-aansluiting", "H")));
    }
}

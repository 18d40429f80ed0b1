package nl.mijnaansluiting.servicedesk.store;

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
import nl.mijnaansluiting.servicedesk.sla.BusinessCalendar;
import nl.mijnaansluiting.servicedesk.sla.ClockStore;
import nl.mijnaansluiting.servicedesk.sla.SlaClock;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;

/** SLA clocks on H2 and PostgreSQL: one per goal per request, read back whole, found by next attention. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(TestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = JiraFieldNames.class)
@Data(AoClockStoreAoTest.Schema.class)
public class AoClockStoreAoTest {

    public static final class Schema implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(SlaClockEntity.class, RequestSlaEntity.class, nl.mijnaansluiting.servicedesk.store.SlaClockEventEntity.class);
        }
    }

    private static final BusinessCalendar CLOCK = BusinessCalendar.aroundTheClock("klokuren", "Klokuren", ZoneId.of("Europe/Amsterdam"));
    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    private EntityManager entityManager;
    private ClockStore store;

    @Before
    public void setUp() throws Exception {
        entityManager.deleteWithSQL(SlaClockEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(nl.mijnaansluiting.servicedesk.store.SlaClockEventEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(RequestSlaEntity.class, "ID > ?", 0);
        store = new AoClockStore(new HostActiveObjects(entityManager));
    }

    private void start(String request, String metric, long hours) {
        SlaClock clock = SlaClock.start(metric, Duration.ofHours(hours), CLOCK, T0);
        store.save(new ClockStore.StoredClock(request, CLOCK.key(), clock), clock.dueAt().orElse(null));
    }

    @Test
    @NonTransactional
    public void clocksAreKeptWholeAndReplacedPerGoal() {
        start("MA-1", "reaction", 1);
        start("MA-1", "resolution", 8);
        SlaClock paused = SlaClock.start("reaction", Duration.ofHours(1), CLOCK, T0).pause(CLOCK, T0.plusSeconds(600));
        store.save(new ClockStore.StoredClock("MA-1", CLOCK.key(), paused), null);

        List<ClockStore.StoredClock> clocks = store.of("MA-1");
        assertEquals(2, clocks.size());
        SlaClock reaction = clocks.get(0).clock();
        assertEquals(SlaClock.State.PAUSED, reaction.state());
        assertEquals(Duration.ofMinutes(10), reaction.used());
        assertEquals(T0.plus(Duration.ofHours(8)), clocks.get(1).clock().dueAt().orElseThrow());
    }

    @Test
    @NonTransactional
    public void theSweepReadsOnlyWhatIsDueEarliestFirst() {
        start("MA-1", "resolution", 8);
        start("MA-2", "reaction", 1);
        start("MA-3", "resolution", 72);
        SlaClock met = SlaClock.start("reaction", Duration.ofHours(1), CLOCK, T0).stop(CLOCK, T0.plusSeconds(60));
        store.save(new ClockStore.StoredClock("MA-4", CLOCK.key(), met), null);

        List<String> due = store.needingAttentionBefore(T0.plus(Duration.ofHours(9)), 10).stream()
                .map(ClockStore.StoredClock::requestKey).collect(Collectors.toList());
        assertEquals(List.of("MA-2", "MA-1"), due);
        assertEquals(1, store.needingAttentionBefore(T0.plus(Duration.ofHours(100)), 1).size());
    }

    /** Issue 16, point 2: a status-update clock keeps its rhythm (seed 003), so its next status still follows it. */
    @Test
    @NonTransactional
    public void aStatusRhythmIsKeptWithItsClock() {
        BusinessCalendar periodOne = nl.mijnaansluiting.servicedesk.sla.SlaPresets.calendars().get("borger-dk-orientering");
        nl.mijnaansluiting.servicedesk.sla.Target rhythm = nl.mijnaansluiting.servicedesk.sla.Target.statusRhythm(
                new nl.mijnaansluiting.servicedesk.sla.StatusRhythm(Duration.ofHours(1), java.time.LocalTime.of(8, 0)));
        Instant tuesdayEleven = Instant.parse("2026-12-01T22:00:00Z"); // 23:00 in Copenhagen
        SlaClock clock = SlaClock.start("status-update", rhythm, periodOne, tuesdayEleven);
        store.save(new ClockStore.StoredClock("BD-1", periodOne.key(), clock, "borger-dk", "1"), clock.dueAt().orElse(null));
        SlaClock read = store.of("BD-1").get(0).clock();
        assertEquals(rhythm.rhythm(), read.rhythm());
        assertEquals(Instant.parse("2026-12-02T07:00:00Z"), read.dueAt().orElseThrow());
        assertEquals(Instant.parse("2026-12-02T08:00:00Z"), read.momentAtShare(periodOne, 2.0).orElseThrow());
        start("MA-1", "reaction", 1);
        assertEquals(java.util.Optional.empty(), store.of("MA-1").get(0).clock().rhythm());
    }
}

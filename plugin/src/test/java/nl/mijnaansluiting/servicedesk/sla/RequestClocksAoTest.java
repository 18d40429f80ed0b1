package nl.mijnaansluiting.servicedesk.sla;

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
import nl.mijnaansluiting.servicedesk.store.AoClockStore;
import nl.mijnaansluiting.servicedesk.store.RequestSlaEntity;
import nl.mijnaansluiting.servicedesk.store.SlaClockEntity;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * A request's clocks through its life, stored in Active Objects (H2 and PostgreSQL): waiting for the
 * customer pauses them and takes them out of the sweep, resuming continues with the time used,
 * taking stops the reaction goal, resolving the resolution goal and starts a Mitz RCA, reopening goes on.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(TestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = JiraFieldNames.class)
@Data(RequestClocksAoTest.Schema.class)
public class RequestClocksAoTest {

    public static final class Schema implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(SlaClockEntity.class, RequestSlaEntity.class, nl.mijnaansluiting.servicedesk.store.SlaClockEventEntity.class);
        }
    }

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private EntityManager entityManager;
    private AoClockStore store;
    private RequestClocks clocks;

    @Before
    public void setUp() throws Exception {
        entityManager.deleteWithSQL(SlaClockEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(nl.mijnaansluiting.servicedesk.store.SlaClockEventEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(RequestSlaEntity.class, "ID > ?", 0);
        store = new AoClockStore(new HostActiveObjects(entityManager));
        clocks = RequestClocks.presets(store);
    }

    /** Monday 23 November 2026 at hh:mm in Amsterdam. */
    private static Instant monday(int hour, int minute) {
        return ZonedDateTime.of(2026, 11, 23, hour, minute, 0, 0, AMSTERDAM).toInstant();
    }

    private SlaClock clock(String request, String metric) {
        return clocks.of(request).stream().map(ClockStore.StoredClock::clock).filter(c -> c.metric().equals(metric))
                .findFirst().orElseThrow(() -> new AssertionError("no " + metric + " clock"));
    }

    private List<String> dueForTheSweep() {
        return store.needingAttentionBefore(Instant.parse("2030-01-01T00:00:00Z"), 100).stream()
                .map(c -> c.requestKey() + ":" + c.clock().metric()).sorted().collect(Collectors.toList());
    }

    @Test
    @NonTransactional
    public void borgerDkPriority1ThroughWaitingTakingResolvingAndReopening() {
        clocks.start("BD-1", "borger-dk", "1", "incident", monday(9, 0));
        // A Prio 1 is a major incident: its hourly status update runs too, and does not pause.
        assertEquals(List.of("BD-1:reaction", "BD-1:resolution", "BD-1:status-update"), dueForTheSweep());

        clocks.waitingForCustomer("BD-1", monday(9, 10));
        assertEquals(SlaClock.State.PAUSED, clock("BD-1", "reaction").state());
        assertEquals(Duration.ofMinutes(10), clock("BD-1", "resolution").used());
        assertEquals(List.of("BD-1:status-update"), dueForTheSweep());

        clocks.resumed("BD-1", monday(10, 10));
        assertEquals(monday(10, 15), clock("BD-1", "reaction").dueAt().orElseThrow());

        clocks.reacted("BD-1", monday(10, 12));
        assertEquals(SlaClock.State.MET, clock("BD-1", "reaction").state());
        assertEquals(Duration.ofMinutes(12), clock("BD-1", "reaction").used());
        assertEquals(List.of("BD-1:resolution", "BD-1:status-update"), dueForTheSweep());

        clocks.resolved("BD-1", "borger-dk", "1", monday(14, 0));
        assertEquals(SlaClock.State.MET, clock("BD-1", "resolution").state());
        assertEquals(Duration.ofMinutes(240), clock("BD-1", "resolution").used());

        clocks.reopened("BD-1", monday(14, 30));
        assertEquals(SlaClock.State.RUNNING, clock("BD-1", "resolution").state());
        clocks.resolved("BD-1", "borger-dk", "1", monday(15, 0));
        assertEquals(SlaClock.State.BREACHED, clock("BD-1", "resolution").state());
        assertEquals(Duration.ofMinutes(270), clock("BD-1", "resolution").used());
    }

    @Test
    @NonTransactional
    public void resolvingAMitzPrio1StartsItsRcaOfFiveWorkingDaysOnce() {
        clocks.start("MZ-1", "mitz", "1", "incident", monday(9, 0));
        assertTrue(clocks.of("MZ-1").stream().noneMatch(c -> c.clock().metric().equals("rca")));
        clocks.resolved("MZ-1", "mitz", "1", monday(11, 0));
        SlaClock rca = clock("MZ-1", "rca");
        assertEquals(SlaClock.State.RUNNING, rca.state());
        assertEquals(ZonedDateTime.of(2026, 11, 30, 11, 0, 0, 0, AMSTERDAM).toInstant(), rca.dueAt().orElseThrow());
        clocks.reopened("MZ-1", monday(12, 0));
        clocks.resolved("MZ-1", "mitz", "1", monday(13, 0));
        assertEquals(1, clocks.of("MZ-1").stream().filter(c -> c.clock().metric().equals("rca")).count());
    }

    @Test
    @NonTransactional
    public void theDatalekReportToTheApNeverPausesAndAPriorityChangeRetargets() {
        clocks.start("DL-1", "mijn-aansluiting", "M", "datalek", monday(9, 0));
        clocks.waitingForCustomer("DL-1", monday(9, 30));
        assertEquals(SlaClock.State.RUNNING, clock("DL-1", "ap-report").state());
        assertEquals(SlaClock.State.PAUSED, clock("DL-1", "resolution").state());
        assertEquals(List.of("DL-1:ap-report"), dueForTheSweep());

        clocks.resumed("DL-1", monday(10, 0));
        Duration before = clock("DL-1", "reaction").target();
        clocks.priorityChanged("DL-1", "mijn-aansluiting", "K", monday(10, 0), "agent");
        assertEquals(Duration.ofMinutes(30), clock("DL-1", "reaction").target());
        assertTrue(before.compareTo(Duration.ofMinutes(30)) > 0);
        assertEquals(monday(10, 0), clock("DL-1", "reaction").dueAt().orElseThrow());
    }
}

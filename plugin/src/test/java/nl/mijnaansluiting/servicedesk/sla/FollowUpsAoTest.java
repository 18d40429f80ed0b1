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
import nl.mijnaansluiting.servicedesk.error.Problem;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.store.AoClockStore;
import nl.mijnaansluiting.servicedesk.store.SlaClockEntity;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The follow-up of incidents (issue 16, point 3): Mitz's RCA of a Prio 2 "op verzoek van VZVZ" (seed 002, 5 working
 * days), Borger.dk's post review report "ca. indenfor 14 dage efter Major incident er løst" (seed 003), and the list
 * of what is open, on H2 and PostgreSQL.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(TestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = JiraFieldNames.class)
@Data(FollowUpsAoTest.Schema.class)
public class FollowUpsAoTest {

    public static final class Schema implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(SlaClockEntity.class, nl.mijnaansluiting.servicedesk.store.RequestSlaEntity.class, nl.mijnaansluiting.servicedesk.store.SlaClockEventEntity.class);
        }
    }

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private EntityManager entityManager;
    private RequestClocks clocks;
    private FollowUps followUps;

    @Before
    public void setUp() throws Exception {
        entityManager.deleteWithSQL(SlaClockEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(nl.mijnaansluiting.servicedesk.store.RequestSlaEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(nl.mijnaansluiting.servicedesk.store.SlaClockEventEntity.class, "ID > ?", 0);
        AoClockStore store = new AoClockStore(new HostActiveObjects(entityManager));
        clocks = RequestClocks.presets(store);
        followUps = new FollowUps(store, SlaSettings.presets());
    }

    /** 23 November 2026 (a Monday) plus {@code days}, at hh:mm in Amsterdam. */
    private static Instant at(int days, int hour, int minute) {
        return ZonedDateTime.of(2026, 11, 23, hour, minute, 0, 0, AMSTERDAM).plusDays(days).toInstant();
    }

    private SlaClock rca(String request) {
        return clocks.of(request).stream().map(ClockStore.StoredClock::clock).filter(c -> c.metric().equals(Goal.RCA))
                .findFirst().orElseThrow(() -> new AssertionError("no RCA"));
    }

    @Test
    @NonTransactional
    public void aMitzPrio2GetsAnRcaOnlyOnRequestWithinFiveWorkingDays() {
        clocks.start("MZ-2", "mitz", "2", "incident", at(0, 9, 0));
        clocks.resolved("MZ-2", "mitz", "2", at(0, 11, 0));
        assertTrue("a Prio 2 has no RCA by itself", clocks.of("MZ-2").stream().noneMatch(c -> c.clock().metric().equals(Goal.RCA)));
        // VZVZ asks on Wednesday 10:00: due 5 working days later, the next Wednesday 10:00.
        clocks.requestRca("MZ-2", at(2, 10, 0));
        assertEquals(SlaClock.State.RUNNING, rca("MZ-2").state());
        assertEquals(at(9, 10, 0), rca("MZ-2").dueAt().orElseThrow());
        try {
            clocks.requestRca("MZ-2", at(2, 11, 0));
            fail("a second RCA");
        } catch (ProblemException twice) {
            assertEquals(Problem.CONFLICT, twice.problem());
            assertEquals("ma.sla.error.rca-exists", twice.messageKey());
        }
        clocks.delivered("MZ-2", Goal.RCA, at(8, 16, 0));
        assertEquals(SlaClock.State.MET, rca("MZ-2").state());
    }

    @Test
    @NonTransactional
    public void anRcaRequestedOnAnOpenIncidentWaitsForItsResolution() {
        clocks.start("MZ-3", "mitz", "2", "incident", at(0, 9, 0));
        clocks.requestRca("MZ-3", at(0, 10, 0));
        assertEquals(SlaClock.State.PAUSED, rca("MZ-3").state());
        clocks.waitingForCustomer("MZ-3", at(0, 11, 0));
        clocks.resumed("MZ-3", at(0, 12, 0));
        assertEquals("waiting for the customer leaves a requested RCA alone", SlaClock.State.PAUSED, rca("MZ-3").state());
        clocks.resolved("MZ-3", "mitz", "2", at(1, 14, 0));
        assertEquals(SlaClock.State.RUNNING, rca("MZ-3").state());
        assertEquals(at(8, 14, 0), rca("MZ-3").dueAt().orElseThrow());
    }

    @Test
    @NonTransactional
    public void anRcaIsRefusedWhereNoneIsAgreed() {
        clocks.start("MZ-4", "mitz", "3", "incident", at(0, 9, 0));
        try {
            clocks.requestRca("MZ-4", at(0, 10, 0));
            fail("no RCA at Prio 3");
        } catch (ProblemException refused) {
            assertEquals("ma.sla.error.rca-not-agreed", refused.messageKey());
        }
        try {
            clocks.requestRca("MZ-404", at(0, 10, 0));
            fail("no such request");
        } catch (ProblemException refused) {
            assertEquals(Problem.NOT_FOUND, refused.problem());
        }
        assertFalse(clocks.of("MZ-4").isEmpty());
        assertTrue(clocks.of("MZ-4").stream().noneMatch(c -> c.clock().metric().equals(Goal.RCA)));
    }

    @Test
    @NonTransactional
    public void aBorgerDkMajorIncidentOwesItsPostReviewFourteenDaysAfterResolution() {
        clocks.start("BD-1", "borger-dk", "1", "incident", at(0, 9, 0));
        clocks.resolved("BD-1", "borger-dk", "1", at(0, 12, 30));
        SlaClock review = clocks.of("BD-1").stream().map(ClockStore.StoredClock::clock)
                .filter(c -> c.metric().equals(Goal.POST_REVIEW)).findFirst().orElseThrow();
        assertEquals(at(14, 12, 30), review.dueAt().orElseThrow());
        clocks.start("BD-2", "borger-dk", "2", "incident", at(0, 9, 0));
        clocks.resolved("BD-2", "borger-dk", "2", at(0, 12, 30));
        assertTrue("only a major incident (P1)", clocks.of("BD-2").stream().noneMatch(c -> c.clock().metric().equals(Goal.POST_REVIEW)));
    }

    @Test
    @NonTransactional
    public void theOpenFollowUpsListedWhatIsDueFirstOnTop() {
        clocks.start("MZ-1", "mitz", "1", "incident", at(0, 9, 0));
        clocks.resolved("MZ-1", "mitz", "1", at(0, 11, 0));           // RCA due 30 Nov 11:00
        clocks.start("BD-1", "borger-dk", "1", "incident", at(0, 9, 0));
        clocks.resolved("BD-1", "borger-dk", "1", at(0, 10, 0));      // post review due 7 Dec 10:00
        clocks.start("MZ-3", "mitz", "2", "incident", at(0, 9, 0));
        clocks.requestRca("MZ-3", at(0, 10, 0));                       // waits for the resolution
        clocks.start("MZ-5", "mitz", "1", "incident", at(0, 9, 0));
        clocks.resolved("MZ-5", "mitz", "1", at(0, 9, 30));
        clocks.delivered("MZ-5", Goal.RCA, at(1, 9, 0));               // delivered: no longer open

        List<FollowUps.FollowUp> open = followUps.open(at(7, 12, 0));
        assertEquals(List.of("MZ-1 rca", "BD-1 post-review", "MZ-3 rca"),
                open.stream().map(f -> f.requestKey() + " " + f.metric()).collect(Collectors.toList()));
        assertTrue("the RCA of MZ-1 is overdue on 30 November 12:00", open.get(0).overdue());
        assertFalse(open.get(1).overdue());
        assertEquals("2026-12-07T10:00+01:00[Europe/Amsterdam]", open.get(1).dueAt().orElseThrow().toString());
        assertFalse(open.get(2).running());
        assertTrue(open.get(2).dueAt().isEmpty());
        try {
            clocks.delivered("MZ-1", Goal.RESOLUTION, at(7, 12, 0));
            fail("not a follow-up");
        } catch (ProblemException refused) {
            assertEquals("ma.sla.error.not-follow-up", refused.messageKey());
        }
    }
}

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
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecisions;
import nl.mijnaansluiting.servicedesk.priority.PrioritySchemes;
import nl.mijnaansluiting.servicedesk.store.AoAuditLog;
import nl.mijnaansluiting.servicedesk.store.AoClockStore;
import nl.mijnaansluiting.servicedesk.store.AoPriorityDecisionStore;
import nl.mijnaansluiting.servicedesk.store.AuditEntryEntity;
import nl.mijnaansluiting.servicedesk.store.PriorityDecisionEntity;
import nl.mijnaansluiting.servicedesk.store.RequestSlaEntity;
import nl.mijnaansluiting.servicedesk.store.SlaClockEntity;
import nl.mijnaansluiting.servicedesk.text.Messages;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The monthly report over clocks stored in Active Objects (H2 and PostgreSQL): Borger.dk priority 1
 * requests, their reaction goal (15 min, norm 90 %) met or breached, counted in the month they stopped.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(TestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = JiraFieldNames.class)
@Data(ComplianceReportAoTest.Schema.class)
public class ComplianceReportAoTest {

    public static final class Schema implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(SlaClockEntity.class, RequestSlaEntity.class, nl.mijnaansluiting.servicedesk.store.SlaClockEventEntity.class, PriorityDecisionEntity.class, AuditEntryEntity.class);
        }
    }

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private EntityManager entityManager;
    private RequestClocks clocks;
    private PriorityDecisions decisions;
    private ComplianceReports reports;

    @Before
    public void setUp() throws Exception {
        entityManager.deleteWithSQL(SlaClockEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(nl.mijnaansluiting.servicedesk.store.SlaClockEventEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(RequestSlaEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(PriorityDecisionEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AuditEntryEntity.class, "ID > ?", 0);
        HostActiveObjects ao = new HostActiveObjects(entityManager);
        AoClockStore store = new AoClockStore(ao);
        clocks = RequestClocks.presets(store);
        decisions = new PriorityDecisions(new AoPriorityDecisionStore(ao), PrioritySchemes.presets(), new Messages(),
                new AoAuditLog(ao), Clock.fixed(Instant.parse("2026-11-02T08:00:00Z"), ZoneOffset.UTC), clocks);
        reports = ComplianceReports.presets(store, decisions);
    }

    private static Instant at(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, AMSTERDAM).toInstant();
    }

    /** A Borger.dk incident affecting more than 20 % of users (priority 1), taken after {@code minutes}. */
    private void incident(String key, Instant start, int minutes) {
        incident(key, start, start.plusSeconds(minutes * 60L));
    }

    private void incident(String key, Instant start, Instant taken) {
        decisions.derive(key, "borger-dk", "Borger.dk", Map.of("andel-brugere", "40", "sikkerhedsbrist", "nee",
                "work-around", "nee", "centrale-funktioner", "ja"));
        clocks.start(key, "borger-dk", "1", "incident", start);
        clocks.reacted(key, taken);
    }

    @Test
    @NonTransactional
    public void theShareMetIsComparedWithTheNormAndTheBreachesAreListed() {
        for (int i = 1; i <= 9; i++) {
            incident("BD-" + i, at(11, 2 + i, 10, 0), 10);
        }
        incident("BD-10", at(11, 20, 10, 0), 20);
        // Reported at 16:00 on 30 November, taken the next morning: 35 minutes of primary time (08:30-16:30),
        // breached, and counted in December when it stopped.
        incident("BD-11", at(11, 30, 16, 0), at(12, 1, 8, 35));
        incident("BD-0", at(10, 30, 16, 25), 3);    // stopped in October

        ComplianceReport november = reports.report("borger-dk", YearMonth.of(2026, 11));
        ComplianceReport.Line reaction = november.lines().stream().filter(l -> l.metric().equals("reaction"))
                .findFirst().orElseThrow();
        assertEquals("Borger.dk", reaction.product());
        assertEquals("1", reaction.priority());
        assertEquals(90, reaction.normPercent());
        assertEquals(10, reaction.total());
        assertEquals(9, reaction.met());
        assertEquals("90.0", reaction.sharePercent().toPlainString());
        assertTrue(reaction.meetsNorm());
        assertEquals(List.of("BD-10"), reaction.breaches().stream().map(ComplianceReport.Breach::requestKey)
                .collect(Collectors.toList()));

        ComplianceReport december = reports.report("borger-dk", YearMonth.of(2026, 12));
        ComplianceReport.Line late = december.lines().get(0);
        assertEquals(1, late.total());
        assertFalse(late.meetsNorm());
        nl.mijnaansluiting.servicedesk.text.Messages messages = new nl.mijnaansluiting.servicedesk.text.Messages();
        String dutch = december.csv(nl.mijnaansluiting.servicedesk.text.Formats.of(messages,
                nl.mijnaansluiting.servicedesk.text.Messages.DUTCH, null));
        assertTrue(dutch, dutch.startsWith("\uFEFFSchema;Maand;Product;Prioriteit;Doel;Norm (%);Aantal;Gehaald;Gehaald (%);Norm gehaald;Overschrijdingen;"
                + "Wachtperioden afnemer;Binnen doel (afnemer);Binnen doel afnemer (%);Norm gehaald (afnemer)\r\n"));
        assertTrue(dutch, dutch.contains("borger-dk;2026-12;Borger.dk;1;Reactie;90;1;0;0;nee;BD-11;0;0;;\r\n"));
        String english = december.csv(nl.mijnaansluiting.servicedesk.text.Formats.of(messages,
                nl.mijnaansluiting.servicedesk.text.Messages.ENGLISH, null));
        assertTrue(english, english.startsWith("\uFEFFScheme,Month,Product,Priority,Goal,Norm (%),Total,Met,Met (%),Norm met,Breaches,"
                + "Customer waits,Within target (customer),Within target customer (%),Norm met (customer)\r\n"));
        assertTrue(english, english.contains("borger-dk,2026-12,Borger.dk,1,Reaction,90,1,0,0,no,BD-11,0,0,,\r\n"));

        assertEquals(1, reports.report("borger-dk", YearMonth.of(2026, 10)).lines().get(0).total());
    }

    /** A MijnOverheid Prio 2 (impact hoog, urgentie midden): resolution within 20 office hours, norm 85 %. */
    private void prio2(String key, Instant raised) {
        decisions.derive(key, "mijnoverheid", "MijnOverheid", Map.of("impact", "hoog", "urgentie", "midden"));
        clocks.start(key, "mijnoverheid", "2", "incident", raised);
    }

    /**
     * Seed 001, "Inbreng van de afnemer": while Logius waits for the afnemer, the afnemer is held to the same
     * indicator. Each waiting period is measured in office hours (workdays 08:00-17:00) against the 20 hours of a
     * Prio 2: 2 hours is within, 21 hours (Monday 09:00 to Wednesday 12:00: 8 + 9 + 4) is not, exactly 20 is within.
     */
    @Test
    @NonTransactional
    public void theAfnemersWaitingPeriodsAreHeldToTheSameTarget() {
        prio2("MO-1", at(11, 2, 8, 0));                    // Monday 2 November 2026
        clocks.waitingForCustomer("MO-1", at(11, 2, 9, 0));
        clocks.resumed("MO-1", at(11, 2, 11, 0));          // 2 office hours
        clocks.resolved("MO-1", "mijnoverheid", "2", at(11, 2, 15, 0));

        prio2("MO-2", at(11, 9, 8, 0));                    // Monday 9 November
        clocks.waitingForCustomer("MO-2", at(11, 9, 9, 0));
        clocks.resumed("MO-2", at(11, 11, 12, 0));         // 21 office hours: late
        clocks.waitingForCustomer("MO-2", at(11, 11, 13, 0));
        clocks.resolved("MO-2", "mijnoverheid", "2", at(11, 11, 14, 0)); // resolved while waiting: 1 hour, within

        prio2("MO-3", at(11, 16, 8, 0));                   // Monday 16 November
        clocks.waitingForCustomer("MO-3", at(11, 16, 8, 0));
        clocks.resumed("MO-3", at(11, 18, 10, 0));         // 9 + 9 + 2 = 20 office hours: within, exactly
        clocks.resolved("MO-3", "mijnoverheid", "2", at(11, 18, 11, 0));

        ComplianceReport.Line line = reports.report("mijnoverheid", YearMonth.of(2026, 11)).lines().stream()
                .filter(l -> l.metric().equals("resolution")).findFirst().orElseThrow();
        assertEquals(3, line.total());
        assertEquals(3, line.met());
        assertEquals(4, line.waits().size());
        assertEquals(3, line.waitsWithin());
        assertEquals("75.0", line.customerSharePercent().toPlainString());
        assertFalse("75 % is under the 85 % norm", line.customerMeetsNorm());
        ComplianceReport.Wait late = line.waits().stream().filter(w -> !w.within()).findFirst().orElseThrow();
        assertEquals("MO-2", late.requestKey());
        assertEquals(java.time.Duration.ofHours(21), late.used());
        assertEquals(java.time.Duration.ofHours(20), late.target());
        assertEquals(java.time.Duration.ofHours(20), line.waits().stream().filter(w -> w.requestKey().equals("MO-3"))
                .findFirst().orElseThrow().used());

        String dutch = reports.report("mijnoverheid", YearMonth.of(2026, 11)).csv(nl.mijnaansluiting.servicedesk.text.Formats.of(
                new Messages(), Messages.DUTCH, null));
        assertTrue(dutch, dutch.contains("mijnoverheid;2026-11;MijnOverheid;2;Oplossing;85;3;3;100;ja;;4;3;75;nee\r\n"));
    }

    @Test
    @NonTransactional
    public void anUnknownSchemeOrABadMonthIsRefusedNamingWhat() {
        try {
            reports.report("onbekend", YearMonth.of(2026, 11));
            fail("reported");
        } catch (ProblemException e) {
            assertEquals("ma.reports.error.unknown-scheme", e.messageKey());
        }
        try {
            ComplianceReports.month("november");
            fail("parsed");
        } catch (ProblemException e) {
            assertEquals("month", e.field());
        }
    }
}

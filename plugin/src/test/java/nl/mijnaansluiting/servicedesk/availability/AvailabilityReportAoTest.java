package nl.mijnaansluiting.servicedesk.availability;

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
import nl.mijnaansluiting.servicedesk.sla.SlaSettings;
import nl.mijnaansluiting.servicedesk.store.AoOutageStore;
import nl.mijnaansluiting.servicedesk.store.OutageEntity;
import nl.mijnaansluiting.servicedesk.text.Formats;
import nl.mijnaansluiting.servicedesk.text.Messages;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Availability per calendar month with seed 001's numbers, over outages kept in Active Objects (H2 and PostgreSQL):
 * 24/7, 99 % (7.2 hours in a month of 30 days), the portal's maintenance on the 2nd and 4th Wednesday 00:00-06:00
 * not counted, overlapping outages counted once, clipped to the month.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(TestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = JiraFieldNames.class)
@Data(AvailabilityReportAoTest.Schema.class)
public class AvailabilityReportAoTest {

    public static final class Schema implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(OutageEntity.class);
        }
    }

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Map<String, String> UNREACHABLE = Map.of("impact", "hoog", "urgentie", "hoog");

    private EntityManager entityManager;
    private Outages outages;
    private AvailabilityReports reports;

    @Before
    public void setUp() throws Exception {
        entityManager.deleteWithSQL(OutageEntity.class, "ID > ?", 0);
        AoOutageStore store = new AoOutageStore(new HostActiveObjects(entityManager));
        outages = new Outages(store);
        reports = new AvailabilityReports(store, outages, SlaSettings.presets(),
                Clock.fixed(at(12, 15, 12, 0), ZoneOffset.UTC));
    }

    private static Instant at(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, AMSTERDAM).toInstant();
    }

    private void outage(String key, Instant from, Instant until) {
        outages.raised(key, "mijnoverheid", "MijnOverheid", UNREACHABLE, true, from, null);
        if (until != null) {
            outages.resolved(key, until);
        }
    }

    private AvailabilityReport.Line mijnOverheid(YearMonth month) {
        return reports.report(month).lines().stream().filter(l -> l.product().equals("MijnOverheid")).findFirst().orElseThrow();
    }

    @Test
    @NonTransactional
    public void anOutageAcrossTheMaintenanceWindowCountsOnlyOutsideIt() {
        // Tuesday 10 November 22:00 to Wednesday 11 November 08:00 (the 2nd Wednesday): 10 hours, 6 of them maintenance.
        outage("MO-1", at(11, 10, 22, 0), at(11, 11, 8, 0));

        AvailabilityReport.Line november = mijnOverheid(YearMonth.of(2026, 11));
        assertEquals(Duration.ofHours(720), november.period());
        assertEquals(Duration.ofMinutes(432), november.allowed());          // 7.2 hours: 1 % of 720
        assertEquals(Duration.ofHours(4), november.down());
        assertEquals(Duration.ofHours(6), november.maintenance());
        assertEquals(240, november.downMinutes());
        assertEquals("99.444", november.availabilityPercent().toPlainString());
        assertTrue(november.meetsNorm());
        assertEquals(List.of("MO-1"), november.requests());
    }

    @Test
    @NonTransactional
    public void overlappingOutagesCountOnceAndTheMonthClipsThem() {
        outage("MO-1", at(11, 10, 22, 0), at(11, 11, 8, 0));               // 4 hours outside maintenance
        outage("MO-2", at(11, 16, 10, 0), at(11, 16, 13, 0));              // two requests about one outage:
        outage("MO-3", at(11, 16, 12, 0), at(11, 16, 14, 0));              // 10:00-14:00 is 4 hours, not 5
        // Raised at 01:00 on 1 November; the deelnemer states it began at 22:00 on 31 October: 2 hours in November.
        outages.raised("MO-4", "mijnoverheid", "MijnOverheid", UNREACHABLE, true, at(11, 1, 1, 0), at(10, 31, 22, 0));
        outages.resolved("MO-4", at(11, 1, 2, 0));
        // Not an outage: impact midden, and an unreachable portal outside Productie (the SLA does not apply).
        outages.raised("MO-5", "mijnoverheid", "MijnOverheid", Map.of("impact", "midden", "urgentie", "hoog"), true,
                at(11, 20, 10, 0), null);
        outages.raised("MO-6", "mijnoverheid", "MijnOverheid", UNREACHABLE, false, at(11, 20, 10, 0), null);

        AvailabilityReport.Line november = mijnOverheid(YearMonth.of(2026, 11));
        assertEquals(Duration.ofHours(10), november.down());
        assertEquals(600, november.downMinutes());
        assertEquals("98.611", november.availabilityPercent().toPlainString());
        assertFalse("10 hours is more than the 7.2 the norm allows", november.meetsNorm());
        assertEquals(List.of("MO-4", "MO-1", "MO-2", "MO-3"), november.requests());

        // October has 745 hours (the clocks go back on the 25th): 1 hour of MO-4 falls in it, 7.45 hours allowed.
        AvailabilityReport.Line october = mijnOverheid(YearMonth.of(2026, 10));
        assertEquals(Duration.ofHours(745), october.period());
        assertEquals(Duration.ofMinutes(447), october.allowed());
        assertEquals(Duration.ofHours(2), october.down());

        String dutch = reports.report(YearMonth.of(2026, 11)).csv(Formats.of(new Messages(), Messages.DUTCH, null));
        assertTrue(dutch, dutch.startsWith("\uFEFFSchema;Maand;Product;Uren in de maand;Minuten niet beschikbaar;"
                + "Minuten in onderhoudsvenster;Toegestane minuten;Beschikbaarheid (%);Norm (%);Norm gehaald;Verzoeken\r\n"));
        assertTrue(dutch, dutch.contains("mijnoverheid;2026-11;MijnOverheid;720;600;360;432;98,611;99;nee;MO-4 MO-1 MO-2 MO-3\r\n"));
        String english = reports.report(YearMonth.of(2026, 11)).csv(Formats.of(new Messages(), Messages.ENGLISH, null));
        assertTrue(english, english.contains("mijnoverheid,2026-11,MijnOverheid,720,600,360,432,98.611,99,no,MO-4 MO-1 MO-2 MO-3\r\n"));
    }

    @Test
    @NonTransactional
    public void anOpenOutageCountsUntilNowAndAReopenedOneRunsOn() {
        outage("MO-7", at(12, 14, 12, 0), null);                           // still open: until now, 15 December 12:00
        assertEquals(Duration.ofHours(24), mijnOverheid(YearMonth.of(2026, 12)).down());
        outage("MO-8", at(11, 30, 10, 0), at(11, 30, 11, 0));
        outages.reopened("MO-8");                                          // not over after all
        outages.resolved("MO-8", at(11, 30, 12, 0));
        assertEquals(Duration.ofHours(2), mijnOverheid(YearMonth.of(2026, 11)).down());
        assertEquals(at(11, 30, 12, 0), outages.of("MO-8").orElseThrow().endedAt());
    }
}

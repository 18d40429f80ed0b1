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
import nl.mijnaansluiting.servicedesk.audit.AuditEvent;
import nl.mijnaansluiting.servicedesk.audit.AuditLog;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The audit trail on a real database, with Jira's table and column names. Runs on H2 in the default
 * test run and again on PostgreSQL (surefire execution ao-on-postgresql): every *AoTest does.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(TestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = JiraFieldNames.class)
@Data(AoAuditLogAoTest.Schema.class)
public class AoAuditLogAoTest {

    public static final class Schema implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(AuditEntryEntity.class);
        }
    }

    private EntityManager entityManager;
    private AuditLog auditLog;

    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    /**
     * The repository runs its own transactions (as in Jira), so the tests run outside the runner's
     * roll-back transaction and start from an empty table instead.
     */
    @Before
    public void setUp() throws Exception {
        entityManager.deleteWithSQL(AuditEntryEntity.class, "ID > ?", 0);
        auditLog = new AoAuditLog(new HostActiveObjects(entityManager));
    }

    @Test
    @NonTransactional
    public void theTrailIsFilteredByActorActionAndDaysInTheReadersZoneAndPagedInTheDatabase() {
        java.time.ZoneId amsterdam = java.time.ZoneId.of("Europe/Amsterdam");
        // 20 Nov 2026 23:30 in Amsterdam is 22:30 UTC: it belongs to the 20th, not the 21st
        auditLog.record(new AuditEvent(Instant.parse("2026-11-20T22:30:00Z"), "admin", "sla", "kantooruren", "sla.calendar.changed", "late"));
        auditLog.record(new AuditEvent(Instant.parse("2026-11-20T23:30:00Z"), "admin", "sla", "kantooruren", "sla.calendar.changed", "next day"));
        auditLog.record(new AuditEvent(Instant.parse("2026-11-20T10:00:00Z"), "anna", "sign-in", "anna", "sign-in.succeeded", ""));
        for (int i = 0; i < 55; i++) {
            auditLog.record(new AuditEvent(T0.minusSeconds(3600L * 24 * 3 + i), "agent", "request", "MA-" + i, "priority.set-by-hand", "p" + i));
        }
        nl.mijnaansluiting.servicedesk.audit.AuditQuery onThe20th = nl.mijnaansluiting.servicedesk.audit.AuditQuery.parse(
                "admin", "", "2026-11-20", "2026-11-20", null, amsterdam);
        assertEquals(List.of("late"), auditLog.find(onThe20th, 51).stream().map(AuditEvent::details).collect(Collectors.toList()));
        nl.mijnaansluiting.servicedesk.audit.AuditQuery byAction = nl.mijnaansluiting.servicedesk.audit.AuditQuery.parse(
                null, "sign-in.succeeded", null, null, null, amsterdam);
        assertEquals(List.of("anna"), auditLog.find(byAction, 51).stream().map(AuditEvent::actor).collect(Collectors.toList()));

        nl.mijnaansluiting.servicedesk.audit.AuditQuery first = nl.mijnaansluiting.servicedesk.audit.AuditQuery.parse(
                "agent", null, null, null, "1", amsterdam);
        List<AuditEvent> page1 = auditLog.find(first, 51);
        assertEquals(51, page1.size());
        assertEquals("p0", page1.get(0).details());
        nl.mijnaansluiting.servicedesk.audit.AuditQuery second = nl.mijnaansluiting.servicedesk.audit.AuditQuery.parse(
                "agent", null, null, null, "2", amsterdam);
        assertEquals(List.of("p50", "p51", "p52", "p53", "p54"),
                auditLog.find(second, 51).stream().map(AuditEvent::details).collect(Collectors.toList()));
    }

    @Test
    public void aWrongFilterIsRefusedWithEachFieldNamed() {
        try {
            nl.mijnaansluiting.servicedesk.audit.AuditQuery.parse("x", "sign-in.nonsense", "2026-13-01", "2026-11-01", "0",
                    java.time.ZoneId.of("Europe/Amsterdam"));
            org.junit.Assert.fail("refused");
        } catch (nl.mijnaansluiting.servicedesk.error.ProblemException refused) {
            assertEquals(List.of("action", "from", "page"), refused.fieldErrors().stream()
                    .map(nl.mijnaansluiting.servicedesk.error.FieldError::field).collect(Collectors.toList()));
        }
    }

    @Test
    @NonTransactional
    public void newestEventsComeFirstAndTheLimitIsKept() {
        for (int i = 0; i < 5; i++) {
            auditLog.record(new AuditEvent(T0.plusSeconds(i), "admin", "scheme", "mijn-aansluiting", "changed", "v" + i));
        }
        List<AuditEvent> recent = auditLog.recent(3);
        assertEquals(List.of("v4", "v3", "v2"), recent.stream().map(AuditEvent::details).collect(Collectors.toList()));
        assertEquals(T0.plusSeconds(4), recent.get(0).at());
    }

    @Test
    @NonTransactional
    public void eventsAboutOneSubjectLeaveOthersOut() {
        auditLog.record(new AuditEvent(T0, "admin", "key-users", "noordnet", "added", "anna"));
        auditLog.record(new AuditEvent(T0.plusSeconds(1), "admin", "key-users", "rivierstroom", "added", "carla"));
        auditLog.record(new AuditEvent(T0.plusSeconds(2), "admin", "key-users", "noordnet", "removed", "bram"));

        List<AuditEvent> noordnet = auditLog.about("key-users", "noordnet", 10);
        assertEquals(List.of("removed", "added"), noordnet.stream().map(AuditEvent::action).collect(Collectors.toList()));
        assertTrue(noordnet.stream().allMatch(e -> e.subjectKey().equals("noordnet")));
    }

    @Test
    @NonTransactional
    public void textIsStoredAsTypedIncludingMarkupQuotesAndAccents() {
        String typed = "<script>alert('x')</script> \"Bevrijdingsdag\" – café ; DROP TABLE x;";
        auditLog.record(new AuditEvent(T0, "o'brien", "sign-in", "o'brien", "sign-in.failed", typed));
        AuditEvent stored = auditLog.recent(1).get(0);
        assertEquals(typed, stored.details());
        assertEquals("o'brien", stored.actor());
    }

    @Test
    @NonTransactional
    public void longDetailsAreCutNotRefused() {
        String long5000 = "x".repeat(5000);
        auditLog.record(new AuditEvent(T0, "admin", "scheme", "borger-dk", "imported", long5000));
        assertEquals(AuditEvent.MAX_DETAILS, auditLog.recent(1).get(0).details().length());
    }

    @Test
    @NonTransactional
    public void tableAndColumnsHaveJirasNames() throws Exception {
        String table = new JiraTableNames().getName(AuditEntryEntity.class);
        assertTrue(table, table.matches("AO_[0-9A-F]{6}_AUDIT_ENTRY"));
        try (var connection = entityManager.getProvider().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            boolean postgres = meta.getDatabaseProductName().toLowerCase().contains("postgres");
            try (ResultSet columns = meta.getColumns(null, null, table, "SUBJECT_KEY")) {
                assertTrue("SUBJECT_KEY column on " + (postgres ? "PostgreSQL" : "H2"), columns.next());
            }
        }
    }
}

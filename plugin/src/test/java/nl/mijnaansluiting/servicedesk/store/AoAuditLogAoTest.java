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

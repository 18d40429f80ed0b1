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
import nl.mijnaansluiting.servicedesk.sla.SlaSettingsStore;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Instant;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

/** Saved calendars and goal sets on H2 and PostgreSQL: per kind, replaced in place, and a stamp that moves. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(TestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = JiraFieldNames.class)
@Data(AoSlaSettingsStoreAoTest.Schema.class)
public class AoSlaSettingsStoreAoTest {

    public static final class Schema implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(SlaSettingEntity.class);
        }
    }

    private EntityManager entityManager;
    private SlaSettingsStore store;

    @Before
    public void setUp() throws Exception {
        entityManager.deleteWithSQL(SlaSettingEntity.class, "ID > ?", 0);
        store = new AoSlaSettingsStore(new HostActiveObjects(entityManager));
    }

    @Test
    @NonTransactional
    public void everySaveAndRemovalMovesTheStamp() {
        Instant at = Instant.parse("2026-11-22T10:00:00Z");
        String empty = store.stamp();
        store.save(SlaSettingsStore.CALENDAR, "kantooruren", "{\"a\":1}", "admin", at);
        String one = store.stamp();
        assertNotEquals(empty, one);
        store.save(SlaSettingsStore.GOALS, "kantooruren", "{\"goals\":1}", "admin", at);
        store.save(SlaSettingsStore.CALENDAR, "kantooruren", "{\"a\":2}", "ilse", at);
        String three = store.stamp();
        assertNotEquals(one, three);
        assertEquals(Map.of("kantooruren", "{\"a\":2}"), store.all(SlaSettingsStore.CALENDAR));
        assertEquals(Map.of("kantooruren", "{\"goals\":1}"), store.all(SlaSettingsStore.GOALS));
        assertTrue(store.delete(SlaSettingsStore.CALENDAR, "kantooruren"));
        assertFalse(store.delete(SlaSettingsStore.CALENDAR, "kantooruren"));
        assertNotEquals(three, store.stamp());
    }
}

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
import nl.mijnaansluiting.servicedesk.priority.PriorityPresets;
import nl.mijnaansluiting.servicedesk.priority.PrioritySchemeStore;
import nl.mijnaansluiting.servicedesk.priority.SchemeDefinitions;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Priority scheme versions on H2 and PostgreSQL: added, never overwritten, read back whole. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(TestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = JiraFieldNames.class)
@Data(AoPrioritySchemeStoreAoTest.Schema.class)
public class AoPrioritySchemeStoreAoTest {

    public static final class Schema implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(PrioritySchemeVersionEntity.class);
        }
    }

    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    private EntityManager entityManager;
    private PrioritySchemeStore store;

    @Before
    public void setUp() throws Exception {
        entityManager.deleteWithSQL(PrioritySchemeVersionEntity.class, "ID > ?", 0);
        store = new AoPrioritySchemeStore(new HostActiveObjects(entityManager));
    }

    private static PrioritySchemeStore.Version version(String key, int number, String definition, String comment) {
        return new PrioritySchemeStore.Version(key, number, definition, "ilse", T0.plusSeconds(number), comment);
    }

    @Test
    @NonTransactional
    public void versionsAreAddedAndReadBackWhole() {
        String borger = SchemeDefinitions.write(PriorityPresets.borgerDk());
        assertTrue(borger.contains("\u00f8"));  // høj: Danish letters survive the database
        assertTrue(store.add(version("borger-dk", 1, borger, "")));
        assertTrue(store.add(version("borger-dk", 2, borger.replace("1 Kritiek", "1 Kritiek!"), "Naam aangepast")));
        assertTrue(store.add(version("mitz", 1, SchemeDefinitions.write(PriorityPresets.mitz()), null)));

        assertEquals(Map.of("borger-dk", 2, "mitz", 1), store.latestVersions());
        assertEquals(List.of(2, 1), store.history("borger-dk").stream().map(PrioritySchemeStore.Version::number)
                .collect(Collectors.toList()));
        PrioritySchemeStore.Version second = store.version("borger-dk", 2).orElseThrow();
        assertEquals("Naam aangepast", second.comment());
        assertEquals(T0.plusSeconds(2), second.savedAt());
        assertEquals("1 Kritiek!", SchemeDefinitions.read(second.definition()).levels().get(0).name().dutch());
        assertEquals(borger, store.version("borger-dk", 1).orElseThrow().definition());
        assertEquals("", store.version("mitz", 1).orElseThrow().comment());
        assertFalse(store.version("mitz", 2).isPresent());
    }

    @Test
    @NonTransactional
    public void aVersionThatExistsIsNeverOverwritten() {
        assertTrue(store.add(version("mitz", 1, "{\"first\":true}", "")));
        assertFalse(store.add(version("mitz", 1, "{\"second\":true}", "")));
        assertEquals("{\"first\":true}", store.version("mitz", 1).orElseThrow().definition());
        assertEquals(1, store.history("mitz").size());
    }
}

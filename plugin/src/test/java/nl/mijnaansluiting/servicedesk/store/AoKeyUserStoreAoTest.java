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
import nl.mijnaansluiting.servicedesk.request.KeyUser;
import nl.mijnaansluiting.servicedesk.request.KeyUserStore;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Key-user appointments on H2 and PostgreSQL. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(TestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = JiraFieldNames.class)
@Data(AoKeyUserStoreAoTest.Schema.class)
public class AoKeyUserStoreAoTest {

    public static final class Schema implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(KeyUserEntity.class);
        }
    }

    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    private EntityManager entityManager;
    private KeyUserStore store;

    /** The store runs its own transactions, as in Jira: tests run outside the runner's roll-back and start empty. */
    @Before
    public void setUp() throws Exception {
        entityManager.deleteWithSQL(KeyUserEntity.class, "ID > ?", 0);
        store = new AoKeyUserStore(new HostActiveObjects(entityManager));
    }

    @Test
    @NonTransactional
    public void appointmentsArePerDeelnemer() {
        assertTrue(store.add(new KeyUser("noordnet", "anna", "admin", T0)));
        assertTrue(store.add(new KeyUser("noordnet", "bram", "admin", T0)));
        assertTrue(store.add(new KeyUser("rivierstroom", "carla", "admin", T0)));

        assertEquals(List.of("anna", "bram"),
                store.keyUsersOf("noordnet").stream().map(KeyUser::username).collect(Collectors.toList()));
        assertTrue(store.isKeyUser("noordnet", "anna"));
        assertFalse(store.isKeyUser("rivierstroom", "anna"));
        assertEquals(T0, store.keyUsersOf("rivierstroom").get(0).addedAt());
    }

    @Test
    @NonTransactional
    public void appointingTwiceKeepsOneAppointment() {
        assertTrue(store.add(new KeyUser("noordnet", "anna", "admin", T0)));
        assertFalse(store.add(new KeyUser("noordnet", "anna", "someone-else", T0.plusSeconds(60))));
        assertEquals(1, store.keyUsersOf("noordnet").size());
        assertEquals("admin", store.keyUsersOf("noordnet").get(0).addedBy());
    }

    @Test
    @NonTransactional
    public void revokingRemovesOnlyThatAppointment() {
        store.add(new KeyUser("noordnet", "anna", "admin", T0));
        store.add(new KeyUser("rivierstroom", "anna", "admin", T0));
        assertTrue(store.remove("noordnet", "anna"));
        assertFalse(store.remove("noordnet", "anna"));
        assertFalse(store.isKeyUser("noordnet", "anna"));
        assertTrue(store.isKeyUser("rivierstroom", "anna"));
    }

    /** The unique appointment column holds even when two admins press the button at the same moment. */
    @Test
    @NonTransactional
    public void concurrentAppointmentsOfOnePersonLeaveOneRow() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Boolean> appoint = () -> {
                try {
                    return store.add(new KeyUser("polderwater", "eva", "admin", T0));
                } catch (RuntimeException duplicate) {
                    return false;
                }
            };
            List<Future<Boolean>> results = pool.invokeAll(List.of(appoint, appoint, appoint, appoint));
            int added = 0;
            for (Future<Boolean> result : results) {
                added += result.get() ? 1 : 0;
            }
            assertEquals(1, added);
            assertEquals(1, store.keyUsersOf("polderwater").size());
        } finally {
            pool.shutdownNow();
        }
    }
}

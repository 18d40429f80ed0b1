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
import nl.mijnaansluiting.servicedesk.request.RequestTemplate;
import nl.mijnaansluiting.servicedesk.request.TemplateCatalogue;
import nl.mijnaansluiting.servicedesk.request.TemplateDefinitions;
import nl.mijnaansluiting.servicedesk.request.TemplateStore;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Instant;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Saved template definitions on H2 and PostgreSQL: long JSON with accents, replaced in place, removed. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(TestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = JiraFieldNames.class)
@Data(AoTemplateStoreAoTest.Schema.class)
public class AoTemplateStoreAoTest {

    public static final class Schema implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(RequestTemplateEntity.class);
        }
    }

    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    private EntityManager entityManager;
    private TemplateStore store;

    @Before
    public void setUp() throws Exception {
        entityManager.deleteWithSQL(RequestTemplateEntity.class, "ID > ?", 0);
        store = new AoTemplateStore(new HostActiveObjects(entityManager));
    }

    @Test
    @NonTransactional
    public void definitionsAreKeptWholeAndReplacedInPlace() {
        RequestTemplate change = TemplateCatalogue.mijnAansluiting().find("wijzigingsverzoek").orElseThrow();
        String json = TemplateDefinitions.write(change);
        assertTrue(json.length() > 2000);
        store.save("wijzigingsverzoek", json, "admin", T0);
        store.save("extra", json.replace("wijzigingsverzoek", "extra").replace("Wijzigingsverzoek", "Extra \u00e9\u00e9n"), "admin", T0);
        store.save("wijzigingsverzoek", json.replace("Onderwerp", "Titel"), "ilse", T0.plusSeconds(5));

        assertEquals(List.of("wijzigingsverzoek", "extra"), List.copyOf(store.all().keySet()));
        assertTrue(store.all().get("wijzigingsverzoek").contains("Titel"));
        assertEquals("Extra \u00e9\u00e9n", TemplateDefinitions.read(store.all().get("extra")).name().dutch());
    }

    @Test
    @NonTransactional
    public void deletingSaysWhetherThereWasOne() {
        store.save("extra", "{}", "admin", T0);
        assertTrue(store.delete("extra"));
        assertFalse(store.delete("extra"));
        assertTrue(store.all().isEmpty());
    }
}

package nl.mijnaansluiting.servicedesk.sandbox;

import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.Role;
import nl.mijnaansluiting.servicedesk.aohost.HostActiveObjects;
import nl.mijnaansluiting.servicedesk.aohost.JiraFieldNames;
import nl.mijnaansluiting.servicedesk.aohost.JiraTableNames;
import nl.mijnaansluiting.servicedesk.aohost.TestDatabase;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.priority.PrioritySchemes;
import nl.mijnaansluiting.servicedesk.provisioning.ProvisioningPlan;
import nl.mijnaansluiting.servicedesk.provisioning.FieldSpec;
import nl.mijnaansluiting.servicedesk.provisioning.RequestTypeSpec;
import nl.mijnaansluiting.servicedesk.provisioning.ServiceProject;
import nl.mijnaansluiting.servicedesk.provisioning.ServiceProjects;
import nl.mijnaansluiting.servicedesk.provisioning.TemplateProvisioning;
import nl.mijnaansluiting.servicedesk.request.KeyUserRequestTypes;
import nl.mijnaansluiting.servicedesk.request.KeyUsers;
import nl.mijnaansluiting.servicedesk.request.Portal;
import nl.mijnaansluiting.servicedesk.request.TemplateCatalogue;
import nl.mijnaansluiting.servicedesk.request.Templates;
import nl.mijnaansluiting.servicedesk.sandbox.store.AoServiceProjects;
import nl.mijnaansluiting.servicedesk.sandbox.store.CustomFieldEntity;
import nl.mijnaansluiting.servicedesk.sandbox.store.RequestTypeEntity;
import nl.mijnaansluiting.servicedesk.store.AoAuditLog;
import nl.mijnaansluiting.servicedesk.store.AoKeyUserStore;
import nl.mijnaansluiting.servicedesk.store.AoSlaSettingsStore;
import nl.mijnaansluiting.servicedesk.store.AoTemplateStore;
import nl.mijnaansluiting.servicedesk.store.AuditEntryEntity;
import nl.mijnaansluiting.servicedesk.store.KeyUserEntity;
import nl.mijnaansluiting.servicedesk.store.RequestTemplateEntity;
import nl.mijnaansluiting.servicedesk.store.SlaSettingEntity;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Installing the catalogue when things go wrong, on the sandbox's service project in Active Objects (H2 and
 * PostgreSQL): a field name taken by another type of field stops it before any change; a run that fails
 * halfway keeps what it did and says where it stopped, and the next run does only the rest (no duplicates).
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(TestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = JiraFieldNames.class)
@Data(ProvisioningAoTest.Schema.class)
public class ProvisioningAoTest {

    public static final class Schema implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(RequestTypeEntity.class, CustomFieldEntity.class, SlaSettingEntity.class, AuditEntryEntity.class,
                    RequestTemplateEntity.class, KeyUserEntity.class);
        }
    }

    private static final Caller ADMIN = new Caller("admin", "Ada Admin", Set.of(Role.ADMIN), Set.of(), Locale.ENGLISH);
    private static final TemplateProvisioning.Target MA = TemplateProvisioning.Target.of("MA", null, null);

    private EntityManager entityManager;
    private HostActiveObjects ao;
    private AoServiceProjects projects;

    @Before
    public void setUp() throws Exception {
        for (Class<? extends net.java.ao.RawEntity<Integer>> type : List.of(RequestTypeEntity.class, CustomFieldEntity.class,
                SlaSettingEntity.class, AuditEntryEntity.class)) {
            entityManager.deleteWithSQL(type, "ID > ?", 0);
        }
        ao = new HostActiveObjects(entityManager);
        projects = new AoServiceProjects(ao);
    }

    private TemplateProvisioning provisioning(ServiceProjects serviceProjects) {
        DemoDirectory directory = new DemoDirectory();
        AoAuditLog audit = new AoAuditLog(ao);
        AoSlaSettingsStore settings = new AoSlaSettingsStore(ao);
        Clock clock = Clock.systemUTC();
        KeyUsers keyUsers = new KeyUsers(new AoKeyUserStore(ao), directory, audit, clock, directory, settings);
        PrioritySchemes priorities = PrioritySchemes.presets();
        Templates templates = new Templates(TemplateCatalogue.mijnAansluiting(), new AoTemplateStore(ao), audit, priorities, clock);
        return new TemplateProvisioning(new Portal(templates, keyUsers, priorities), templates, serviceProjects, settings,
                new KeyUserRequestTypes(keyUsers, directory, projects, audit, clock), audit, clock);
    }

    @Test
    @NonTransactional
    public void aFieldNameTakenByAnotherTypeStopsItBeforeAnyChange() {
        ao.create(CustomFieldEntity.class, new DBParam("NAME", "Indiener"), new DBParam("DESCRIPTION", "al in gebruik"),
                new DBParam("TYPE_KEY", "com.atlassian.jira.plugin.system.customfieldtypes:userpicker"));
        TemplateProvisioning provisioning = provisioning(projects);

        ProvisioningPlan plan = provisioning.plan(ADMIN, MA);
        assertEquals(1, plan.problems().size());
        assertEquals("fields", plan.problems().get(0).field());
        List<Object> said = plan.problems().get(0).reason().arguments();
        assertEquals("Indiener", said.get(0));
        assertTrue(said.get(1).toString(), said.get(1).toString().startsWith("customfield_"));
        assertEquals(List.of("com.atlassian.jira.plugin.system.customfieldtypes:userpicker",
                "com.atlassian.jira.plugin.system.customfieldtypes:textfield"), said.subList(2, 4));
        try {
            provisioning.install(ADMIN, MA);
            fail("installed with a problem");
        } catch (ProblemException refused) {
            assertEquals("fields", refused.fieldErrors().get(0).field());
            assertEquals("ma.provisioning.error.field-type", refused.fieldErrors().get(0).messageKey());
        }
        assertEquals(0, ao.count(RequestTypeEntity.class, Query.select()));
        assertEquals(1, ao.count(CustomFieldEntity.class, Query.select()));
    }

    @Test
    @NonTransactional
    public void aRunThatFailsHalfwayKeepsWhatItDidAndTheNextRunDoesTheRest() {
        // JSM stops answering when the wijzigingsverzoek's request type is created.
        ServiceProjects failing = new ServiceProjects() {
            public Optional<ServiceProject> find(String projectKey) {
                return projects.find(projectKey);
            }

            public String createField(FieldSpec field) {
                return projects.createField(field);
            }

            public void describeField(String fieldId, String description) {
                projects.describeField(fieldId, description);
            }

            public void addOptions(String fieldId, List<String> options) {
                projects.addOptions(fieldId, options);
            }

            public int createRequestType(String projectKey, RequestTypeSpec requestType, String issueTypeId) {
                if ("wijzigingsverzoek".equals(requestType.templateKey())) {
                    throw new IllegalStateException("JSM is not answering");
                }
                return projects.createRequestType(projectKey, requestType, issueTypeId);
            }

            public void updateRequestType(String projectKey, int requestTypeId, RequestTypeSpec requestType) {
                projects.updateRequestType(projectKey, requestTypeId, requestType);
            }
        };

        TemplateProvisioning.Report stopped = provisioning(failing).install(ADMIN, MA);
        assertFalse(stopped.complete());
        assertEquals("JSM is not answering", stopped.failure());
        assertTrue(stopped.failed() instanceof ProvisioningPlan.CreateRequestType);
        int before = stopped.plan().changes().indexOf(stopped.failed());
        assertEquals(before, stopped.applied().size());
        int made = ao.count(RequestTypeEntity.class, Query.select());
        assertTrue("some request types were made before it stopped: " + made, made > 0 && made < 8);

        ProvisioningPlan rest = provisioning(projects).plan(ADMIN, MA);
        assertEquals("only what is still missing", stopped.plan().changes().size() - before, rest.changes().size());
        TemplateProvisioning.Report finished = provisioning(projects).install(ADMIN, MA);
        assertTrue(finished.complete());
        assertNull(finished.failed());
        assertEquals(8, ao.count(RequestTypeEntity.class, Query.select()));
        assertEquals(0, provisioning(projects).plan(ADMIN, MA).changes().size());
    }
}

package nl.mijnaansluiting.servicedesk.sandbox;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.opensymphony.workflow.InvalidInputException;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.access.Role;
import nl.mijnaansluiting.servicedesk.aohost.HostActiveObjects;
import nl.mijnaansluiting.servicedesk.aohost.JiraFieldNames;
import nl.mijnaansluiting.servicedesk.aohost.JiraTableNames;
import nl.mijnaansluiting.servicedesk.aohost.TestDatabase;
import nl.mijnaansluiting.servicedesk.escalation.EscalationActions;
import nl.mijnaansluiting.servicedesk.escalation.EscalationEntry;
import nl.mijnaansluiting.servicedesk.escalation.EscalationPlanner;
import nl.mijnaansluiting.servicedesk.escalation.EscalationPolicies;
import nl.mijnaansluiting.servicedesk.escalation.Escalations;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecisions;
import nl.mijnaansluiting.servicedesk.priority.PrioritySchemes;
import nl.mijnaansluiting.servicedesk.sandbox.store.AoServiceRequests;
import nl.mijnaansluiting.servicedesk.sandbox.store.CommentEntity;
import nl.mijnaansluiting.servicedesk.sandbox.store.RequestEntity;
import nl.mijnaansluiting.servicedesk.sla.RequestClocks;
import nl.mijnaansluiting.servicedesk.sla.SlaSettings;
import nl.mijnaansluiting.servicedesk.store.AoAuditLog;
import nl.mijnaansluiting.servicedesk.store.AoClockStore;
import nl.mijnaansluiting.servicedesk.store.AoEscalationStore;
import nl.mijnaansluiting.servicedesk.store.AoPriorityDecisionStore;
import nl.mijnaansluiting.servicedesk.store.AuditEntryEntity;
import nl.mijnaansluiting.servicedesk.store.EscalationLogEntity;
import nl.mijnaansluiting.servicedesk.store.NotificationEntity;
import nl.mijnaansluiting.servicedesk.store.PriorityDecisionEntity;
import nl.mijnaansluiting.servicedesk.store.RequestEscalationEntity;
import nl.mijnaansluiting.servicedesk.store.RequestSlaEntity;
import nl.mijnaansluiting.servicedesk.store.SlaClockEntity;
import nl.mijnaansluiting.servicedesk.text.Messages;
import nl.mijnaansluiting.servicedesk.workflow.EscalateFunction;
import nl.mijnaansluiting.servicedesk.workflow.EscalationReasonValidator;
import nl.mijnaansluiting.servicedesk.workflow.EscalationTransitionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The "Escaleren" transition in Jira: its validator refuses without a reason or explanation (in the
 * agent's language) and changes nothing; its post-function raises the level and logs the reason from
 * the screen's select list. Escalation state lives in Active Objects (H2 and PostgreSQL); Jira's issue
 * and custom fields are Mockito stand-ins.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(TestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = JiraFieldNames.class)
@Data(EscalationTransitionAoTest.Schema.class)
public class EscalationTransitionAoTest {

    public static final class Schema implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(SlaClockEntity.class, RequestSlaEntity.class, nl.mijnaansluiting.servicedesk.store.SlaClockEventEntity.class, EscalationLogEntity.class, RequestEscalationEntity.class,
                    NotificationEntity.class, RequestEntity.class, CommentEntity.class, PriorityDecisionEntity.class,
                    AuditEntryEntity.class);
        }
    }

    private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");
    private static final Caller AGENT = new Caller("agent", "Gert Agent", Set.of(Role.AGENT), Set.of(), Locale.ENGLISH);

    private EntityManager entityManager;
    private final Issue issue = mock(Issue.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final CustomField reasonField = mock(CustomField.class);
    private final CustomField explanationField = mock(CustomField.class);
    private Escalations escalations;
    private AoEscalationStore store;
    private final CallerSource agent = () -> Optional.of(AGENT);

    @Before
    public void setUp() throws Exception {
        for (Class<? extends net.java.ao.RawEntity<Integer>> type : List.of(SlaClockEntity.class, RequestSlaEntity.class, EscalationLogEntity.class,
                RequestEscalationEntity.class, NotificationEntity.class, PriorityDecisionEntity.class, CommentEntity.class)) {
            entityManager.deleteWithSQL(type, "ID > ?", 0);
        }
        HostActiveObjects ao = new HostActiveObjects(entityManager);
        store = new AoEscalationStore(ao);
        EscalationPolicies policies = EscalationPolicies.presets();
        AoClockStore clockStore = new AoClockStore(ao);
        RequestClocks clocks = new RequestClocks(SlaSettings.presets(), clockStore, new EscalationPlanner(policies, store));
        PriorityDecisions decisions = new PriorityDecisions(new AoPriorityDecisionStore(ao), PrioritySchemes.presets(),
                new Messages(), new AoAuditLog(ao), Clock.fixed(START, ZoneOffset.UTC), clocks);
        clocks.start("MZ-7", "mitz", "2", "incident", START);
        escalations = new Escalations(policies, store, new EscalationActions(policies, store,
                new SandboxRequestDesk(new AoServiceRequests(ao), Clock.systemUTC()), new DemoDirectory(), new Messages()),
                decisions, clockStore, Clock.fixed(START.plusSeconds(3600), ZoneOffset.UTC));
        when(issue.getKey()).thenReturn("MZ-7");
        when(customFields.getCustomFieldObject("customfield_10200")).thenReturn(reasonField);
        when(customFields.getCustomFieldObject("customfield_10201")).thenReturn(explanationField);
    }

    private Map<String, Object> vars() {
        Map<String, Object> vars = new HashMap<>();
        vars.put("issue", issue);
        return vars;
    }

    private static Map<String, String> config(String direction) {
        return Map.of("direction", direction, "reasonFieldId", "customfield_10200", "explanationFieldId", "customfield_10201");
    }

    private void screen(String reason, String explanation) {
        Option option = mock(Option.class);
        when(option.getValue()).thenReturn(reason);
        when(issue.getCustomFieldValue(reasonField)).thenReturn(reason == null ? null : option);
        when(issue.getCustomFieldValue(explanationField)).thenReturn(explanation);
    }

    @Test
    @NonTransactional
    public void escalerenWithoutAReasonIsRefusedAndWithOneRaisesTheLevel() throws Exception {
        EscalationReasonValidator validator = new EscalationReasonValidator(escalations, customFields, agent, new Messages());
        screen(null, "");
        try {
            validator.validate(vars(), config("escalate"), null);
            fail("validated without a reason");
        } catch (InvalidInputException e) {
            assertEquals("Choose the reason for the escalation. Explain the escalation briefly.", e.getMessage());
        }
        screen("Gezellig", "Duurt lang");
        try {
            validator.validate(vars(), config("escalate"), null);
            fail("validated an unknown reason");
        } catch (InvalidInputException e) {
            assertEquals("Gezellig is not an escalation reason of this scheme.", e.getMessage());
        }
        assertEquals(0, entityManager.count(EscalationLogEntity.class));

        // The select list shows the reasons' Dutch names; the log keeps the key.
        screen("Prioriteitongelijkheid", "Deelnemer ziet dit als Prio 1");
        validator.validate(vars(), config("escalate"), null);
        new EscalateFunction(escalations, customFields, agent).execute(vars(), config("escalate"), null);
        assertEquals(1, store.level("MZ-7").level());
        List<EscalationEntry> log = store.logOf("MZ-7");
        assertEquals("prioriteitongelijkheid", log.get(0).reason().orElseThrow());
        assertEquals("Deelnemer ziet dit als Prio 1", log.get(0).explanation().orElseThrow());
        assertEquals("agent", log.get(0).actor());

        screen(null, "Opgelost met de deelnemer");
        validator.validate(vars(), config("deescalate"), null);
        new EscalateFunction(escalations, customFields, agent).execute(vars(), config("deescalate"), null);
        assertEquals(0, store.level("MZ-7").level());
        try {
            validator.validate(vars(), config("deescalate"), null);
            fail("de-escalated below the service desk");
        } catch (InvalidInputException e) {
            assertEquals("The request is not escalated; it is already with the service desk.", e.getMessage());
        }
        assertEquals(List.of(EscalationEntry.Kind.ESCALATED, EscalationEntry.Kind.DEESCALATED),
                store.logOf("MZ-7").stream().map(EscalationEntry::kind).collect(Collectors.toList()));
    }

    @Test
    @NonTransactional
    public void theConfigurationIsNormalised() {
        EscalationTransitionFactory factory = new EscalationTransitionFactory(customFields, agent, new Messages());
        assertEquals(Map.of("direction", "escalate", "reasonFieldId", "customfield_10200", "explanationFieldId", ""),
                factory.getDescriptorParams(Map.of("direction", new String[]{"sideways"},
                        "reasonFieldId", new String[]{" customfield_10200 "})));
        assertEquals("deescalate", factory.getDescriptorParams(Map.of("direction", new String[]{"deescalate"})).get("direction"));
    }
}

package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.message.LocaleResolver;
import net.java.ao.EntityManager;
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
import nl.mijnaansluiting.servicedesk.priority.PriorityDecisions;
import nl.mijnaansluiting.servicedesk.priority.PrioritySchemes;
import nl.mijnaansluiting.servicedesk.sla.RequestClocks;
import nl.mijnaansluiting.servicedesk.store.AoAuditLog;
import nl.mijnaansluiting.servicedesk.store.AoClockStore;
import nl.mijnaansluiting.servicedesk.store.AoPriorityDecisionStore;
import nl.mijnaansluiting.servicedesk.store.AuditEntryEntity;
import nl.mijnaansluiting.servicedesk.store.PriorityDecisionEntity;
import nl.mijnaansluiting.servicedesk.store.SlaClockEntity;
import nl.mijnaansluiting.servicedesk.text.Messages;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The issue panel "Prioriteit uit antwoorden" names whoever set the priority by hand by their Jira display name, in
 * the reading agent's language; the decision itself on H2 and PostgreSQL, Jira's users Mockito stand-ins.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(TestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = JiraFieldNames.class)
@Data(PriorityPanelContextProviderAoTest.Schema.class)
public class PriorityPanelContextProviderAoTest {

    public static final class Schema implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(PriorityDecisionEntity.class, AuditEntryEntity.class, SlaClockEntity.class, nl.mijnaansluiting.servicedesk.store.RequestSlaEntity.class, nl.mijnaansluiting.servicedesk.store.SlaClockEventEntity.class,
                    nl.mijnaansluiting.servicedesk.store.RequestIntakeEntity.class, nl.mijnaansluiting.servicedesk.store.OutageEntity.class);
        }
    }

    private EntityManager entityManager;
    private PriorityDecisions decisions;
    private nl.mijnaansluiting.servicedesk.workflow.IssueIntake intake;
    private final UserManager users = mock(UserManager.class);
    private final ApplicationUser agentUser = mock(ApplicationUser.class);
    private final Issue issue = mock(Issue.class);

    @Before
    public void setUp() throws Exception {
        entityManager.deleteWithSQL(PriorityDecisionEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AuditEntryEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(SlaClockEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(nl.mijnaansluiting.servicedesk.store.RequestSlaEntity.class, "ID > ?", 0);
        HostActiveObjects ao = new HostActiveObjects(entityManager);
        decisions = new PriorityDecisions(new AoPriorityDecisionStore(ao), PrioritySchemes.presets(), new Messages(),
                new AoAuditLog(ao), Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC),
                RequestClocks.presets(new AoClockStore(ao)));
        // A real intake with nothing noted: the panel's repair on view finds no half-raised request here.
        intake = new nl.mijnaansluiting.servicedesk.workflow.IssueIntake(decisions, PrioritySchemes.presets(),
                mock(com.atlassian.jira.issue.CustomFieldManager.class), mock(com.atlassian.jira.issue.IssueManager.class),
                mock(com.atlassian.jira.security.JiraAuthenticationContext.class), RequestClocks.presets(new AoClockStore(ao)),
                new nl.mijnaansluiting.servicedesk.store.AoIntakeStore(ao), new Messages(),
                Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC),
                new JiraRequestDesk(mock(com.atlassian.jira.issue.IssueManager.class),
                        mock(com.atlassian.jira.issue.comments.CommentManager.class),
                        mock(com.atlassian.jira.issue.index.IssueIndexingService.class),
                        mock(com.atlassian.jira.user.util.UserManager.class)),
                new nl.mijnaansluiting.servicedesk.availability.Outages(new nl.mijnaansluiting.servicedesk.store.AoOutageStore(ao)));
        when(agentUser.getDisplayName()).thenReturn("Gert Agent");
        when(agentUser.getKey()).thenReturn("JIRAUSER10000");
        when(users.getUserByName("agent")).thenReturn(agentUser);
        when(issue.getKey()).thenReturn("MA-1");
    }

    private Map<String, Object> panelFor(Caller reader) {
        PriorityPanelContextProvider panel = new PriorityPanelContextProvider(decisions, () -> Optional.of(reader), new Messages(),
                new JiraPeople(users, mock(LocaleResolver.class)), intake);
        @SuppressWarnings("unchecked")
        Map<String, Object> decision = (Map<String, Object>) panel.getContextMap(Map.of("issue", issue)).get("decision");
        return decision;
    }

    @Test
    @NonTransactional
    public void whoSetThePriorityByHandIsShownByDisplayNameInTheReadersLanguage() {
        decisions.derive("MA-1", "mijn-aansluiting", "DSP", Map.of("omgeving", "productie", "situatie", "geen-impact"));
        decisions.setByHand(new Caller("agent", "Gert Agent", Set.of(Role.AGENT), Set.of(), Messages.DUTCH), "MA-1", "H",
                "Deelnemer meldt alsnog uitval");
        assertEquals("Met de hand gezet door Gert Agent: Deelnemer meldt alsnog uitval",
                panelFor(new Caller("manager", "Hanna", Set.of(Role.AGENT), Set.of(), Messages.DUTCH)).get("byHand"));
        assertEquals("Set by hand by Gert Agent: Deelnemer meldt alsnog uitval",
                panelFor(new Caller("manager", "Hanna", Set.of(Role.AGENT), Set.of(), Locale.ENGLISH)).get("byHand"));
    }
}

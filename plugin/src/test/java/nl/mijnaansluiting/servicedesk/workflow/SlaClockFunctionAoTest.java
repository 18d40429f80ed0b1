package nl.mijnaansluiting.servicedesk.workflow;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.aohost.HostActiveObjects;
import nl.mijnaansluiting.servicedesk.aohost.JiraFieldNames;
import nl.mijnaansluiting.servicedesk.aohost.JiraTableNames;
import nl.mijnaansluiting.servicedesk.aohost.TestDatabase;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecisions;
import nl.mijnaansluiting.servicedesk.priority.PrioritySchemes;
import nl.mijnaansluiting.servicedesk.sla.ClockStore;
import nl.mijnaansluiting.servicedesk.sla.RequestClocks;
import nl.mijnaansluiting.servicedesk.sla.SlaClock;
import nl.mijnaansluiting.servicedesk.store.AoAuditLog;
import nl.mijnaansluiting.servicedesk.store.AoClockStore;
import nl.mijnaansluiting.servicedesk.store.AoPriorityDecisionStore;
import nl.mijnaansluiting.servicedesk.store.AuditEntryEntity;
import nl.mijnaansluiting.servicedesk.store.PriorityDecisionEntity;
import nl.mijnaansluiting.servicedesk.store.RequestSlaEntity;
import nl.mijnaansluiting.servicedesk.store.SlaClockEntity;
import nl.mijnaansluiting.servicedesk.text.Messages;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The post-function "SLA-klok" on a Mitz Prio 1 issue whose clocks live in Active Objects (H2 and
 * PostgreSQL); Jira's issue is a Mockito stand-in.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(TestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = JiraFieldNames.class)
@Data(SlaClockFunctionAoTest.Schema.class)
public class SlaClockFunctionAoTest {

    public static final class Schema implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(SlaClockEntity.class, RequestSlaEntity.class, nl.mijnaansluiting.servicedesk.store.SlaClockEventEntity.class, PriorityDecisionEntity.class, AuditEntryEntity.class, nl.mijnaansluiting.servicedesk.store.OutageEntity.class);
        }
    }

    private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

    private EntityManager entityManager;
    private RequestClocks clocks;
    private final Issue issue = mock(Issue.class);
    private final com.atlassian.jira.issue.MutableIssue stored = mock(com.atlassian.jira.issue.MutableIssue.class);
    private final com.atlassian.jira.issue.IssueManager issueManager = mock(com.atlassian.jira.issue.IssueManager.class);
    private final com.atlassian.jira.issue.index.IssueIndexingService indexing =
            mock(com.atlassian.jira.issue.index.IssueIndexingService.class);

    @Before
    public void setUp() throws Exception {
        entityManager.deleteWithSQL(SlaClockEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(nl.mijnaansluiting.servicedesk.store.SlaClockEventEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(RequestSlaEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(PriorityDecisionEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AuditEntryEntity.class, "ID > ?", 0);
        HostActiveObjects ao = new HostActiveObjects(entityManager);
        clocks = RequestClocks.presets(new AoClockStore(ao));
        PriorityDecisions decisions = new PriorityDecisions(new AoPriorityDecisionStore(ao), PrioritySchemes.presets(),
                new Messages(), new AoAuditLog(ao), Clock.fixed(START, ZoneOffset.UTC), clocks);
        decisions.derive("MZ-9", "mitz", "Mitz", Map.ofEntries(Map.entry("omgeving", "productie"),
                Map.entry("functionaliteit", "bedrijfskritisch"), Map.entry("eindgebruikers", "60"), Map.entry("workaround", "nee"),
                Map.entry("belemmerd", "ja"), Map.entry("langer-dan-responsetijd", "nee"), Map.entry("connectors", "1"),
                Map.entry("ernstige-hinder", "nee"), Map.entry("vertrouwelijkheid", "nee"),
                Map.entry("meldplichtig-datalek", "nee"), Map.entry("imago", "nee"), Map.entry("langer-dan-4-uur", "nee"),
                Map.entry("politiek", "nee"), Map.entry("fundamentele-kwetsbaarheid", "nee")));
        clocks.start("MZ-9", "mitz", "1", "incident", START);
        when(issue.getKey()).thenReturn("MZ-9");
        when(issueManager.getIssueObject("MZ-9")).thenReturn(stored);
        function = new SlaClockFunction(clocks, decisions, Clock.fixed(START.plusSeconds(600), ZoneOffset.UTC),
                new nl.mijnaansluiting.servicedesk.jira.JiraRequestDesk(issueManager,
                        mock(com.atlassian.jira.issue.comments.CommentManager.class), indexing,
                        mock(com.atlassian.jira.user.util.UserManager.class)),
                new nl.mijnaansluiting.servicedesk.availability.Outages(new nl.mijnaansluiting.servicedesk.store.AoOutageStore(ao)));
    }

    private SlaClockFunction function;

    private void run(String action, String metrics) throws Exception {
        Map<String, Object> vars = new HashMap<>();
        vars.put("issue", issue);
        function.execute(vars, Map.of("clockAction", action, "metrics", metrics), null);
    }

    private SlaClock.State state(String metric) {
        return clocks.of("MZ-9").stream().map(ClockStore.StoredClock::clock).filter(c -> c.metric().equals(metric))
                .findFirst().orElseThrow().state();
    }

    @Test
    @NonTransactional
    public void eachTransitionDoesWhatItsConfigurationSays() throws Exception {
        run("PAUSE", "reaction,resolution");
        assertEquals(SlaClock.State.PAUSED, state("reaction"));
        run("RESUME", "");
        assertEquals(SlaClock.State.RUNNING, state("resolution"));
        run("STOP", "reaction");
        assertEquals(SlaClock.State.MET, state("reaction"));
        assertEquals(SlaClock.State.RUNNING, state("resolution"));
        run("STOP", "resolution");
        run("START", "rca");
        assertEquals(SlaClock.State.RUNNING, state("rca"));
        // Reaction, resolution, the hourly status update of a Prio 1, and the RCA started now.
        assertEquals(4, clocks.of("MZ-9").size());
        // Each transition's clocks reindex the issue, so the SLA field and JSM's queues follow (issue 14).
        org.mockito.Mockito.verify(indexing, org.mockito.Mockito.times(5)).reIndex(stored);
    }

    @Test
    @NonTransactional
    public void aQuestionWithoutPriorityGetsTheSchemesAnswerGoal() throws Exception {
        Issue question = mock(Issue.class);
        when(question.getKey()).thenReturn("MO-1");
        Map<String, Object> vars = new HashMap<>();
        vars.put("issue", question);
        function.execute(vars, Map.of("clockAction", "START", "metrics", "answer", "scheme", "mijnoverheid"), null);
        assertEquals(java.util.List.of("answer"), clocks.of("MO-1").stream().map(c -> c.clock().metric())
                .collect(java.util.stream.Collectors.toList()));
        function.execute(vars, Map.of("clockAction", "START", "metrics", "answer"), null);
        assertEquals(1, clocks.of("MO-1").size());
    }

    @Test
    @NonTransactional
    public void theConfigurationIsNormalisedAndDescribed() {
        SlaClockFunctionFactory factory = new SlaClockFunctionFactory((CallerSource) Optional::empty, new Messages());
        Map<String, ?> args = factory.getDescriptorParams(Map.of("clockAction", new String[]{"stop"},
                "metrics", new String[]{" resolution , Reaction "}));
        assertEquals(Map.of("clockAction", "STOP", "metrics", "reaction,resolution", "scheme", ""), args);
        FunctionDescriptor descriptor = new FunctionDescriptor();
        descriptor.getArgs().putAll(args);
        assertEquals("SLA-klok: Stoppen (doel bereikt) (reaction,resolution)", factory.getVelocityParams("view", descriptor).get("summary"));
    }
}

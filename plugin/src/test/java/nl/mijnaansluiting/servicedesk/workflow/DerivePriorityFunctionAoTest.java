package nl.mijnaansluiting.servicedesk.workflow;

import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.opensymphony.workflow.WorkflowException;
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
import nl.mijnaansluiting.servicedesk.priority.PriorityDecision;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecisions;
import nl.mijnaansluiting.servicedesk.priority.PrioritySchemes;
import nl.mijnaansluiting.servicedesk.sla.RequestClocks;
import nl.mijnaansluiting.servicedesk.store.AoAuditLog;
import nl.mijnaansluiting.servicedesk.store.AoClockStore;
import nl.mijnaansluiting.servicedesk.store.AoIntakeStore;
import nl.mijnaansluiting.servicedesk.store.RequestIntakeEntity;
import nl.mijnaansluiting.servicedesk.store.RequestSlaEntity;
import nl.mijnaansluiting.servicedesk.store.SlaClockEntity;
import nl.mijnaansluiting.servicedesk.store.AoPriorityDecisionStore;
import nl.mijnaansluiting.servicedesk.store.AuditEntryEntity;
import nl.mijnaansluiting.servicedesk.store.PriorityDecisionEntity;
import nl.mijnaansluiting.servicedesk.text.Messages;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.hasItem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The post-function "Prioriteit bepalen uit antwoorden" against the decisions it keeps in Active Objects
 * (H2 and PostgreSQL). Jira's issue, fields and managers are Mockito stand-ins: Jira does not run here.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(TestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = JiraFieldNames.class)
@Data(DerivePriorityFunctionAoTest.Schema.class)
public class DerivePriorityFunctionAoTest {

    public static final class Schema implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(PriorityDecisionEntity.class, AuditEntryEntity.class, SlaClockEntity.class, RequestSlaEntity.class, RequestIntakeEntity.class,
                    nl.mijnaansluiting.servicedesk.store.SlaClockEventEntity.class, nl.mijnaansluiting.servicedesk.store.OutageEntity.class);
        }
    }

    private static final Map<String, String> ARGS = Map.of("scheme", "mijn-aansluiting", "product", "LIP",
            "questionFields", "omgeving=customfield_1\nsituatie=customfield_2", "levelPriorities", "K=1\nH=2\nM=3\nL=4");

    private EntityManager entityManager;
    private RequestClocks clocks;
    private PriorityDecisions decisions;
    private DerivePriorityFunction function;
    private IssueIntake intake;
    private nl.mijnaansluiting.servicedesk.availability.Outages outages;
    private AoIntakeStore intakeStore;
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final IssueManager issueManager = mock(IssueManager.class);
    private final CustomField environment = field("customfield_1", "Omgeving");
    private final CustomField situation = field("customfield_2", "Situatie");
    private final MutableIssue issue = mock(MutableIssue.class);
    private final com.atlassian.jira.issue.index.IssueIndexingService indexing =
            mock(com.atlassian.jira.issue.index.IssueIndexingService.class);

    @Before
    public void setUp() throws Exception {
        entityManager.deleteWithSQL(PriorityDecisionEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AuditEntryEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(SlaClockEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(RequestIntakeEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(nl.mijnaansluiting.servicedesk.store.SlaClockEventEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(RequestSlaEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(nl.mijnaansluiting.servicedesk.store.OutageEntity.class, "ID > ?", 0);
        HostActiveObjects ao = new HostActiveObjects(entityManager);
        clocks = RequestClocks.presets(new AoClockStore(ao));
        PrioritySchemes schemes = PrioritySchemes.presets();
        decisions = new PriorityDecisions(new AoPriorityDecisionStore(ao), schemes, new Messages(), new AoAuditLog(ao),
                Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC), clocks);
        when(customFields.getCustomFieldObject("customfield_1")).thenReturn(environment);
        when(customFields.getCustomFieldObject("customfield_2")).thenReturn(situation);
        JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
        ApplicationUser agent = mock(ApplicationUser.class);
        when(agent.getUsername()).thenReturn("agent");
        when(authentication.getLoggedInUser()).thenReturn(agent);
        intakeStore = new AoIntakeStore(ao);
        outages = new nl.mijnaansluiting.servicedesk.availability.Outages(new nl.mijnaansluiting.servicedesk.store.AoOutageStore(ao));
        intake = new IssueIntake(decisions, schemes, customFields, issueManager, authentication, clocks, intakeStore,
                new Messages(), Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC),
                new nl.mijnaansluiting.servicedesk.jira.JiraRequestDesk(issueManager,
                        mock(com.atlassian.jira.issue.comments.CommentManager.class), indexing,
                        mock(com.atlassian.jira.user.util.UserManager.class)), outages);
        function = new DerivePriorityFunction(intake, new Messages());
        when(issue.getKey()).thenReturn("MA-7");
    }

    private static CustomField field(String id, String name) {
        CustomField field = mock(CustomField.class);
        when(field.getId()).thenReturn(id);
        when(field.getFieldName()).thenReturn(name);
        return field;
    }

    private static Option option(String text) {
        Option option = mock(Option.class);
        when(option.getValue()).thenReturn(text);
        return option;
    }

    private static Priority priority(String id) {
        Priority priority = mock(Priority.class);
        when(priority.getId()).thenReturn(id);
        return priority;
    }

    private void answers(String environmentText, String situationText) {
        Option env = option(environmentText);
        Option sit = option(situationText);
        when(issue.getCustomFieldValue(environment)).thenReturn(env);
        when(issue.getCustomFieldValue(situation)).thenReturn(sit);
    }

    private void run(Map<String, String> args) throws WorkflowException {
        Map<String, Object> transientVars = new HashMap<>();
        transientVars.put("issue", issue);
        function.execute(transientVars, args, null);
    }

    @Test
    @NonTransactional
    public void theSelectListTextsDecideThePriorityAndTheExplanationIsKept() throws Exception {
        answers("Productie", "LIP aanvraag applicatie is niet beschikbaar voor aanvragers.");
        Priority current3 = priority("3");
        when(issue.getPriority()).thenReturn(current3);
        run(ARGS);
        verify(issue).setPriorityId("1");
        verify(issueManager).updateIssue(any(), any(MutableIssue.class), any(), anyBoolean());
        PriorityDecision decision = decisions.of("MA-7").orElseThrow();
        assertEquals("K", decision.level());
        assertEquals("Kritiek (K): LIP aanvraag applicatie is niet beschikbaar voor aanvragers.", decision.explanation().dutch());
        // On Productie the first derivation starts the goals' clocks at the K targets.
        assertEquals(List.of("reaction", "resolution"), clocks.of("MA-7").stream().map(c -> c.clock().metric()).sorted()
                .collect(java.util.stream.Collectors.toList()));
        run(ARGS);
        assertEquals(2, clocks.of("MA-7").size());
        // Committed decision and clocks reindex the issue (issue 14: the SLA field and JQL follow).
        when(issueManager.getIssueObject("MA-7")).thenReturn(issue);
        run(ARGS);
        verify(indexing).reIndex(issue);
    }

    /**
     * Issue 16 point 4 (seed 001): "LIP aanvraag applicatie is niet beschikbaar" on Productie is an outage from the
     * moment in the date-time field the post-function names (Jira hands a Timestamp); the SLA-klok's STOP of the
     * resolution ends it, its REOPEN lets it run on. Not on Productie: no outage.
     */
    @Test
    @NonTransactional
    public void anUnavailableLipOnProductieRecordsItsOutageFromTheStatedStart() throws Exception {
        CustomField began = field("customfield_9", "Begin van de verstoring");
        when(customFields.getCustomFieldObject("customfield_9")).thenReturn(began);
        when(issue.getCustomFieldValue(began)).thenReturn(java.sql.Timestamp.from(Instant.parse("2026-11-23T07:30:00Z")));
        answers("Productie", "LIP aanvraag applicatie is niet beschikbaar voor aanvragers.");
        Priority current3 = priority("3");
        when(issue.getPriority()).thenReturn(current3);
        Map<String, String> args = new HashMap<>(ARGS);
        args.put("outageStartFieldId", "customfield_9");
        run(args);
        nl.mijnaansluiting.servicedesk.availability.Outage outage = outages.of("MA-7").orElseThrow();
        assertEquals(Instant.parse("2026-11-23T07:30:00Z"), outage.startedAt());
        assertEquals("LIP", outage.product());

        SlaClockFunction stop = new SlaClockFunction(clocks, decisions, Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"),
                ZoneOffset.UTC), new nl.mijnaansluiting.servicedesk.jira.JiraRequestDesk(issueManager,
                        mock(com.atlassian.jira.issue.comments.CommentManager.class), indexing,
                        mock(com.atlassian.jira.user.util.UserManager.class)), outages);
        Map<String, Object> vars = new HashMap<>();
        vars.put("issue", issue);
        stop.execute(vars, Map.of("clockAction", "STOP", "metrics", "resolution"), null);
        assertEquals(Instant.parse("2026-11-23T10:00:00Z"), outages.of("MA-7").orElseThrow().endedAt());
        stop.execute(vars, Map.of("clockAction", "REOPEN", "metrics", ""), null);
        assertEquals(null, outages.of("MA-7").orElseThrow().endedAt());

        when(issue.getKey()).thenReturn("MA-8");
        answers("Acceptatie", "LIP aanvraag applicatie is niet beschikbaar voor aanvragers.");
        run(args);
        assertTrue(outages.of("MA-8").isEmpty());
    }

    @Test
    @NonTransactional
    public void aQuestionWithAFieldPerProductIsReadFromThisProductsField() throws Exception {
        // As "Templates installeren" makes them: "Welke beschrijving past het best? (LIP)", "(DSP)", ...
        CustomField dspSituation = field("customfield_3", "Situatie (DSP)");
        when(customFields.getCustomFieldObject("customfield_3")).thenReturn(dspSituation);
        answers("Productie", "Issue met individuele aanvragen.");
        Priority current3 = priority("3");
        when(issue.getPriority()).thenReturn(current3);
        Map<String, String> perProduct = new HashMap<>(ARGS);
        perProduct.put("questionFields", "omgeving=customfield_1\nLIP:situatie=customfield_2\nDSP:situatie=customfield_3");
        perProduct.put("failOnError", "true");
        run(perProduct);
        assertEquals("L", decisions.of("MA-7").orElseThrow().level());
        verify(issue, never()).getCustomFieldValue(dspSituation);
    }

    @Test
    @NonTransactional
    public void aPriorityAnAgentChangedInJiraIsKeptAndTheMismatchRecorded() throws Exception {
        answers("Productie", "Issue met individuele aanvragen.");
        Priority current4 = priority("4");
        when(issue.getPriority()).thenReturn(current4);
        run(ARGS);
        assertEquals("L", decisions.of("MA-7").orElseThrow().level());

        // The agent raised it to Hoog in Jira; the deelnemer's answers change afterwards.
        Priority current2 = priority("2");
        when(issue.getPriority()).thenReturn(current2);
        answers("Productie", "configuratie");
        run(ARGS);
        PriorityDecision kept = decisions.of("MA-7").orElseThrow();
        assertEquals("H", kept.level());
        assertEquals("M", kept.derivedLevel());
        assertTrue(kept.mismatch());
        assertEquals("agent", kept.override().orElseThrow().by());
        verify(issue, never()).setPriorityId("3");
    }

    @Test
    @NonTransactional
    public void aMissingMappingIsLoggedOrFailsTheTransitionWhenAsked() throws Exception {
        answers("Productie", "lip-niet-beschikbaar");
        Map<String, String> unmapped = new HashMap<>(ARGS);
        unmapped.put("levelPriorities", "H=2\nM=3\nL=4");
        run(unmapped);
        verify(issue, never()).setPriorityId(any());

        unmapped.put("failOnError", "true");
        answers("Productie", "niet-bestaand");
        try {
            run(unmapped);
            fail("transition went on");
        } catch (WorkflowException refused) {
            assertThat(refused.getMessage(), containsString("De prioriteit kon niet uit de antwoorden worden bepaald: niet-bestaand is geen antwoord op de vraag \u201cWelke beschrijving past het best?\u201d."));
        }
    }

    @Test
    @NonTransactional
    public void theConfigurationScreenListsWhatIsMissingBeforeTheFirstRequest() {
        PriorityManager priorities = mock(PriorityManager.class);
        Priority highest = priority("1");
        when(highest.getName()).thenReturn("Highest");
        when(priorities.getPriorities()).thenReturn(List.of(highest));
        CallerSource callers = Optional::empty;
        DerivePriorityFunctionFactory factory = new DerivePriorityFunctionFactory(PrioritySchemes.presets(), customFields,
                priorities, callers, new Messages());
        FunctionDescriptor descriptor = new FunctionDescriptor();
        descriptor.getArgs().putAll(Map.of("scheme", "mijn-aansluiting", "product", "LIP",
                "questionFields", "omgeving=customfield_1", "levelPriorities", "K=1\nH=9"));
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) factory.getVelocityParams("view", descriptor).get("problems");
        assertThat(problems, hasItem("Er is geen Jira-prioriteit met id 9 (niveau H)."));
        assertThat(problems, hasItem("Niveau M (Middel) is aan geen Jira-prioriteit gekoppeld."));
        assertThat(problems, hasItem("De vraag situatie van product LIP is aan geen veld gekoppeld."));
        assertFalse(problems.stream().anyMatch(p -> p.contains("omgeving")));

        Map<String, ?> saved = factory.getDescriptorParams(Map.of("scheme", new String[]{"mitz"},
                "levelPriorities", new String[]{" 1 = 1 , 2=2\n\n3=3 "}, "questionFields", new String[]{""}));
        assertEquals("1=1\n2=2\n3=3", saved.get("levelPriorities"));
        assertEquals("false", saved.get("failOnError"));
    }
    /**
     * Issue 17, point 1: a database error between the decision and the clocks (here the clock table is away) leaves
     * neither, and the request is noted; an agent viewing it, or the sweep, completes it once the database is back.
     */
    @Test
    @NonTransactional
    public void aFailureBetweenDecisionAndClocksLeavesNeitherAndTheRepairCompletesTheRequest() throws Exception {
        answers("Productie", "LIP aanvraag applicatie is niet beschikbaar voor aanvragers.");
        Priority current3 = priority("3");
        when(issue.getPriority()).thenReturn(current3);
        when(issueManager.getIssueObject("MA-7")).thenReturn(issue);
        String clockTable = entityManager.getTableNameConverter().getName(SlaClockEntity.class);
        renameTable(clockTable, clockTable + "_AWAY");
        try {
            run(ARGS); // logged, the transition goes on (no "fail on error")
        } finally {
            renameTable(clockTable + "_AWAY", clockTable);
        }
        assertFalse("no decision without its clocks", decisions.of("MA-7").isPresent());
        assertTrue(clocks.of("MA-7").isEmpty());
        assertTrue("the request is noted for repair", intakeStore.pending("MA-7").isPresent());

        // The sweep leaves a fresh note to its post-function; the agent's view repairs it at once.
        assertEquals(0, intake.repairPending());
        assertTrue(intake.repair("MA-7"));
        assertEquals("K", decisions.of("MA-7").orElseThrow().level());
        assertEquals(2, clocks.of("MA-7").size());
        assertFalse(intakeStore.pending("MA-7").isPresent());
        assertFalse("repaired once", intake.repair("MA-7"));
    }

    @Test
    @NonTransactional
    public void theSweepRepairsANoteOlderThanTheGraceAndDropsOneWhoseIssueIsGone() throws Exception {
        answers("Productie", "Issue met individuele aanvragen.");
        Priority current4 = priority("4");
        when(issue.getPriority()).thenReturn(current4);
        when(issueManager.getIssueObject("MA-7")).thenReturn(issue);
        // As a node that died right after noting them leaves them: MA-7 exists, MA-8's creation did not survive.
        Instant old = Instant.parse("2026-11-23T08:00:00Z");
        intakeStore.begin("MA-7", ARGS, old);
        intakeStore.begin("MA-8", ARGS, old);
        assertEquals(1, intake.repairPending());
        assertEquals("L", decisions.of("MA-7").orElseThrow().level());
        assertEquals(2, clocks.of("MA-7").size());
        assertTrue(intakeStore.pendingBefore(Instant.parse("2026-11-24T00:00:00Z"), 10).isEmpty());
        assertFalse(decisions.of("MA-8").isPresent());
    }

    private void renameTable(String from, String to) throws Exception {
        try (java.sql.Connection connection = entityManager.getProvider().getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE \"" + from + "\" RENAME TO \"" + to + "\"");
        }
    }
}

package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
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
import nl.mijnaansluiting.servicedesk.escalation.EscalationPolicies;
import nl.mijnaansluiting.servicedesk.queue.SlaQueue;
import nl.mijnaansluiting.servicedesk.sla.BusinessCalendar;
import nl.mijnaansluiting.servicedesk.sla.ClockStore;
import nl.mijnaansluiting.servicedesk.sla.SlaClock;
import nl.mijnaansluiting.servicedesk.sla.SlaSettings;
import nl.mijnaansluiting.servicedesk.store.AoClockStore;
import nl.mijnaansluiting.servicedesk.store.AoSlaIndex;
import nl.mijnaansluiting.servicedesk.store.RequestSlaEntity;
import nl.mijnaansluiting.servicedesk.store.SlaClockEntity;
import nl.mijnaansluiting.servicedesk.text.Messages;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The SLA field type and the SLA JQL functions as Jira calls them (Mockito stand-ins of jira-compat's Issue, CustomField,
 * TerminalClause, QueryCreationContext; FunctionOperand and QueryLiteral as the values they are), over the queue's
 * real domain query on Active Objects, on H2 and PostgreSQL: which issues each function answers, the literals it
 * gives, its refusals in Dutch and English, and the field's lozenges (74 %, 76 %, 101 % of a goal) and sort order.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(TestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = JiraFieldNames.class)
@Data(SlaFieldAndJqlAoTest.Schema.class)
public class SlaFieldAndJqlAoTest {

    public static final class Schema implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(SlaClockEntity.class, RequestSlaEntity.class);
        }
    }

    /** Friday 20 November 2026, 16:30 in Amsterdam: half an hour of office hours left this week. */
    private static final Instant NOW = Instant.parse("2026-11-20T15:30:00Z");
    private static final SlaSettings SETTINGS = SlaSettings.presets();
    private static final BusinessCalendar CLOCK_HOURS = SETTINGS.current().calendar("klokuren");
    private static final BusinessCalendar OFFICE = SETTINGS.current().calendar("kantooruren");

    private EntityManager entityManager;
    private AoClockStore store;
    private SlaQueue queue;
    private Locale language = Messages.DUTCH;
    private final CallerSource callers = () -> Optional.of(new Caller("agent", "Gert Agent", Set.of(Role.AGENT), Set.of(),
            language));
    private final Messages messages = new Messages();
    private final TerminalClause clause = mock(TerminalClause.class);
    private final QueryCreationContext context = mock(QueryCreationContext.class);
    private final ApplicationUser searcher = mock(ApplicationUser.class);

    @Before
    public void setUp() throws Exception {
        entityManager.deleteWithSQL(SlaClockEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(RequestSlaEntity.class, "ID > ?", 0);
        HostActiveObjects ao = new HostActiveObjects(entityManager);
        store = new AoClockStore(ao);
        queue = new SlaQueue(new AoSlaIndex(ao), SETTINGS, EscalationPolicies.presets(), Clock.fixed(NOW, ZoneOffset.UTC));
        // MA-1: resolution due in 30 minutes (clock hours); reaction met.
        save("MA-1", CLOCK_HOURS, SlaClock.start("resolution", Duration.ofHours(8), CLOCK_HOURS, NOW.minus(Duration.ofMinutes(450))));
        save("MA-1", CLOCK_HOURS, SlaClock.start("reaction", Duration.ofHours(1), CLOCK_HOURS, NOW.minus(Duration.ofHours(2)))
                .stop(CLOCK_HOURS, NOW.minus(Duration.ofMinutes(90))));
        // MA-2: resolution running, 10 minutes overdue.
        save("MA-2", CLOCK_HOURS, SlaClock.start("resolution", Duration.ofHours(4), CLOCK_HOURS, NOW.minus(Duration.ofMinutes(250))));
        // MA-3: resolution paused within its target.
        save("MA-3", CLOCK_HOURS, SlaClock.start("resolution", Duration.ofHours(4), CLOCK_HOURS, NOW.minus(Duration.ofHours(2)))
                .pause(CLOCK_HOURS, NOW.minus(Duration.ofHours(1))));
        // MA-5: reaction breached (stopped too late), resolution due in 2 hours.
        save("MA-5", CLOCK_HOURS, SlaClock.start("reaction", Duration.ofHours(1), CLOCK_HOURS, NOW.minus(Duration.ofHours(6)))
                .stop(CLOCK_HOURS, NOW.minus(Duration.ofHours(4))));
        save("MA-5", CLOCK_HOURS, SlaClock.start("resolution", Duration.ofHours(8), CLOCK_HOURS, NOW.minus(Duration.ofHours(6))));
        // MA-7: office hours, 1 working hour left: 30 minutes today, 30 on Monday morning.
        save("MA-7", OFFICE, SlaClock.start("resolution", Duration.ofHours(2), OFFICE, NOW.minus(Duration.ofHours(1))));
        // MA-8: office hours, 3 working hours left: Monday 10:30, not within the hour.
        save("MA-8", OFFICE, SlaClock.start("resolution", Duration.ofHours(4), OFFICE, NOW.minus(Duration.ofHours(1))));
    }

    private void save(String request, BusinessCalendar calendar, SlaClock clock) {
        store.save(new ClockStore.StoredClock(request, calendar.key(), clock, "mijn-aansluiting", "H"), null);
    }

    private List<String> values(SlaJqlFunction function, String... arguments) {
        FunctionOperand operand = new FunctionOperand(function.getFunctionName(), List.of(arguments));
        assertFalse(String.valueOf(function.validate(searcher, operand, clause).getErrorMessages()),
                function.validate(searcher, operand, clause).hasAnyErrors());
        List<QueryLiteral> literals = function.getValues(context, operand, clause);
        List<String> keys = new ArrayList<>();
        for (QueryLiteral literal : literals) {
            // Issue keys, with the function's operand as their source, as Jira's issue clause resolves them.
            assertSame(operand, literal.getSourceOperand());
            assertNull(literal.getLongValue());
            keys.add(literal.getStringValue());
        }
        return keys.stream().sorted().collect(Collectors.toList());
    }

    private Set<String> refusal(SlaJqlFunction function, String... arguments) {
        FunctionOperand operand = new FunctionOperand(function.getFunctionName(), List.of(arguments));
        MessageSet result = function.validate(searcher, operand, clause);
        assertTrue(function.getFunctionName() + List.of(arguments) + " is refused", result.hasAnyErrors());
        // Refused arguments match nothing rather than failing Jira's search.
        assertEquals(List.of(), function.getValues(context, operand, clause));
        return result.getErrorMessages();
    }

    @Test
    @NonTransactional
    public void eachFunctionAnswersTheIssuesItsConditionSelectsNow() {
        SlaJqlFunction breached = new SlaBreachedFunction(queue, callers, messages);
        assertEquals(List.of("MA-2", "MA-5"), values(breached));
        assertEquals(List.of("MA-2"), values(breached, "resolution"));
        assertEquals(List.of("MA-5"), values(breached, "reaction"));
        assertEquals(List.of("MA-1", "MA-2", "MA-5", "MA-7", "MA-8"), values(new SlaRunningFunction(queue, callers, messages)));
        assertEquals(List.of("MA-3"), values(new SlaPausedFunction(queue, callers, messages), "resolution"));
        assertEquals(List.of("MA-1"), values(new SlaMetFunction(queue, callers, messages)));
        assertEquals(List.of(), values(new SlaMetFunction(queue, callers, messages), "resolution"));
        SlaJqlFunction dueWithin = new SlaDueWithinFunction(queue, callers, messages);
        // "Te laat binnen het uur": MA-1 (30 clock minutes) and MA-7 (one office hour: Monday 9:30); MA-2 is already late.
        assertEquals(List.of("MA-1", "MA-7"), values(dueWithin, "1h"));
        assertEquals(List.of("MA-1", "MA-7"), values(dueWithin, "1h", "resolution"));
        assertEquals(List.of("MA-1"), values(dueWithin, "30m"));
        assertEquals(List.of("MA-1", "MA-5", "MA-7"), values(dueWithin, "2h 30m"));
        assertEquals(List.of(), values(dueWithin, "1u", "reaction"));
    }

    @Test
    @NonTransactional
    public void theFunctionsDeclareWhatJiraAsks() {
        for (SlaJqlFunction function : List.of(new SlaBreachedFunction(queue, callers, messages),
                new SlaRunningFunction(queue, callers, messages), new SlaPausedFunction(queue, callers, messages),
                new SlaMetFunction(queue, callers, messages))) {
            assertTrue(function.isList());
            assertEquals(0, function.getMinimumNumberOfExpectedArguments());
        }
        assertEquals(1, new SlaDueWithinFunction(queue, callers, messages).getMinimumNumberOfExpectedArguments());
        assertEquals(List.of("slaBreached", "slaRunning", "slaPaused", "slaMet", "slaDueWithin"), List.of(
                SlaBreachedFunction.NAME, SlaRunningFunction.NAME, SlaPausedFunction.NAME, SlaMetFunction.NAME, SlaDueWithinFunction.NAME));
    }

    @Test
    @NonTransactional
    public void wrongArgumentsAreRefusedInTheSearchersLanguage() {
        SlaJqlFunction breached = new SlaBreachedFunction(queue, callers, messages);
        SlaJqlFunction dueWithin = new SlaDueWithinFunction(queue, callers, messages);
        assertTrue(refusal(breached, "oplostijd").iterator().next().startsWith(
                "Onbekend SLA-doel \u201coplostijd\u201d in slaBreached(): kies uit "));
        assertTrue(refusal(breached, "oplostijd").iterator().next().contains("resolution"));
        assertEquals(Set.of("slaBreached() neemt hoogstens \u00e9\u00e9n SLA-doel, bijvoorbeeld slaBreached(\"resolution\")."),
                refusal(breached, "resolution", "reaction"));
        assertEquals(Set.of("Werktijd \u201ceen uur\u201d in slaDueWithin() is niet te lezen: schrijf bijvoorbeeld 1h, 30m of 2h 30m"
                + " (hoogstens 8784h)."), refusal(dueWithin, "een uur"));
        refusal(dueWithin, "9000h");
        refusal(dueWithin);
        refusal(dueWithin, "1h", "resolution", "reaction");
        language = Messages.ENGLISH;
        assertEquals(Set.of("Working time \u201c-1h\u201d in slaDueWithin() cannot be read: write for example 1h, 30m or 2h 30m"
                + " (at most 8784h)."), refusal(dueWithin, "-1h"));
        assertEquals(Set.of("slaMet() takes at most one SLA goal, for example slaMet(\"resolution\")."),
                refusal(new SlaMetFunction(queue, callers, messages), "a", "b"));
        assertTrue(refusal(new SlaPausedFunction(queue, callers, messages), "x").iterator().next()
                .startsWith("Unknown SLA goal \u201cx\u201d in slaPaused(): choose from "));
    }

    private SlaFieldValue value(SlaFieldType type, String key) {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn(key);
        return type.getValueFromIssue(mock(CustomField.class), issue);
    }

    private static List<String> shown(SlaFieldValue value) {
        return value.getGoals().stream().map(g -> g.getColour() + " " + g.getText()).collect(Collectors.toList());
    }

    @Test
    @NonTransactional
    public void theFieldShowsEveryGoalAsALozengeInTheReadersLanguage() {
        // 74 %, 76 % and 101 % of a 100-minute goal: green, amber (the policy's 75 % step), red.
        save("MA-74", CLOCK_HOURS, SlaClock.start("resolution", Duration.ofMinutes(100), CLOCK_HOURS, NOW.minus(Duration.ofMinutes(74))));
        save("MA-76", CLOCK_HOURS, SlaClock.start("resolution", Duration.ofMinutes(100), CLOCK_HOURS, NOW.minus(Duration.ofMinutes(76))));
        save("MA-101", CLOCK_HOURS, SlaClock.start("resolution", Duration.ofMinutes(100), CLOCK_HOURS, NOW.minus(Duration.ofMinutes(101))));
        SlaFieldType type = new SlaFieldType(queue, callers, messages);
        assertEquals(List.of("green Oplossing: nog 26 m"), shown(value(type, "MA-74")));
        assertEquals(List.of("amber Oplossing: nog 24 m"), shown(value(type, "MA-76")));
        assertEquals(List.of("red Oplossing: 1 m te laat"), shown(value(type, "MA-101")));
        assertEquals("moved", value(type, "MA-76").getGoals().get(0).getAui());
        assertEquals(76, value(type, "MA-76").getGoals().get(0).getPercent());
        // Due first; a met goal grey; a paused goal grey with what is left.
        assertEquals(List.of("amber Oplossing: nog 30 m", "grey Reactie: gehaald"), shown(value(type, "MA-1")));
        assertEquals(List.of("grey Oplossing: gepauzeerd, nog 3 u"), shown(value(type, "MA-3")));
        assertEquals("Oplossing: 76 % van het doel gebruikt, uiterlijk 20 nov. 2026 16:54",
                value(type, "MA-76").getGoals().get(0).getTitle());
        assertEquals("Oplossing: nog 30 m; Reactie: gehaald", type.getStringFromSingularObject(value(type, "MA-1")));
        assertNull("a request without clocks has no SLA", value(type, "MA-99"));
        assertNull("nobody types an SLA", type.getSingularObjectFromString("nog 1 u"));
        language = Messages.ENGLISH;
        assertEquals(List.of("red Resolution: 10 m overdue"), shown(value(type, "MA-2")));
    }

    @Test
    @NonTransactional
    public void theFieldSortsAsTheQueueDueFirstThenWaitingThenReached() {
        save("MA-9", CLOCK_HOURS, SlaClock.start("reaction", Duration.ofHours(1), CLOCK_HOURS, NOW.minus(Duration.ofHours(2)))
                .stop(CLOCK_HOURS, NOW.minus(Duration.ofMinutes(90))));
        SlaFieldType type = new SlaFieldType(queue, callers, messages);
        FieldConfig config = mock(FieldConfig.class);
        List<String> keys = new ArrayList<>(List.of("MA-9", "MA-3", "MA-8", "MA-5", "MA-1", "MA-7", "MA-2"));
        keys.sort((a, b) -> type.compare(value(type, a), value(type, b), config));
        // Overdue, 30 m, 2 h, Monday (office hours: MA-7 before MA-8), then paused, then only reached goals.
        assertEquals(List.of("MA-2", "MA-1", "MA-5", "MA-7", "MA-8", "MA-3", "MA-9"), keys);
        assertEquals(0, type.compare(value(type, "MA-1"), value(type, "MA-1"), config));
    }
}

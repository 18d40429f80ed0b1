package nl.mijnaansluiting.servicedesk.sla;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import nl.mijnaansluiting.servicedesk.error.Problem;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecisions;
import nl.mijnaansluiting.servicedesk.priority.PrioritySchemes;
import nl.mijnaansluiting.servicedesk.store.AoAuditLog;
import nl.mijnaansluiting.servicedesk.store.AoClockStore;
import nl.mijnaansluiting.servicedesk.store.AoPriorityDecisionStore;
import nl.mijnaansluiting.servicedesk.store.AoReplanStore;
import nl.mijnaansluiting.servicedesk.store.AoSlaSettingsStore;
import nl.mijnaansluiting.servicedesk.store.AuditEntryEntity;
import nl.mijnaansluiting.servicedesk.store.PriorityDecisionEntity;
import nl.mijnaansluiting.servicedesk.store.ReplanEntity;
import nl.mijnaansluiting.servicedesk.store.SlaClockEntity;
import nl.mijnaansluiting.servicedesk.store.SlaClockEventEntity;
import nl.mijnaansluiting.servicedesk.store.SlaSettingEntity;
import nl.mijnaansluiting.servicedesk.text.Messages;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Recalculation from the recorded steps with today's configuration (issue 19, point 2), on H2 and PostgreSQL: a
 * completed month with a holiday configured after the fact turns a breached clock into a met one in the dry run
 * and only on apply, the previous values stay in the history, the report says who recalculated the month.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(TestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = JiraFieldNames.class)
@Data(RecalculationAoTest.Schema.class)
public class RecalculationAoTest {

    public static final class Schema implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(SlaClockEntity.class, nl.mijnaansluiting.servicedesk.store.RequestSlaEntity.class, SlaClockEventEntity.class, ReplanEntity.class, SlaSettingEntity.class,
                    AuditEntryEntity.class, PriorityDecisionEntity.class);
        }
    }

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private final Caller admin = new Caller("admin", "Ilse Beheerder", Set.of(Role.ADMIN), Set.of(), Locale.forLanguageTag("nl"));
    private EntityManager entityManager;
    private AoClockStore store;
    private SlaSettings settings;
    private RequestClocks clocks;
    private PriorityDecisions decisions;
    private ComplianceReports reports;
    private ClockReplanning replanning;
    private Recalculation recalculation;
    private ClockReplanningAoTest.TestClock now;

    @Before
    public void setUp() throws Exception {
        entityManager.deleteWithSQL(SlaClockEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(nl.mijnaansluiting.servicedesk.store.RequestSlaEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(SlaClockEventEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(ReplanEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(SlaSettingEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AuditEntryEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(PriorityDecisionEntity.class, "ID > ?", 0);
        HostActiveObjects ao = new HostActiveObjects(entityManager);
        store = new AoClockStore(ao);
        now = new ClockReplanningAoTest.TestClock(at(11, 23, 9, 0));
        AoReplanStore replans = new AoReplanStore(ao);
        AoAuditLog audit = new AoAuditLog(ao);
        settings = new SlaSettings(new AoSlaSettingsStore(ao), replans, audit, now);
        clocks = new RequestClocks(settings, store);
        decisions = new PriorityDecisions(new AoPriorityDecisionStore(ao), PrioritySchemes.presets(), new Messages(), audit, now, clocks);
        reports = new ComplianceReports(store, decisions, settings, audit);
        replanning = new ClockReplanning(settings, store, replans, AttentionPlanner.AT_DUE, keys -> { }, now);
        recalculation = new Recalculation(settings, store, reports, AttentionPlanner.AT_DUE, keys -> { }, audit, now, null, null);
    }

    private static Instant at(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, AMSTERDAM).toInstant();
    }

    private SlaClock clock(String request, String metric) {
        return clocks.of(request).stream().map(ClockStore.StoredClock::clock).filter(c -> c.metric().equals(metric))
                .findFirst().orElseThrow(() -> new AssertionError("no " + metric + " clock"));
    }

    @Test
    @NonTransactional
    public void aHolidayConfiguredAfterTheMonthTurnsABreachedClockIntoAMetOneInTheDryRunAndOnlyOnApply() {
        // Borger.dk priority 2 (more than 5 % of users, no work-around): resolution within 480 minutes of primary time.
        decisions.derive("BD-1", "borger-dk", "Borger.dk", Map.of("andel-brugere", "10", "sikkerhedsbrist", "nee",
                "work-around", "nee", "centrale-funktioner", "ja"));
        clocks.start("BD-1", "borger-dk", "2", "incident", at(11, 23, 9, 0), ClockEvent.Cause.customer("carla"));
        clocks.resolved("BD-1", "borger-dk", "2", at(11, 24, 10, 0), ClockEvent.Cause.transition("agent", "resolve"));
        // Monday 9:00-16:30 and Tuesday 8:30-10:00: 9 hours, over the 8 allowed.
        assertEquals(SlaClock.State.BREACHED, clock("BD-1", Goal.RESOLUTION).state());

        // The desk was closed on Monday 23 November, which the calendar missed: the admin adds it in December.
        now.now = at(12, 1, 10, 0);
        ObjectNode calendar = SlaDefinitions.toJson(settings.current().calendar("borger-dk-primaer"));
        ((ArrayNode) calendar.get("daysOff")).add("2026-11-23");
        settings.saveCalendar(admin, "borger-dk-primaer", calendar);
        replanning.run();
        // Re-planning follows running clocks only: the completed one is as it was.
        assertEquals(SlaClock.State.BREACHED, clock("BD-1", Goal.RESOLUTION).state());

        Recalculation.Scope november = Recalculation.Scope.of(null, "borger-dk", "2026-11");
        Recalculation.Plan dryRun = recalculation.dryRun(admin, november);
        assertEquals(2, dryRun.examined());
        Recalculation.Change resolution = dryRun.changes().stream()
                .filter(c -> c.after().clock().metric().equals(Goal.RESOLUTION)).findFirst().orElseThrow();
        assertEquals(SlaClock.State.BREACHED, resolution.before().clock().state());
        assertEquals(SlaClock.State.MET, resolution.after().clock().state());
        assertEquals(java.time.Duration.ofMinutes(90), resolution.after().clock().used());
        Recalculation.MonthFigures figures = dryRun.months().get(0);
        assertEquals(YearMonth.of(2026, 11), figures.month());
        assertEquals(0, figures.before().met());
        assertEquals(2, figures.after().met());
        // Only a dry run: nothing changed, nothing recorded.
        assertEquals(SlaClock.State.BREACHED, clock("BD-1", Goal.RESOLUTION).state());
        assertEquals(0, reports.report("borger-dk", YearMonth.of(2026, 11)).met());
        assertTrue(reports.report("borger-dk", YearMonth.of(2026, 11)).recalculations().isEmpty());

        try {
            recalculation.apply(admin, november, "0000000000000000");
            fail("applied what the admin did not see");
        } catch (ProblemException e) {
            assertEquals(Problem.CONFLICT, e.problem());
            assertEquals(SlaClock.State.BREACHED, clock("BD-1", Goal.RESOLUTION).state());
        }

        now.now = at(12, 1, 10, 5);
        Recalculation.Plan applied = recalculation.apply(admin, november, dryRun.fingerprint());
        assertEquals(2, applied.changes().size());
        assertEquals(SlaClock.State.MET, clock("BD-1", Goal.RESOLUTION).state());
        ComplianceReport report = reports.report("borger-dk", YearMonth.of(2026, 11));
        assertEquals(2, report.met());
        assertEquals(List.of("admin"), report.recalculations().stream().map(ComplianceReport.Recalculated::by).collect(Collectors.toList()));
        assertEquals(at(12, 1, 10, 5), report.recalculations().get(0).at());

        // Nothing deleted: every step is there, the recalculated one keeps the previous outcome.
        List<ClockEvent> history = store.history("BD-1").stream().filter(e -> e.metric().equals(Goal.RESOLUTION))
                .collect(Collectors.toList());
        assertEquals(List.of("START", "STOP", "RECALCULATED"), history.stream().map(e -> e.kind().name()).collect(Collectors.toList()));
        ClockEvent recalculated = history.get(2);
        assertEquals(SlaClock.State.BREACHED, recalculated.stateBefore());
        assertEquals(java.time.Duration.ofHours(9), recalculated.usedBefore());
        assertEquals(SlaClock.State.MET, recalculated.after().state());
        assertEquals(ClockEvent.Cause.recalculation("admin", "scope:month:borger-dk/2026-11"), recalculated.cause());

        // Recalculating again changes nothing more.
        assertEquals(List.of(), recalculation.dryRun(admin, november).changes());
    }

    @Test
    @NonTransactional
    public void aRequestRecalculatedAfterALateCalendarCorrectionIsDueAsIfTheCalendarHadAlwaysBeenRight() {
        ClockReplanningAoTest.TestClock later = now;
        later.now = at(12, 1, 8, 40);
        clocks.start("MA-1", "mijn-aansluiting", "K", "incident", at(12, 1, 8, 40), ClockEvent.Cause.customer("anna"));
        // Corrected at 8:55: re-planning counts 8:40-8:55 in the old calendar (nothing), so reaction is due at 9:25.
        later.now = at(12, 1, 8, 55);
        ObjectNode corrected = SlaDefinitions.toJson(settings.current().calendar("helpdesk-mijn-aansluiting"));
        ObjectNode hours = corrected.putObject("hours");
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            hours.putArray(day).addArray().add("08:00").add("17:00");
        }
        settings.saveCalendar(admin, "helpdesk-mijn-aansluiting", corrected);
        replanning.run();
        assertEquals(at(12, 1, 9, 25), clock("MA-1", Goal.REACTION).dueAt().orElseThrow());

        // A recalculation of the request replays it from 8:40 in the corrected calendar: 9:10 and 12:40.
        Recalculation.Scope request = Recalculation.Scope.of("MA-1", null, null);
        Recalculation.Plan plan = recalculation.dryRun(admin, request);
        recalculation.apply(admin, request, plan.fingerprint());
        assertEquals(at(12, 1, 9, 10), clock("MA-1", Goal.REACTION).dueAt().orElseThrow());
        assertEquals(at(12, 1, 12, 40), clock("MA-1", Goal.RESOLUTION).dueAt().orElseThrow());
        assertEquals(List.of("START", "REPLAN", "RECALCULATED"), store.history("MA-1").stream()
                .filter(e -> e.metric().equals(Goal.REACTION)).map(e -> e.kind().name()).collect(Collectors.toList()));
    }

    @Test
    @NonTransactional
    public void aScopeWithoutClocksOrWithoutAnythingChosenIsRefusedNamingTheField() {
        try {
            recalculation.dryRun(admin, Recalculation.Scope.of("MA-404", null, null));
            fail("recalculated nothing");
        } catch (ProblemException e) {
            assertEquals("ma.sla.recalc.error.no-clocks", e.messageKey());
        }
        try {
            Recalculation.Scope.of(" ", "", "");
            fail("no scope");
        } catch (ProblemException e) {
            assertEquals("ma.sla.recalc.error.scope", e.messageKey());
        }
        try {
            Recalculation.Scope.of(null, "borger-dk", "november");
            fail("a month that is none");
        } catch (ProblemException e) {
            assertEquals("ma.reports.error.month", e.messageKey());
        }
        Caller agent = new Caller("agent", "Gert", Set.of(Role.AGENT), Set.of(), Locale.ENGLISH);
        try {
            recalculation.dryRun(agent, Recalculation.Scope.of(null, "borger-dk", null));
            fail("an agent recalculated");
        } catch (ProblemException e) {
            assertEquals(Problem.FORBIDDEN, e.problem());
        }
    }
}

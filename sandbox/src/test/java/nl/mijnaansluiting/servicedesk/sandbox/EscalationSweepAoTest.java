package nl.mijnaansluiting.servicedesk.sandbox;

import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import nl.mijnaansluiting.servicedesk.escalation.AddOnUser;
import nl.mijnaansluiting.servicedesk.store.AoAuditLog;
import nl.mijnaansluiting.servicedesk.store.AoSlaSettingsStore;
import nl.mijnaansluiting.servicedesk.store.SlaSettingEntity;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.Role;
import nl.mijnaansluiting.servicedesk.aohost.HostActiveObjects;
import nl.mijnaansluiting.servicedesk.aohost.JiraFieldNames;
import nl.mijnaansluiting.servicedesk.aohost.JiraTableNames;
import nl.mijnaansluiting.servicedesk.aohost.TestDatabase;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.escalation.DeskAction;
import nl.mijnaansluiting.servicedesk.escalation.DeskActionDelivery;
import nl.mijnaansluiting.servicedesk.escalation.EscalationActions;
import nl.mijnaansluiting.servicedesk.escalation.EscalationEntry;
import nl.mijnaansluiting.servicedesk.escalation.EscalationPlanner;
import nl.mijnaansluiting.servicedesk.escalation.EscalationPolicies;
import nl.mijnaansluiting.servicedesk.escalation.EscalationSweep;
import nl.mijnaansluiting.servicedesk.escalation.Escalations;
import nl.mijnaansluiting.servicedesk.escalation.Notification;
import nl.mijnaansluiting.servicedesk.escalation.NotificationDelivery;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecisions;
import nl.mijnaansluiting.servicedesk.priority.PrioritySchemes;
import nl.mijnaansluiting.servicedesk.sandbox.request.RequestComment;
import nl.mijnaansluiting.servicedesk.sandbox.request.ServiceRequest;
import nl.mijnaansluiting.servicedesk.sandbox.store.AoServiceRequests;
import nl.mijnaansluiting.servicedesk.sandbox.store.CommentEntity;
import nl.mijnaansluiting.servicedesk.sandbox.store.RequestEntity;
import nl.mijnaansluiting.servicedesk.sla.RequestClocks;
import nl.mijnaansluiting.servicedesk.sla.SlaSettings;
import nl.mijnaansluiting.servicedesk.store.AoAuditLog;
import nl.mijnaansluiting.servicedesk.store.AoClockStore;
import nl.mijnaansluiting.servicedesk.store.AoEscalationStore;
import nl.mijnaansluiting.servicedesk.store.AoPriorityDecisionStore;
import nl.mijnaansluiting.servicedesk.store.AoPrioritySchemeStore;
import nl.mijnaansluiting.servicedesk.store.AuditEntryEntity;
import nl.mijnaansluiting.servicedesk.store.DeskActionEntity;
import nl.mijnaansluiting.servicedesk.store.EscalationLogEntity;
import nl.mijnaansluiting.servicedesk.store.NotificationEntity;
import nl.mijnaansluiting.servicedesk.store.PriorityDecisionEntity;
import nl.mijnaansluiting.servicedesk.store.PrioritySchemeVersionEntity;
import nl.mijnaansluiting.servicedesk.store.RequestEscalationEntity;
import nl.mijnaansluiting.servicedesk.store.RequestSlaEntity;
import nl.mijnaansluiting.servicedesk.store.SlaClockEntity;
import nl.mijnaansluiting.servicedesk.text.Messages;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The escalation sweep on a real database (H2, and PostgreSQL in the ao-on-postgresql run): a Borger.dk
 * Prio 1 through its steps at their moments, each fired once; two sweeps racing over the same due clocks;
 * a sweep that fails halfway; Escaleren with and without a reason; the outbox retrying a failed delivery.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(TestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = JiraFieldNames.class)
@Data(EscalationSweepAoTest.Schema.class)
public class EscalationSweepAoTest {

    public static final class Schema implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(SlaClockEntity.class, RequestSlaEntity.class, nl.mijnaansluiting.servicedesk.store.SlaClockEventEntity.class, EscalationLogEntity.class, RequestEscalationEntity.class,
                    NotificationEntity.class, DeskActionEntity.class, RequestEntity.class, CommentEntity.class, PriorityDecisionEntity.class,
                    PrioritySchemeVersionEntity.class, AuditEntryEntity.class, SlaSettingEntity.class);
        }
    }

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final Caller AGENT = new Caller("agent", "Gert Agent", Set.of(Role.AGENT), Set.of(), Locale.forLanguageTag("nl"));
    private static final Caller CUSTOMER = new Caller("anna", "Anna", Set.of(Role.CUSTOMER), Set.of("noordnet"), Locale.forLanguageTag("nl"));

    private EntityManager entityManager;
    private HostActiveObjects ao;
    private AoServiceRequests requests;
    private AoClockStore clockStore;
    private AoEscalationStore store;
    private RequestClocks clocks;
    private EscalationPlanner planner;
    private EscalationActions actions;

    @Before
    public void setUp() throws Exception {
        for (Class<? extends net.java.ao.RawEntity<Integer>> type : List.of(SlaClockEntity.class, RequestSlaEntity.class, EscalationLogEntity.class,
                RequestEscalationEntity.class, NotificationEntity.class, DeskActionEntity.class, RequestEntity.class,
                CommentEntity.class, PriorityDecisionEntity.class)) {
            entityManager.deleteWithSQL(type, "ID > ?", 0);
        }
        ao = new HostActiveObjects(entityManager);
        requests = new AoServiceRequests(ao);
        clockStore = new AoClockStore(ao);
        store = new AoEscalationStore(ao);
        EscalationPolicies policies = EscalationPolicies.presets();
        planner = new EscalationPlanner(policies, store);
        clocks = new RequestClocks(SlaSettings.presets(), clockStore, planner);
        actions = new EscalationActions(policies, store, new SandboxRequestDesk(requests, Clock.systemUTC()), new DemoDirectory(),
                new Messages());
    }

    /** Monday 23 November 2026 at hh:mm in Copenhagen (Borger.dk's calendars). */
    private static Instant monday(int hour, int minute) {
        return ZonedDateTime.of(2026, 11, 23, hour, minute, 0, 0, COPENHAGEN).toInstant();
    }

    private EscalationSweep sweep(HostActiveObjects on) {
        AoEscalationStore theirStore = new AoEscalationStore(on);
        EscalationPolicies policies = EscalationPolicies.presets();
        EscalationPlanner theirPlanner = new EscalationPlanner(policies, theirStore);
        AoServiceRequests theirRequests = new AoServiceRequests(on);
        return new EscalationSweep(new AoClockStore(on), SlaSettings.presets(), theirPlanner, theirStore,
                new EscalationActions(policies, theirStore, new SandboxRequestDesk(theirRequests, Clock.systemUTC()),
                        new DemoDirectory(), new Messages()), Clock.systemUTC());
    }

    /** What the job does after each sweep: the committed firings' hand-overs and comments reach the requests. */
    private int applied() {
        return new DeskActionDelivery(store, new SandboxRequestDesk(requests, Clock.systemUTC()), Clock.systemUTC(), addOnUser(ao),
                new Messages()).apply();
    }

    /** The add-on's user as the sandbox has it: the demo directory's, Dutch until it reads English. */
    private static AddOnUser addOnUser(HostActiveObjects on) {
        return new AddOnUser(new AoSlaSettingsStore(on), new DemoDirectory(), new AoAuditLog(on), Clock.systemUTC());
    }

    private String borgerDkPrio1(Instant at) {
        ServiceRequest request = requests.create("storing-lip", "noordnet", "anna", "anna", "Borger.dk is onbereikbaar", Map.of(),
                null, at);
        clocks.start(request.key(), "borger-dk", "1", null, at);
        return request.key();
    }

    private List<String> firings(String key) {
        return store.logOf(key).stream().map(e -> e.kind() + " " + e.metric().orElse("") + " " + e.sharePercent()
                + " level " + e.levelBefore() + "->" + e.levelAfter() + " to " + e.notified()).collect(Collectors.toList());
    }

    @Test
    @NonTransactional
    public void aBorgerDkPrio1FiresEachStepOnceAtItsMoment() {
        String key = borgerDkPrio1(monday(9, 0));
        EscalationSweep sweep = sweep(ao);
        // Reaction 15 min: at 09:15 a functional hand-over to 2nd level support, the service manager told.
        assertEquals(0, sweep.sweep(monday(9, 14)).fired());
        assertEquals(1, sweep.sweep(monday(9, 15)).fired());
        assertEquals(0, sweep.sweep(monday(9, 16)).fired());
        assertEquals(List.of("STEP reaction 100 level 0->0 to [manager]"), firings(key));
        assertEquals("the request changes after commit", List.of(), requests.comments(key));
        assertEquals(2, applied());
        assertEquals(0, applied());
        assertEquals("2nd-level-support", requests.team(key).orElseThrow());
        // As in Jira: the hand-over says so in a note of its own, then the step's note; both internal, both by the
        // add-on's user (not "sweep"), in its language (Dutch: its profile chose none).
        List<RequestComment> notes = requests.comments(key);
        assertEquals(2, notes.size());
        assertEquals("[Escalatie] Overgedragen aan 2nd-level-support.", notes.get(0).body());
        assertTrue(notes.get(1).body(), notes.get(1).body().startsWith("[Escalatie] Niet binnen de reactietijd opgepakt"));
        for (RequestComment note : notes) {
            assertTrue(note.internal());
            assertEquals(AddOnUser.DEFAULT, note.author());
        }

        // An agent takes it: from now on the assignee is told too.
        requests.assign(key, "agent");
        // The status update is due every hour (weekdays 08-22): 10:00 is the first.
        assertEquals(1, sweep.sweep(monday(10, 0)).fired());
        // The sweep was down from 10:01 to 13:30: one reminder for 13:00, not three stale ones; resolution
        // 75 % (12:00) and 100 % (13:00, 240 minutes) fire, and 100 % raises the level. Clocks go in the
        // order they fell due: the status update's (11:00) before the resolution's (12:00).
        assertEquals(3, sweep.sweep(monday(13, 30)).fired());
        assertEquals(List.of(
                "STEP reaction 100 level 0->0 to [manager]",
                "REMINDER status-update 100 level 0->0 to [agent, manager]",
                "REMINDER status-update 400 level 0->0 to [agent, manager]",
                "STEP resolution 75 level 0->0 to [agent]",
                "STEP resolution 100 level 0->1 to [manager]"), firings(key));
        assertEquals(1, store.level(key).level());
        assertEquals(0, sweep.sweep(monday(13, 59)).fired());

        // Resolved at 14:10: nothing more fires, and the clocks leave the sweep's index.
        clocks.resolved(key, "borger-dk", "1", monday(14, 10));
        assertEquals(0, sweep.sweep(monday(18, 0)).fired());
        assertEquals(List.of(), clockStore.needingAttentionBefore(monday(23, 0), 10));
        // Every notification went into the outbox with the escalation, one per person per firing.
        assertEquals(7, store.notificationsOf(key).size());
    }

    /** Issue 16, point 2: a major incident raised Tuesday 23:00 is reminded of its status Wednesday 08:00 (seed 003), not 09:00. */
    @Test
    @NonTransactional
    public void aNightTimeMajorIncidentIsRemindedAtEightTheNextMorning() {
        Instant tuesdayEleven = ZonedDateTime.of(2026, 11, 24, 23, 0, 0, 0, COPENHAGEN).toInstant();
        String key = borgerDkPrio1(tuesdayEleven);
        requests.assign(key, "agent");
        EscalationSweep sweep = sweep(ao);
        java.util.function.Function<Integer, Long> statusReminders = hour -> {
            sweep.sweep(ZonedDateTime.of(2026, 11, 25, hour, 0, 0, 0, COPENHAGEN).toInstant());
            return store.logOf(key).stream().filter(e -> "status-update".equals(e.metric().orElse(""))).count();
        };
        assertEquals(Long.valueOf(0), statusReminders.apply(7));
        assertEquals(Long.valueOf(1), statusReminders.apply(8));
        assertEquals(Long.valueOf(1), statusReminders.apply(8));
        assertEquals(Long.valueOf(2), statusReminders.apply(9));
        assertTrue(firings(key).contains("REMINDER status-update 100 level 0->0 to [agent, manager]"));
    }

    /**
     * Issue 16, point 3 (seed 002): "in geval van een onderhanden RCA wordt wekelijks een RCA-overzicht met de status
     * van de acties opgeleverd": while the RCA is open, assignee and service manager are reminded each working week.
     */
    @Test
    @NonTransactional
    public void anOpenRcaIsRemindedEveryWorkingWeekUntilItIsDelivered() {
        ServiceRequest request = requests.create("storing-lip", "noordnet", "anna", "anna", "Mitz onbereikbaar", Map.of(), null,
                monday(9, 0));
        String key = request.key();
        requests.assign(key, "agent");
        clocks.start(key, "mitz", "1", null, monday(9, 0));
        clocks.resolved(key, "mitz", "1", monday(11, 0));
        EscalationSweep sweep = sweep(ao);
        java.util.function.Function<Integer, List<String>> rcaFiringsAfterDays = days -> {
            sweep.sweep(monday(11, 0).plus(java.time.Duration.ofDays(days)));
            return firings(key).stream().filter(f -> f.contains(" rca ")).collect(Collectors.toList());
        };
        assertEquals(List.of(), rcaFiringsAfterDays.apply(6));
        // Monday 30 November 11:00: 5 working days. The breach step escalates; the weekly reminder starts.
        assertEquals(List.of("STEP rca 100 level 0->1 to [manager]", "REMINDER rca 100 level 1->1 to [agent, manager]"),
                rcaFiringsAfterDays.apply(7));
        assertEquals(2, rcaFiringsAfterDays.apply(13).size());
        assertEquals("REMINDER rca 200 level 1->1 to [agent, manager]", rcaFiringsAfterDays.apply(14).get(2));
        clocks.delivered(key, "rca", monday(11, 0).plus(java.time.Duration.ofDays(15)));
        assertEquals(3, rcaFiringsAfterDays.apply(28).size());
    }

    @Test
    @NonTransactional
    public void aDatalekIsToldOnlyToWhomThePolicyNames() {
        // Seed 000: a data breach must reach the Autoriteit Persoonsgegevens within 72 clock hours; the
        // policy tells the service manager and the final owner at half time, nobody else (not the assignee).
        Instant found = monday(9, 0);
        ServiceRequest request = requests.create("beveiligingsincident", "noordnet", "anna", "anna", "Datalek: lijst gemaild",
                Map.of(), null, found);
        requests.assign(request.key(), "agent");
        clocks.start(request.key(), "mijn-aansluiting", "K", "datalek", found);
        EscalationSweep sweep = sweep(ao);
        sweep.sweep(found.plus(java.time.Duration.ofHours(35)));
        assertTrue(store.logOf(request.key()).stream().noneMatch(e -> "ap-report".equals(e.metric().orElse(""))));
        sweep.sweep(found.plus(java.time.Duration.ofHours(36)));
        EscalationEntry halfTime = store.logOf(request.key()).stream().filter(e -> "ap-report".equals(e.metric().orElse("")))
                .findFirst().orElseThrow();
        assertEquals(50, halfTime.sharePercent());
        assertEquals(List.of("manager", "admin"), halfTime.notified());
        assertEquals(List.of("admin", "manager"), store.notificationsOf(request.key()).stream()
                .filter(n -> n.subject().contains("Melding datalek")).map(Notification::recipient).sorted()
                .collect(Collectors.toList()));
    }

    @Test
    @NonTransactional
    public void twoSweepsRacingOverTheSameDueClocksFireEachStepOnce() throws Exception {
        int requestCount = 60;
        for (int i = 0; i < requestCount; i++) {
            borgerDkPrio1(monday(9, 0));
        }
        Instant at = monday(9, 20);
        int threads = 2;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<EscalationSweep.Result>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            // Each sweep on its own connections, as another node would be.
            EscalationSweep sweep = sweep(new HostActiveObjects(entityManager));
            results.add(pool.submit(() -> {
                start.await();
                return sweep.sweep(at);
            }));
        }
        int fired = 0;
        for (Future<EscalationSweep.Result> result : results) {
            fired += result.get().fired();
        }
        pool.shutdown();
        // A sweep that lost a race (the unique firing key, or PostgreSQL's serializable check failing both)
        // rolled back whole; what it left is still due and the next sweep fires it.
        fired += sweep(ao).sweep(at).fired();
        assertEquals(0, sweep(ao).sweep(at).fired());
        applied();
        // The reaction step of every request, once, with its one notification, its hand-over's note and its own note.
        assertEquals(requestCount, fired);
        assertEquals(requestCount, entityManager.count(EscalationLogEntity.class));
        assertEquals(requestCount, entityManager.count(NotificationEntity.class));
        assertEquals(2 * requestCount, entityManager.count(CommentEntity.class));
    }

    @Test
    @NonTransactional
    public void aChunkThatFailsHalfwayChangesEachRequestOnceAfterCommit() throws Exception {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            keys.add(borgerDkPrio1(monday(9, 0)));
        }
        // Jira's issue changes are outside the add-on's transaction: this desk keeps what it was told,
        // whatever rolls back. The chunk of ten fails at the 4th request's log line, after the first three
        // fired; the sweep rolls it back and fires its clocks again one by one.
        JiraLikeDesk jira = new JiraLikeDesk(new SandboxRequestDesk(requests, Clock.systemUTC()));
        EscalationPolicies policies = EscalationPolicies.presets();
        FailingStore failing = new FailingStore(store, keys.get(3));
        EscalationSweep flaky = new EscalationSweep(clockStore, SlaSettings.presets(), new EscalationPlanner(policies, failing), failing,
                new EscalationActions(policies, failing, jira, new DemoDirectory(), new Messages()), Clock.systemUTC());
        EscalationSweep.Result result = flaky.sweep(monday(9, 20));
        assertEquals(9, result.fired());
        assertEquals(1, result.failed());
        assertEquals("nothing reaches the issues inside the chunk's transaction", List.of(), jira.calls);
        DeskActionDelivery delivery = new DeskActionDelivery(store, jira, Clock.systemUTC(), addOnUser(ao), new Messages());
        assertEquals(18, delivery.apply());
        assertEquals(0, delivery.apply());
        // The next sweep fires the one that failed, and only that one; its changes follow once.
        assertEquals(1, sweep(ao).sweep(monday(9, 21)).fired());
        assertEquals(2, delivery.apply());
        assertEquals(0, delivery.apply());
        for (String key : keys) {
            String firing = key + "/reaction";
            assertEquals("one hand-over per firing of " + firing, 1, jira.calls.stream().filter(c -> c.equals("reassign " + key
                    + " 2nd-level-support")).count());
            assertEquals("one comment per firing of " + firing, 1, jira.calls.stream().filter(c -> c.startsWith("comment " + key
                    + " [Escalatie]")).count());
            assertEquals(List.of(DeskAction.State.APPLIED, DeskAction.State.APPLIED),
                    store.actionsOf(key).stream().map(DeskAction::state).collect(Collectors.toList()));
        }
        assertEquals(20, jira.calls.size());
        assertEquals(10, entityManager.count(EscalationLogEntity.class));
        assertEquals(10, entityManager.count(NotificationEntity.class));
        assertEquals("each hand-over's note and each step's note", 20, entityManager.count(CommentEntity.class));
        assertEquals(20, entityManager.count(DeskActionEntity.class));
    }

    @Test
    @NonTransactional
    public void thePolicysCommentsAreByTheAddOnsUserInItsLanguageAndEachMailInItsRecipients() {
        String key = borgerDkPrio1(monday(9, 0));
        DemoDirectory directory = new DemoDirectory();
        directory.setLanguage(AddOnUser.DEFAULT, Locale.ENGLISH);
        directory.setLanguage("manager", Locale.ENGLISH);
        EscalationPolicies policies = EscalationPolicies.presets();
        EscalationActions english = new EscalationActions(policies, store, new SandboxRequestDesk(requests, Clock.systemUTC()),
                directory, new Messages());
        assertEquals(1, new EscalationSweep(clockStore, SlaSettings.presets(), planner, store, english, Clock.systemUTC())
                .sweep(monday(9, 15)).fired());
        new DeskActionDelivery(store, new SandboxRequestDesk(requests, Clock.systemUTC()), Clock.systemUTC(),
                new AddOnUser(new AoSlaSettingsStore(ao), directory, new AoAuditLog(ao), Clock.systemUTC()), new Messages()).apply();
        List<RequestComment> notes = requests.comments(key);
        assertEquals(List.of("[Escalation] Handed over to 2nd-level-support.",
                "[Escalation] Not picked up within the reaction time: escalated functionally to 2nd level support."),
                notes.stream().map(RequestComment::body).collect(Collectors.toList()));
        assertEquals(List.of(AddOnUser.DEFAULT, AddOnUser.DEFAULT), notes.stream().map(RequestComment::author).collect(Collectors.toList()));
        Notification mail = store.outbox(10).stream().filter(n -> n.requestKey().equals(key)).findFirst().orElseThrow();
        assertEquals("manager", mail.recipient());
        assertEquals("[" + key + "] Reaction: 100 % of the target time used", mail.subject());
        assertTrue(mail.body(), mail.body().contains("Escalation level: Service desk"));
    }

    @Test
    @NonTransactional
    public void anActionThatFailsToApplyIsTriedAgainAndAppliedOnce() {
        String key = borgerDkPrio1(monday(9, 0));
        sweep(ao).sweep(monday(9, 15));
        Instant[] now = {monday(9, 16)};
        Clock moving = movingClock(now);
        String[] handOvers = {key};
        DeskActionDelivery delivery = new DeskActionDelivery(store, new FailingDesk(new SandboxRequestDesk(requests, Clock.systemUTC()),
                handOvers), moving, addOnUser(ao), new Messages());
        // The hand-over fails (Jira refused it); the comment after it is applied.
        assertEquals(1, delivery.apply());
        DeskAction reassign = store.actionsOf(key).stream().filter(a -> a.kind() == DeskAction.Kind.REASSIGN).findFirst().orElseThrow();
        assertEquals(DeskAction.State.PENDING, reassign.state());
        assertEquals(1, reassign.attempts());
        assertEquals("node died", reassign.lastError().orElseThrow());
        assertTrue(requests.team(key).isEmpty());
        assertEquals("not again before the back-off", 0, delivery.apply());
        handOvers[0] = "nobody";
        now[0] = monday(9, 18);
        assertEquals(1, delivery.apply());
        assertEquals(0, delivery.apply());
        assertEquals("2nd-level-support", requests.team(key).orElseThrow());
        assertEquals("the step's note, then the hand-over's", 2, requests.comments(key).size());
        assertEquals(List.of(DeskAction.State.APPLIED, DeskAction.State.APPLIED),
                store.actionsOf(key).stream().map(DeskAction::state).collect(Collectors.toList()));
    }

    @Test
    @NonTransactional
    public void twoAppliersOnOneDatabaseApplyEachActionOnce() throws Exception {
        int requestCount = 30;
        for (int i = 0; i < requestCount; i++) {
            borgerDkPrio1(monday(9, 0));
        }
        assertEquals(requestCount, sweep(ao).sweep(monday(9, 20)).fired());
        int threads = 2;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            HostActiveObjects theirs = new HostActiveObjects(entityManager);
            DeskActionDelivery delivery = new DeskActionDelivery(new AoEscalationStore(theirs),
                    new SandboxRequestDesk(new AoServiceRequests(theirs), Clock.systemUTC()), Clock.systemUTC(), addOnUser(theirs),
                    new Messages());
            results.add(pool.submit(() -> {
                start.await();
                return delivery.apply();
            }));
        }
        int applied = 0;
        for (Future<Integer> result : results) {
            applied += result.get();
        }
        pool.shutdown();
        applied += applied();
        assertEquals(2 * requestCount, applied);
        assertEquals("each hand-over's note and each step's note, once", 2 * requestCount, entityManager.count(CommentEntity.class));
    }

    @Test
    @NonTransactional
    public void theSweepsWorkersRunEachChunkInsideTheHostsThreadContext() throws Exception {
        for (int i = 0; i < 60; i++) {
            borgerDkPrio1(monday(9, 0));
        }
        // Two chunks (50 and 10) on two worker threads: each inside the context, which Jira's would set up there.
        ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> false);
        List<String> contextThreads = java.util.Collections.synchronizedList(new ArrayList<>());
        nl.mijnaansluiting.servicedesk.escalation.WorkerContext context = new nl.mijnaansluiting.servicedesk.escalation.WorkerContext() {
            @Override
            public <T> java.util.concurrent.Callable<T> handOver(java.util.concurrent.Callable<T> task) {
                return () -> {
                    contextThreads.add(Thread.currentThread().getName());
                    inside.set(true);
                    try {
                        return task.call();
                    } finally {
                        inside.set(false);
                    }
                };
            }
        };
        List<String> readsOutside = java.util.Collections.synchronizedList(new ArrayList<>());
        SandboxRequestDesk real = new SandboxRequestDesk(requests, Clock.systemUTC());
        nl.mijnaansluiting.servicedesk.escalation.RequestDesk watched = new nl.mijnaansluiting.servicedesk.escalation.RequestDesk() {
            @Override
            public java.util.Optional<Request> request(String requestKey) {
                if (!inside.get()) {
                    readsOutside.add(requestKey);
                }
                return real.request(requestKey);
            }

            @Override
            public void reassign(String requestKey, String team, String note, String author) {
                real.reassign(requestKey, team, note, author);
            }

            @Override
            public void internalComment(String requestKey, String text, String author) {
                real.internalComment(requestKey, text, author);
            }
        };
        EscalationPolicies policies = EscalationPolicies.presets();
        EscalationSweep sweep = new EscalationSweep(clockStore, SlaSettings.presets(), planner, store,
                new EscalationActions(policies, store, watched, new DemoDirectory(), new Messages()), Clock.systemUTC(), context);
        assertEquals(60, sweep.sweep(monday(9, 20)).fired());
        assertEquals(List.of("escalation-sweep-worker", "escalation-sweep-worker"), contextThreads);
        assertEquals("the desk is read on the workers only inside the context", List.of(), readsOutside);
    }

    @Test
    @NonTransactional
    public void escalerenNeedsAReasonOfThePolicyAndAnExplanation() throws Exception {
        String key = borgerDkPrio1(monday(9, 0));
        PriorityDecisions decisions = new PriorityDecisions(new AoPriorityDecisionStore(ao),
                new PrioritySchemes(new AoPrioritySchemeStore(ao), new AoAuditLog(ao), Clock.systemUTC()), new Messages(),
                new AoAuditLog(ao), Clock.systemUTC(), clocks);
        Escalations escalations = new Escalations(EscalationPolicies.presets(), store, actions, decisions, clockStore,
                Clock.fixed(monday(9, 5), ZoneOffset.UTC));
        try {
            escalations.escalate(AGENT, key, "", " ");
            fail("escalated without a reason");
        } catch (ProblemException e) {
            assertEquals(List.of("reason", "explanation"), e.fieldErrors().stream().map(f -> f.field()).collect(Collectors.toList()));
            assertEquals("Kies de reden van de escalatie.", new Messages().text(Messages.DUTCH, e.fieldErrors().get(0).messageKey()));
        }
        try {
            escalations.escalate(AGENT, key, "ongeduld", "Het duurt te lang");
            fail("escalated with an unknown reason");
        } catch (ProblemException e) {
            assertEquals("ongeduld is not an escalation reason of this scheme.",
                    new Messages().text(Locale.ENGLISH, e.fieldErrors().get(0).messageKey(), e.fieldErrors().get(0).arguments()));
        }
        try {
            escalations.escalate(CUSTOMER, key, "vertraging", "Het duurt te lang");
            fail("a customer escalated");
        } catch (ProblemException e) {
            assertEquals("ma.error.staff-only", e.messageKey());
        }
        assertEquals(0, entityManager.count(EscalationLogEntity.class));
        assertEquals(0, store.level(key).level());

        assertEquals(1, escalations.escalate(AGENT, key, "stagnatie", "Leverancier reageert niet").level());
        assertEquals(2, escalations.escalate(AGENT, key, "vertraging", "Nog steeds geen oplossing").level());
        try {
            escalations.escalate(AGENT, key, "vertraging", "Nog hoger");
            fail("escalated past the top");
        } catch (ProblemException e) {
            assertEquals("ma.escalation.error.at-top", e.messageKey());
        }
        assertEquals(1, escalations.deescalate(AGENT, key, "Leverancier is bereikt").level());
        Escalations.View view = escalations.view(AGENT, key);
        assertEquals(List.of(EscalationEntry.Kind.ESCALATED, EscalationEntry.Kind.ESCALATED, EscalationEntry.Kind.DEESCALATED),
                view.log().stream().map(EscalationEntry::kind).collect(Collectors.toList()));
        assertEquals("stagnatie", view.log().get(0).reason().orElseThrow());
        assertEquals(List.of("manager"), view.log().get(0).notified());
        assertEquals(List.of("admin"), view.log().get(1).notified());
        assertEquals("Servicemanager", view.policy().level(view.current().level()).dutch());
        // The customer never sees the escalation notes.
        assertTrue(requests.comments(key).stream().allMatch(RequestComment::internal));
    }

    @Test
    @NonTransactional
    public void aFailedDeliveryIsRetriedAndTheEscalationStays() {
        String key = borgerDkPrio1(monday(9, 0));
        sweep(ao).sweep(monday(9, 15));
        Instant[] now = {monday(9, 16)};
        Clock moving = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        int[] attempts = {0};
        NotificationDelivery delivery = new NotificationDelivery(store, notification -> {
            if (++attempts[0] == 1) {
                throw new IllegalStateException("SMTP server not reachable");
            }
        }, moving);
        assertEquals(0, delivery.deliver());
        Notification failed = store.notificationsOf(key).get(0);
        assertEquals(Notification.State.PENDING, failed.state());
        assertEquals("SMTP server not reachable", failed.lastError().orElseThrow());
        assertEquals("not again before the back-off", 0, delivery.deliver());
        now[0] = monday(9, 18);
        assertEquals(1, delivery.deliver());
        Notification sent = store.notificationsOf(key).get(0);
        assertEquals(Notification.State.SENT, sent.state());
        assertEquals(2, sent.attempts());
        assertEquals(1, store.logOf(key).size());
    }

    private static Clock movingClock(Instant[] now) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
    }

    /** A desk that keeps what it was told outside any transaction, as Jira's issues do, and passes it on. */
    private static final class JiraLikeDesk implements nl.mijnaansluiting.servicedesk.escalation.RequestDesk {
        private final SandboxRequestDesk desk;
        final List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());

        JiraLikeDesk(SandboxRequestDesk desk) {
            this.desk = desk;
        }

        @Override
        public java.util.Optional<Request> request(String requestKey) {
            return desk.request(requestKey);
        }

        @Override
        public void reassign(String requestKey, String team, String note, String author) {
            calls.add("reassign " + requestKey + " " + team);
            desk.reassign(requestKey, team, note, author);
        }

        @Override
        public void internalComment(String requestKey, String text, String author) {
            calls.add("comment " + requestKey + " " + text);
            desk.internalComment(requestKey, text, author);
        }
    }

    /** The real store, failing the transaction at one request's log line (as a node dying would). */
    private static final class FailingStore implements nl.mijnaansluiting.servicedesk.escalation.EscalationStore {
        private final AoEscalationStore store;
        private final String failingRequest;

        FailingStore(AoEscalationStore store, String failingRequest) {
            this.store = store;
            this.failingRequest = failingRequest;
        }

        @Override
        public void log(EscalationEntry entry) {
            if (entry.requestKey().equals(failingRequest)) {
                throw new IllegalStateException("node died");
            }
            store.log(entry);
        }

        @Override
        public <T> T inTransaction(java.util.function.Supplier<T> work) {
            return store.inTransaction(work);
        }

        @Override
        public Set<String> firedKeys(String clockKey) {
            return store.firedKeys(clockKey);
        }

        @Override
        public Map<String, Set<String>> firedKeys(java.util.Collection<String> clockKeys) {
            return store.firedKeys(clockKeys);
        }

        @Override
        public List<EscalationEntry> logOf(String requestKey) {
            return store.logOf(requestKey);
        }

        @Override
        public nl.mijnaansluiting.servicedesk.escalation.EscalationLevel level(String requestKey) {
            return store.level(requestKey);
        }

        @Override
        public void setLevel(String requestKey, nl.mijnaansluiting.servicedesk.escalation.EscalationLevel level, Instant at) {
            store.setLevel(requestKey, level, at);
        }

        @Override
        public Map<String, nl.mijnaansluiting.servicedesk.escalation.EscalationLevel> levels(java.util.Collection<String> requestKeys) {
            return store.levels(requestKeys);
        }

        @Override
        public void queue(Notification notification) {
            store.queue(notification);
        }

        @Override
        public List<Notification> deliverable(Instant moment, int limit) {
            return store.deliverable(moment, limit);
        }

        @Override
        public void delivered(long id, Instant at) {
            store.delivered(id, at);
        }

        @Override
        public void attemptFailed(long id, String error, Instant nextAttempt) {
            store.attemptFailed(id, error, nextAttempt);
        }

        @Override
        public List<Notification> outbox(int limit) {
            return store.outbox(limit);
        }

        @Override
        public List<Notification> notificationsOf(String requestKey) {
            return store.notificationsOf(requestKey);
        }

        @Override
        public void queueAction(DeskAction action) {
            store.queueAction(action);
        }

        @Override
        public List<DeskAction> applicableActions(Instant moment, int limit) {
            return store.applicableActions(moment, limit);
        }

        @Override
        public void actionApplied(DeskAction action, Instant at) {
            store.actionApplied(action, at);
        }

        @Override
        public void actionFailed(long id, String error, Instant nextAttempt) {
            store.actionFailed(id, error, nextAttempt);
        }

        @Override
        public List<DeskAction> actionsOf(String requestKey) {
            return store.actionsOf(requestKey);
        }
    }

    /** The real desk, failing on one request's hand-over. */
    private static final class FailingDesk implements nl.mijnaansluiting.servicedesk.escalation.RequestDesk {
        private final SandboxRequestDesk desk;
        private final String[] handOvers;

        FailingDesk(SandboxRequestDesk desk, String[] handOvers) {
            this.desk = desk;
            this.handOvers = handOvers;
        }

        @Override
        public java.util.Optional<Request> request(String requestKey) {
            return desk.request(requestKey);
        }

        @Override
        public void reassign(String requestKey, String team, String note, String author) {
            if (requestKey.equals(handOvers[0])) {
                throw new IllegalStateException("node died");
            }
            desk.reassign(requestKey, team, note, author);
        }

        @Override
        public void internalComment(String requestKey, String text, String author) {
            desk.internalComment(requestKey, text, author);
        }
    }
}

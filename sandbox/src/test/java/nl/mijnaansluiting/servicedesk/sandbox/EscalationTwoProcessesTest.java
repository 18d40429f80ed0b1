package nl.mijnaansluiting.servicedesk.sandbox;

import net.java.ao.EntityManager;
import nl.mijnaansluiting.servicedesk.aohost.HostActiveObjects;
import nl.mijnaansluiting.servicedesk.escalation.EscalationPlanner;
import nl.mijnaansluiting.servicedesk.escalation.EscalationPolicies;
import nl.mijnaansluiting.servicedesk.sandbox.request.ServiceRequest;
import nl.mijnaansluiting.servicedesk.sandbox.store.AoServiceRequests;
import nl.mijnaansluiting.servicedesk.sandbox.store.CommentEntity;
import nl.mijnaansluiting.servicedesk.sla.RequestClocks;
import nl.mijnaansluiting.servicedesk.sla.SlaSettings;
import nl.mijnaansluiting.servicedesk.store.AoClockStore;
import nl.mijnaansluiting.servicedesk.store.AoEscalationStore;
import nl.mijnaansluiting.servicedesk.store.DeskActionEntity;
import nl.mijnaansluiting.servicedesk.store.EscalationLogEntity;
import nl.mijnaansluiting.servicedesk.store.NotificationEntity;
import org.junit.After;
import org.junit.Test;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Real sandbox processes (java ... SandboxMain, sweeping every second) on one PostgreSQL database:
 * two of them sweeping the same due clocks fire each step once; one killed (kill -9) in the middle of
 * a sweep and a new one started: nothing lost, nothing doubled.
 *
 * <p>Each request is a Mitz Prio 1 whose clocks started 3.5 hours ago on the 24/7 calendar: its
 * resolution warning (75 % of 4 hours) and its latest hourly status update are due, two firings;
 * the status update notifies the service manager (one notification) and leaves a note (one comment).
 */
public class EscalationTwoProcessesTest {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private final List<Process> processes = new ArrayList<>();
    private SandboxDatabase database;
    private String name;

    @After
    public void tearDown() throws Exception {
        for (Process process : processes) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (database != null) {
            database.close();
        }
        if (name != null) {
            try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    /**
     * A database of this test run's own: builds in other work trees run this test on the same PostgreSQL server
     * at the same time, and a shared name had one run drop (WITH FORCE) the database the other was counting in.
     */
    private String own(String base) {
        name = base + "_" + ProcessHandle.current().pid();
        return name;
    }

    @Test
    public void twoProcessesSweepingTheSameClocksFireEachStepOnce() throws Exception {
        int requests = 100;
        String db = own("ma_escalation_two_processes");
        EntityManager entityManager = seed(db, requests);
        start(db);
        start(db);
        await(() -> count(entityManager, EscalationLogEntity.class) >= 2 * requests, Duration.ofSeconds(90));
        await(() -> count(entityManager, CommentEntity.class) >= requests, Duration.ofSeconds(60));
        // Several more sweeps by both: still exactly once.
        Thread.sleep(3_000);
        assertEquals(2 * requests, count(entityManager, EscalationLogEntity.class));
        assertEquals(requests, count(entityManager, NotificationEntity.class));
        assertEquals(requests, count(entityManager, CommentEntity.class));
    }

    @Test
    public void aProcessKilledHalfwayThroughASweepLosesNothingAndDoublesNothing() throws Exception {
        int requests = 500;
        String db = own("ma_escalation_killed");
        EntityManager entityManager = seed(db, requests);
        Process first = start(db);
        await(() -> count(entityManager, EscalationLogEntity.class) > 0, Duration.ofSeconds(60));
        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        int beforeRestart = count(entityManager, EscalationLogEntity.class);
        assertTrue("killed halfway: " + beforeRestart, beforeRestart > 0 && beforeRestart < 2 * requests);
        // What the killed sweep committed is whole: one notification and one note to apply per status update so far
        // (the notes reach the requests after commit; those it had not applied yet the next process applies).
        assertEquals(count(entityManager, NotificationEntity.class), count(entityManager, DeskActionEntity.class));
        assertTrue(count(entityManager, CommentEntity.class) <= count(entityManager, DeskActionEntity.class));

        start(db);
        await(() -> count(entityManager, EscalationLogEntity.class) >= 2 * requests, Duration.ofSeconds(120));
        // The notes reach the requests after each sweep's commit, in the same run.
        await(() -> count(entityManager, CommentEntity.class) >= requests, Duration.ofSeconds(60));
        Thread.sleep(2_000);
        assertEquals(2 * requests, count(entityManager, EscalationLogEntity.class));
        assertEquals(requests, count(entityManager, NotificationEntity.class));
        assertEquals(requests, count(entityManager, CommentEntity.class));
    }

    /** A fresh database with {@code requests} Mitz Prio 1 requests whose clocks started 3.5 hours ago. */
    private EntityManager seed(String name, int requests) throws Exception {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        }
        database = SandboxDatabase.open(SERVER + name, "postgres", "");
        HostActiveObjects ao = new HostActiveObjects(database.entityManager());
        AoServiceRequests store = new AoServiceRequests(ao);
        RequestClocks clocks = new RequestClocks(SlaSettings.presets(), new AoClockStore(ao),
                new EscalationPlanner(EscalationPolicies.presets(), new AoEscalationStore(ao)));
        Instant started = Instant.now().minus(Duration.ofMinutes(210));
        for (int i = 0; i < requests; i++) {
            ServiceRequest request = store.create("storing-lip", "noordnet", "anna", "anna", "Mitz storing " + i, Map.of(), null,
                    started);
            clocks.start(request.key(), "mitz", "1", null, started);
        }
        return database.entityManager();
    }

    /** Starts a sandbox process on the database, sweeping every second; returns once it serves. */
    private Process start(String name) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SandboxMain.class.getName(),
                "--port", "0", "--db-url", SERVER + name, "--sweep-seconds", "1")
                .redirectErrorStream(true).start();
        processes.add(process);
        CompletableFuture<String> running = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.contains("running at")) {
                        running.complete(line);
                    }
                }
            } catch (Exception e) {
                running.completeExceptionally(e);
            }
            running.completeExceptionally(new IllegalStateException("the sandbox process ended before it served"));
        });
        reader.setDaemon(true);
        reader.start();
        running.get(60, TimeUnit.SECONDS);
        return process;
    }

    private static int count(EntityManager entityManager, Class<? extends net.java.ao.RawEntity<Integer>> type) {
        try {
            return entityManager.count(type);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not reached within " + timeout);
            }
            Thread.sleep(50);
        }
    }
}

package nl.mijnaansluiting.servicedesk.bench;

import nl.mijnaansluiting.servicedesk.aohost.HostActiveObjects;
import nl.mijnaansluiting.servicedesk.escalation.EscalationPlanner;
import nl.mijnaansluiting.servicedesk.escalation.EscalationPolicies;
import nl.mijnaansluiting.servicedesk.sandbox.SandboxDatabase;
import nl.mijnaansluiting.servicedesk.sla.ClockReplanning;
import nl.mijnaansluiting.servicedesk.sla.SlaDefinitions;
import nl.mijnaansluiting.servicedesk.sla.SlaPresets;
import nl.mijnaansluiting.servicedesk.sla.SlaSettings;
import nl.mijnaansluiting.servicedesk.sla.SlaSettingsStore;
import nl.mijnaansluiting.servicedesk.store.AoAuditLog;
import nl.mijnaansluiting.servicedesk.store.AoClockStore;
import nl.mijnaansluiting.servicedesk.store.AoEscalationStore;
import nl.mijnaansluiting.servicedesk.store.AoReplanStore;
import nl.mijnaansluiting.servicedesk.store.AoSlaSettingsStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;

/**
 * Re-planning after a calendar change on PostgreSQL (127.0.0.1:5432, its own database ma_bench_replan, or
 * -Dbench.db): 100 000 running Mijn Aansluiting H resolution clocks on the helpdesk calendar, whose hours an admin
 * corrects from 9:00-17:00 to 8:00-17:00; one run moves every one of them (a history step each, due moment and next
 * attention with the escalation policies' planner), in chunks of 200 per transaction. The time of one run is reported;
 * the rate is 100 000 divided by it. Every clock has its queue row and its recorded start, as on a running desk (tables
 * that start empty would have their statements planned for empty tables, and this machine's PostgreSQL runs without
 * autovacuum to correct that). Before every run the clocks, their re-plan steps and the re-plan are put back.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class ClockReplanBenchmark {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String NAME = System.getProperty("bench.db", "ma_bench_replan");
    /** 100 000 unless -Dbench.clocks says otherwise (a quick look at the rate before the full run). */
    static final int RUNNING_CLOCKS = Integer.getInteger("bench.clocks", 100_000);
    private static final String HELPDESK = "helpdesk-mijn-aansluiting";

    private SandboxDatabase database;
    private ClockReplanning replanning;
    private AoReplanStore replans;
    private String before;
    private final Instant started = ZonedDateTime.of(2026, 12, 1, 8, 40, 0, 0, SlaPresets.AMSTERDAM).toInstant();
    private final Instant changed = started.plus(Duration.ofMinutes(1));

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + NAME);
        }
        database = SandboxDatabase.open(SERVER + NAME, "postgres", "");
        try (Connection connection = DriverManager.getConnection(SERVER + NAME, "postgres", "")) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO \"AO_536F94_SLA_CLOCK\" (\"REQUEST_KEY\","
                    + " \"METRIC\", \"CLOCK_KEY\", \"CALENDAR_KEY\", \"TARGET_SECONDS\", \"STATE\", \"USED_SECONDS\","
                    + " \"RUNNING_SINCE\", \"DUE_AT\", \"NEXT_ATTENTION\", \"SCHEME_KEY\", \"PRIORITY\")"
                    + " VALUES (?, 'resolution', ?, ?, 28800, 'RUNNING', 0, ?, ?, ?, 'mijn-aansluiting', 'H')")) {
                for (int i = 0; i < RUNNING_CLOCKS; i++) {
                    String request = "MA-" + (i + 1);
                    insert.setString(1, request);
                    insert.setString(2, request + "/resolution");
                    insert.setString(3, HELPDESK);
                    insert.setTimestamp(4, Timestamp.from(started));
                    insert.setTimestamp(5, Timestamp.from(started.plus(Duration.ofMinutes(500))));
                    insert.setTimestamp(6, Timestamp.from(started.plus(Duration.ofMinutes(500))));
                    insert.addBatch();
                    if (i % 5_000 == 4_999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            // Every request with clocks has its queue row (issue 14), as on a desk that has been running: without them the
            // first run would create them all and plan its statements on an empty table.
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO \"AO_536F94_SLA_REQUEST\" (\"REQUEST_KEY\","
                    + " \"SORT_DUE\", \"BREACH_AT\", \"RUNNING\", \"PAUSED\", \"MET\") VALUES (?, ?, ?, 1, 0, 0)")) {
                for (int i = 0; i < RUNNING_CLOCKS; i++) {
                    insert.setString(1, "MA-" + (i + 1));
                    insert.setTimestamp(2, Timestamp.from(started.plus(Duration.ofMinutes(500))));
                    insert.setTimestamp(3, Timestamp.from(started.plus(Duration.ofMinutes(500))));
                    insert.addBatch();
                    if (i % 5_000 == 4_999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            // And each clock its recorded start, the step a transition wrote when it began.
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO \"AO_536F94_SLA_CLOCK_EVENT\" (\"REQUEST_KEY\","
                    + " \"CLOCK_KEY\", \"METRIC\", \"EVENT_KEY\", \"KIND\", \"EFFECTIVE_AT\", \"RECORDED_AT\", \"CAUSE_TYPE\", \"STATE\","
                    + " \"USED_SECONDS\", \"TARGET_SECONDS\", \"RUNNING_SINCE\", \"DUE_AT\", \"CALENDAR_KEY\", \"SCHEME_KEY\", \"PRIORITY\")"
                    + " VALUES (?, ?, 'resolution', ?, 'START', ?, ?, 'TRANSITION', 'RUNNING', 0, 28800, ?, ?, ?, 'mijn-aansluiting', 'H')")) {
                for (int i = 0; i < RUNNING_CLOCKS; i++) {
                    String request = "MA-" + (i + 1);
                    insert.setString(1, request);
                    insert.setString(2, request + "/resolution");
                    insert.setString(3, "start:" + request + "/resolution");
                    insert.setTimestamp(4, Timestamp.from(started));
                    insert.setTimestamp(5, Timestamp.from(started));
                    insert.setTimestamp(6, Timestamp.from(started));
                    insert.setTimestamp(7, Timestamp.from(started.plus(Duration.ofMinutes(500))));
                    insert.setString(8, HELPDESK);
                    insert.addBatch();
                    if (i % 5_000 == 4_999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE");
            }
        }
        HostActiveObjects ao = new HostActiveObjects(database.entityManager());
        AoSlaSettingsStore settingsStore = new AoSlaSettingsStore(ao);
        replans = new AoReplanStore(ao);
        SlaSettings settings = new SlaSettings(settingsStore, replans, new AoAuditLog(ao), Clock.systemUTC());
        before = SlaDefinitions.toJson(settings.current().calendar(HELPDESK)).toString();
        // The corrected calendar, saved as an admin would (the re-plan itself is queued before every run).
        com.fasterxml.jackson.databind.node.ObjectNode corrected = SlaDefinitions.toJson(settings.current().calendar(HELPDESK));
        com.fasterxml.jackson.databind.node.ObjectNode hours = corrected.putObject("hours");
        for (String day : new String[] {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) {
            hours.putArray(day).addArray().add("08:00").add("17:00");
        }
        settingsStore.save(SlaSettingsStore.CALENDAR, HELPDESK, corrected.toString(), "admin", changed);
        AoEscalationStore escalations = new AoEscalationStore(ao);
        replanning = new ClockReplanning(settings, new AoClockStore(ao), replans,
                new EscalationPlanner(EscalationPolicies.presets(), escalations), keys -> { }, Clock.systemUTC());
    }

    /** Every run meets the same state: the clocks as they started, no steps, one re-plan waiting. */
    @Setup(Level.Invocation)
    public void putBack() throws Exception {
        try (Connection connection = DriverManager.getConnection(SERVER + NAME, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM \"AO_536F94_SLA_CLOCK_EVENT\" WHERE \"KIND\" <> 'START'");
            statement.execute("DELETE FROM \"AO_536F94_SLA_REPLAN\"");
            try (PreparedStatement update = connection.prepareStatement("UPDATE \"AO_536F94_SLA_CLOCK\" SET \"USED_SECONDS\" = 0,"
                    + " \"RUNNING_SINCE\" = ?, \"DUE_AT\" = ?, \"NEXT_ATTENTION\" = ?")) {
                update.setTimestamp(1, Timestamp.from(started));
                update.setTimestamp(2, Timestamp.from(started.plus(Duration.ofMinutes(500))));
                update.setTimestamp(3, Timestamp.from(started.plus(Duration.ofMinutes(500))));
                update.executeUpdate();
            }
            statement.execute("VACUUM ANALYZE \"AO_536F94_SLA_CLOCK\"");
            statement.execute("VACUUM ANALYZE \"AO_536F94_SLA_REQUEST\"");
            statement.execute("VACUUM ANALYZE \"AO_536F94_SLA_CLOCK_EVENT\"");
        }
        replans.add(SlaSettingsStore.CALENDAR, HELPDESK, changed, "admin", before);
    }

    @Benchmark
    public ClockReplanning.Result replan() {
        ClockReplanning.Result result = replanning.run();
        if (result.changed() != RUNNING_CLOCKS) {
            throw new IllegalStateException("re-planned " + result.changed() + " of " + RUNNING_CLOCKS);
        }
        return result;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        database.close();
    }
}

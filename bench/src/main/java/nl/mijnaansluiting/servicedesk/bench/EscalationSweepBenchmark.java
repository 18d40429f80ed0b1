package nl.mijnaansluiting.servicedesk.bench;

import nl.mijnaansluiting.servicedesk.escalation.EscalationActions;
import nl.mijnaansluiting.servicedesk.escalation.EscalationPlanner;
import nl.mijnaansluiting.servicedesk.escalation.EscalationPolicies;
import nl.mijnaansluiting.servicedesk.escalation.EscalationSweep;
import nl.mijnaansluiting.servicedesk.sandbox.DemoDirectory;
import nl.mijnaansluiting.servicedesk.aohost.HostActiveObjects;
import nl.mijnaansluiting.servicedesk.sandbox.SandboxDatabase;
import nl.mijnaansluiting.servicedesk.sandbox.SandboxRequestDesk;
import nl.mijnaansluiting.servicedesk.sandbox.store.AoServiceRequests;
import nl.mijnaansluiting.servicedesk.sla.SlaSettings;
import nl.mijnaansluiting.servicedesk.store.AoClockStore;
import nl.mijnaansluiting.servicedesk.store.AoEscalationStore;
import nl.mijnaansluiting.servicedesk.text.Messages;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
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
import java.util.concurrent.TimeUnit;

/**
 * The escalation sweep on PostgreSQL (127.0.0.1:5432, its own database ma_bench_sweep, or -Dbench.db): 100 000 open
 * clocks, of which {@code due} need attention now (targets: 1 000 due under 1 second; none due under
 * 50 milliseconds). The due ones are Mitz Prio 1 status updates: each firing writes its log line, its
 * note to apply after commit (a desk action row) and a notification, in its chunk's transaction, as in
 * production; applying the notes (DeskActionDelivery) is the job's next step and not timed here. Before
 * every sweep the fired state is wiped and the due clocks are made due again.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class EscalationSweepBenchmark {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    /** Its own database, dropped and made again: -Dbench.db=NAME (with -jvmArgsAppend) keeps parallel runs apart. */
    private static final String NAME = System.getProperty("bench.db", "ma_bench_sweep");
    private static final int OPEN_CLOCKS = 100_000;

    @Param({"1000", "0"})
    public int due;

    private SandboxDatabase database;
    private EscalationSweep sweep;
    private Instant now;
    private Instant started;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + NAME);
        }
        database = SandboxDatabase.open(SERVER + NAME, "postgres", "");
        now = Instant.now();
        // The due ones started 90 minutes ago on the 24/7 calendar (their hourly update is due); the
        // others 10 minutes ago (next attention in 50 minutes).
        started = now.minus(Duration.ofMinutes(90));
        Instant fresh = now.minus(Duration.ofMinutes(10));
        try (Connection connection = DriverManager.getConnection(SERVER + NAME, "postgres", "")) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO \"AO_536F94_SLA_CLOCK\" (\"REQUEST_KEY\","
                    + " \"METRIC\", \"CLOCK_KEY\", \"CALENDAR_KEY\", \"TARGET_SECONDS\", \"STATE\", \"USED_SECONDS\","
                    + " \"RUNNING_SINCE\", \"DUE_AT\", \"NEXT_ATTENTION\", \"SCHEME_KEY\", \"PRIORITY\")"
                    + " VALUES (?, 'status-update', ?, 'klokuren', 3600, 'RUNNING', 0, ?, ?, ?, 'mitz', '1')")) {
                for (int i = 0; i < OPEN_CLOCKS; i++) {
                    String request = "MA-" + (i + 1);
                    Instant since = i < due ? started : fresh;
                    insert.setString(1, request);
                    insert.setString(2, request + "/status-update");
                    insert.setTimestamp(3, Timestamp.from(since));
                    insert.setTimestamp(4, Timestamp.from(since.plus(Duration.ofHours(1))));
                    insert.setTimestamp(5, Timestamp.from(since.plus(Duration.ofHours(1))));
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
        AoEscalationStore store = new AoEscalationStore(ao);
        EscalationPolicies policies = EscalationPolicies.presets();
        EscalationPlanner planner = new EscalationPlanner(policies, store);
        EscalationActions actions = new EscalationActions(policies, store,
                new SandboxRequestDesk(new AoServiceRequests(ao), Clock.systemUTC()), new DemoDirectory(), new Messages());
        sweep = new EscalationSweep(new AoClockStore(ao), SlaSettings.presets(), planner, store, actions, Clock.systemUTC());
    }

    /** Every sweep meets the same state: nothing fired yet, the due clocks due. */
    @Setup(Level.Invocation)
    public void makeDueAgain() throws Exception {
        try (Connection connection = DriverManager.getConnection(SERVER + NAME, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM \"AO_536F94_ESCALATION_LOG\"");
            statement.execute("DELETE FROM \"AO_536F94_NOTIFICATION\"");
            statement.execute("DELETE FROM \"AO_536F94_SB_COMMENT\"");
            statement.execute("DELETE FROM \"AO_536F94_DESK_ACTION\"");
            try (PreparedStatement update = connection.prepareStatement("UPDATE \"AO_536F94_SLA_CLOCK\" SET \"NEXT_ATTENTION\" = ?"
                    + " WHERE \"RUNNING_SINCE\" = ?")) {
                update.setTimestamp(1, Timestamp.from(started.plus(Duration.ofHours(1))));
                update.setTimestamp(2, Timestamp.from(started));
                update.executeUpdate();
            }
        }
    }

    @Benchmark
    public EscalationSweep.Result sweep() {
        EscalationSweep.Result result = sweep.sweep(now);
        if (result.fired() != due) {
            throw new IllegalStateException("fired " + result.fired() + " of " + due);
        }
        return result;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        database.close();
    }
}

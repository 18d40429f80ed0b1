package nl.mijnaansluiting.servicedesk.bench;

import nl.mijnaansluiting.servicedesk.aohost.HostActiveObjects;
import nl.mijnaansluiting.servicedesk.escalation.EscalationPolicies;
import nl.mijnaansluiting.servicedesk.queue.SlaCondition;
import nl.mijnaansluiting.servicedesk.queue.SlaLozenge;
import nl.mijnaansluiting.servicedesk.queue.SlaQuery;
import nl.mijnaansluiting.servicedesk.queue.SlaQueue;
import nl.mijnaansluiting.servicedesk.queue.SlaState;
import nl.mijnaansluiting.servicedesk.sandbox.SandboxDatabase;
import nl.mijnaansluiting.servicedesk.sla.SlaSettings;
import nl.mijnaansluiting.servicedesk.store.AoSlaIndex;
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
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The queue's SLA query on PostgreSQL (127.0.0.1:5432, its own database ma_bench_queue, or -Dbench.db): 100 000 open
 * requests, each with a met reaction and a running resolution clock, 1 000 of them breached and about 1 700 due
 * within the hour. Targets (issue 14): a page of 50 sorted by due, "breached" and "due within 1 h" (each with its
 * count) under 50 ms; the field values (lozenges) of a page of 50 in one query under 5 ms. The JQL functions' query
 * (every matching key, no page, no count) and one issue's field value, as Jira asks for it, beside them. {@code index=without}
 * drops the queue's indexes (BREACH_AT, SORT_DUE, (STATE, DUE_AT), (METRIC, SORT_DUE)) to show what they buy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SlaQueueBenchmark {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String NAME = System.getProperty("bench.db", "ma_bench_queue");
    private static final int REQUESTS = 100_000;
    private static final int BREACHED = 1_000;

    @Param({"with", "without"})
    public String index;

    private SandboxDatabase database;
    private SlaQueue queue;
    private List<String> page;
    private Instant now;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + NAME);
        }
        database = SandboxDatabase.open(SERVER + NAME, "postgres", "");
        now = Instant.now();
        Timestamp met = Timestamp.from(Instant.parse("9500-01-01T00:00:00Z"));
        try (Connection connection = DriverManager.getConnection(SERVER + NAME, "postgres", "")) {
            connection.setAutoCommit(false);
            try (PreparedStatement clock = connection.prepareStatement("INSERT INTO \"AO_536F94_SLA_CLOCK\" (\"REQUEST_KEY\","
                    + " \"METRIC\", \"CLOCK_KEY\", \"CALENDAR_KEY\", \"TARGET_SECONDS\", \"STATE\", \"USED_SECONDS\","
                    + " \"RUNNING_SINCE\", \"DUE_AT\", \"STOPPED_AT\", \"BREACH_AT\", \"SORT_DUE\", \"SCHEME_KEY\", \"PRIORITY\")"
                    + " VALUES (?, ?, ?, 'klokuren', ?, ?, ?, ?, ?, ?, ?, ?, 'mijn-aansluiting', 'H')");
                 PreparedStatement request = connection.prepareStatement("INSERT INTO \"AO_536F94_SLA_REQUEST\" (\"REQUEST_KEY\","
                         + " \"SORT_DUE\", \"BREACH_AT\", \"RUNNING\", \"PAUSED\", \"MET\") VALUES (?, ?, ?, 1, 0, 1)")) {
                for (int i = 0; i < REQUESTS; i++) {
                    String key = "MA-" + (i + 1);
                    // 1 000 overdue by 1-1000 minutes; the rest due in 1 minute to 100 hours.
                    Instant due = i < BREACHED ? now.minus(Duration.ofMinutes(i + 1)) : now.plus(Duration.ofMinutes(1 + (i % 6000)));
                    Instant since = due.minus(Duration.ofHours(100));
                    clock.setString(1, key);
                    clock.setString(2, "reaction");
                    clock.setString(3, key + "/reaction");
                    clock.setLong(4, 3600);
                    clock.setString(5, "MET");
                    clock.setLong(6, 1800);
                    clock.setTimestamp(7, null);
                    clock.setTimestamp(8, null);
                    clock.setTimestamp(9, Timestamp.from(since.plus(Duration.ofMinutes(30))));
                    clock.setTimestamp(10, null);
                    clock.setTimestamp(11, met);
                    clock.addBatch();
                    clock.setString(2, "resolution");
                    clock.setString(3, key + "/resolution");
                    clock.setLong(4, 360_000);
                    clock.setString(5, "RUNNING");
                    clock.setLong(6, 0);
                    clock.setTimestamp(7, Timestamp.from(since));
                    clock.setTimestamp(8, Timestamp.from(due));
                    clock.setTimestamp(9, null);
                    clock.setTimestamp(10, Timestamp.from(due));
                    clock.setTimestamp(11, Timestamp.from(due));
                    clock.addBatch();
                    request.setString(1, key);
                    request.setTimestamp(2, Timestamp.from(due));
                    request.setTimestamp(3, Timestamp.from(due));
                    request.addBatch();
                    if (i % 5_000 == 4_999) {
                        clock.executeBatch();
                        request.executeBatch();
                    }
                }
                clock.executeBatch();
                request.executeBatch();
            }
            connection.commit();
            if ("without".equals(index)) {
                dropQueueIndexes(connection);
                connection.commit();
            }
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE");
            }
        }
        HostActiveObjects ao = new HostActiveObjects(database.entityManager());
        queue = new SlaQueue(new AoSlaIndex(ao), SlaSettings.presets(), EscalationPolicies.presets(), Clock.fixed(now, ZoneOffset.UTC));
        page = queue.find(SlaQuery.all()).requestKeys();
        if (page.size() != SlaQuery.PAGE_SIZE || queue.find(SlaQuery.all().where(SlaCondition.in(SlaState.BREACHED))).total() != BREACHED) {
            throw new IllegalStateException("the data is not what the benchmark expects");
        }
    }

    /** The indexes the queue added: on BREACH_AT and SORT_DUE of either table, and the two composite ones. */
    private static void dropQueueIndexes(Connection connection) throws Exception {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT indexname FROM pg_indexes WHERE tablename IN"
                     + " ('AO_536F94_SLA_CLOCK', 'AO_536F94_SLA_REQUEST') AND (indexdef LIKE '%BREACH_AT%'"
                     + " OR indexdef LIKE '%SORT_DUE%' OR indexdef LIKE '%DUE_AT%')")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        if (names.size() != 5) {
            throw new IllegalStateException("expected the queue's 5 indexes, found " + names);
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("DROP INDEX \"" + name + "\"");
            }
        }
    }

    @Benchmark
    public SlaQueue.Page pageSortedByDue() {
        return queue.find(SlaQuery.all());
    }

    @Benchmark
    public SlaQueue.Page breached() {
        return queue.find(SlaQuery.all().where(SlaCondition.in(SlaState.BREACHED)));
    }

    @Benchmark
    public SlaQueue.Page dueWithinAnHour() {
        return queue.find(SlaQuery.all().where(SlaCondition.dueWithin(null, Duration.ofHours(1))));
    }

    @Benchmark
    public Map<String, List<SlaLozenge>> fieldValuesOfAPage() {
        return queue.lozenges(page, now);
    }

    /** {@code issue in slaBreached()} in Jira: every breached request's key (1 000), one indexed query (issue 14). */
    @Benchmark
    public List<String> jqlBreached() {
        return queue.requestKeys(SlaCondition.in(SlaState.BREACHED));
    }

    /** {@code issue in slaDueWithin("1h")}: every key, no page, no count. */
    @Benchmark
    public List<String> jqlDueWithinAnHour() {
        return queue.requestKeys(SlaCondition.dueWithin(null, Duration.ofHours(1)));
    }

    /** The SLA field's value of one issue as Jira asks for it (issue by issue). */
    @Benchmark
    public Map<String, List<SlaLozenge>> fieldValueOfOneIssue() {
        return queue.lozenges(List.of(page.get(0)), now);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        database.close();
    }
}

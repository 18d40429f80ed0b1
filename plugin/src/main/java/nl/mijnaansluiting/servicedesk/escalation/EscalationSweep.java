package nl.mijnaansluiting.servicedesk.escalation;

import nl.mijnaansluiting.servicedesk.sla.BusinessCalendar;
import nl.mijnaansluiting.servicedesk.sla.ClockStore;
import nl.mijnaansluiting.servicedesk.sla.SlaClock;
import nl.mijnaansluiting.servicedesk.sla.SlaSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The escalation sweep: reads only the clocks whose next step is due (the index on NEXT_ATTENTION) and
 * fires each due (clock, step) once. Per step it first writes the log line under a unique firing key, then
 * raises the level, writes the hand-over and comment to apply to the request after commit
 * ({@link DeskActionDelivery}) and queues the notifications, and finally plans the clock's next attention,
 * all in the transaction of its chunk of clocks: nothing reaches the request before that commits. A second
 * sweep (another node, a restart) that reaches the same step finds it in the log or fails on the key and
 * rolls back; a sweep that dies halfway leaves its clocks due, so the next sweep fires them.
 */
public class EscalationSweep {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationSweep.class);
    static final int BATCH = 500;
    /** Clocks handled in one transaction. */
    static final int CHUNK = 50;
    /** Transactions at once. */
    static final int WORKERS = 4;

    /** What one sweep did. */
    public record Result(int examined, int fired, int failed) {
    }

    private final ClockStore clocks;
    private final SlaSettings settings;
    private final EscalationPlanner planner;
    private final EscalationStore store;
    private final EscalationActions actions;
    private final Clock clock;
    private final WorkerContext workerContext;

    /** A sweep whose worker threads need no host context (tests, benchmarks). */
    public EscalationSweep(ClockStore clocks, SlaSettings settings, EscalationPlanner planner, EscalationStore store,
                           EscalationActions actions, Clock clock) {
        this(clocks, settings, planner, store, actions, clock, WorkerContext.PLAIN);
    }

    /** @param workerContext the host's thread context around each chunk on a worker thread (Jira's thread locals) */
    public EscalationSweep(ClockStore clocks, SlaSettings settings, EscalationPlanner planner, EscalationStore store,
                           EscalationActions actions, Clock clock, WorkerContext workerContext) {
        this.clocks = clocks;
        this.settings = settings;
        this.planner = planner;
        this.store = store;
        this.actions = actions;
        this.clock = clock;
        this.workerContext = workerContext;
    }

    public Result sweep() {
        return sweep(clock.instant());
    }

    public Result sweep(Instant now) {
        Set<String> seen = new HashSet<>();
        int examined = 0;
        int fired = 0;
        int failed = 0;
        while (true) {
            // Clocks handled leave the index (their next step lies ahead); failed ones stay, so read past them.
            int limit = BATCH + failed;
            List<ClockStore.StoredClock> due = clocks.needingAttentionBefore(now.plusMillis(1), limit);
            List<ClockStore.StoredClock> fresh = new ArrayList<>();
            for (ClockStore.StoredClock stored : due) {
                if (seen.add(stored.clockKey())) {
                    fresh.add(stored);
                }
            }
            if (fresh.isEmpty()) {
                break;
            }
            examined += fresh.size();
            List<List<ClockStore.StoredClock>> chunks = new ArrayList<>();
            for (int from = 0; from < fresh.size(); from += CHUNK) {
                chunks.add(fresh.subList(from, Math.min(fresh.size(), from + CHUNK)));
            }
            for (int[] outcome : inParallel(chunks, chunk -> fireChunk(chunk, now))) {
                fired += outcome[0];
                failed += outcome[1];
            }
            if (due.size() < limit) {
                break;
            }
        }
        if (fired > 0 || failed > 0) {
            LOG.info("Escalation sweep: {} clocks due, {} steps fired, {} failed", examined, fired, failed);
        }
        return new Result(examined, fired, failed);
    }

    /** Fires a chunk in one transaction; returns {fired, failed}. */
    private int[] fireChunk(List<ClockStore.StoredClock> chunk, Instant now) {
        try {
            // Many clocks per transaction: one commit instead of one per clock.
            return new int[] {store.inTransaction(() -> fireDue(chunk, now)), 0};
        } catch (RuntimeException chunkFailed) {
            // Rolled back whole; one by one now, so one clock's trouble does not hold up the rest.
            int fired = 0;
            int failed = 0;
            for (ClockStore.StoredClock stored : chunk) {
                try {
                    fired += store.inTransaction(() -> fireDue(List.of(stored), now));
                } catch (RuntimeException e) {
                    // Another node fired it first (unique firing key), or the database failed: the
                    // clock stays due and the next sweep looks again; nothing half-done remains.
                    failed++;
                    LOG.warn("Escalation of {} not fired this sweep: {}", stored.clockKey(), e.getMessage());
                }
            }
            return new int[] {fired, failed};
        }
    }

    /**
     * The chunks on a few threads, each in its own transaction: the work waits on database round trips,
     * not on the processor. Two chunks touching one request conflict at worst, and fall back one by one.
     * A worker runs each chunk inside the host's thread context (the caller's thread has its own already).
     */
    private List<int[]> inParallel(List<List<ClockStore.StoredClock>> chunks,
                                   java.util.function.Function<List<ClockStore.StoredClock>, int[]> work) {
        if (chunks.size() <= 1) {
            List<int[]> results = new ArrayList<>();
            chunks.forEach(chunk -> results.add(work.apply(chunk)));
            return results;
        }
        java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(
                Math.min(WORKERS, chunks.size()), runnable -> {
                    Thread thread = new Thread(runnable, "escalation-sweep-worker");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<java.util.concurrent.Future<int[]>> futures = new ArrayList<>();
            // Wrapped here, on the sweep's own thread, so each worker runs with this thread's host context.
            chunks.forEach(chunk -> futures.add(workers.submit(workerContext.handOver(() -> work.apply(chunk)))));
            List<int[]> results = new ArrayList<>();
            for (java.util.concurrent.Future<int[]> future : futures) {
                try {
                    results.add(future.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("sweep interrupted", e);
                }
            }
            return results;
        } finally {
            workers.shutdownNow();
        }
    }

    /** Fires the due steps of these clocks and plans their next attention; runs inside one transaction. */
    private int fireDue(List<ClockStore.StoredClock> due, Instant now) {
        List<String> keys = new ArrayList<>();
        due.forEach(c -> keys.add(c.clockKey()));
        // Read again inside the transaction: an agent may have stopped or paused them since the query.
        java.util.Map<String, Set<String>> fired = store.firedKeys(keys);
        int count = 0;
        java.util.Map<String, Instant> next = new java.util.HashMap<>();
        List<ClockStore.StoredClock> current = clocks.withKeys(keys);
        java.util.Map<String, EscalationLevel> levels = new java.util.HashMap<>();
        List<String> requests = new ArrayList<>();
        current.forEach(c -> requests.add(c.requestKey()));
        levels.putAll(store.levels(requests));
        requests.forEach(r -> levels.putIfAbsent(r, EscalationLevel.SERVICE_DESK));
        for (ClockStore.StoredClock stored : current) {
            count += fireDue(stored, fired.getOrDefault(stored.clockKey(), Set.of()), now, next, levels);
        }
        clocks.setNextAttention(next);
        return count;
    }

    private int fireDue(ClockStore.StoredClock stored, Set<String> firedBefore, Instant now, java.util.Map<String, Instant> next,
                        java.util.Map<String, EscalationLevel> levels) {
        BusinessCalendar calendar = settings.current().calendar(stored.calendarKey());
        int fired = 0;
        if (stored.clock().state() == SlaClock.State.RUNNING) {
            Set<String> firedKeys = new HashSet<>(firedBefore);
            for (EscalationStep step : planner.steps(stored)) {
                int round = dueRound(stored, calendar, step, firedKeys, now);
                if (round >= 0) {
                    String key = EscalationPlanner.firingKey(stored, step, round);
                    actions.fire(stored, step, round, key, now, levels);
                    firedKeys.add(key);
                    fired++;
                }
            }
            next.put(stored.clockKey(), planner.nextAttention(stored, calendar, firedKeys).orElse(null));
            return fired;
        }
        next.put(stored.clockKey(), null);
        return fired;
    }

    /**
     * The round of a step that is due at {@code now}, or -1. A repeating step that fell behind (the sweep
     * was down for hours) fires its latest due round only: one reminder, not a burst of stale ones.
     */
    private static int dueRound(ClockStore.StoredClock stored, BusinessCalendar calendar, EscalationStep step,
                                Set<String> fired, Instant now) {
        int round = EscalationPlanner.nextRound(stored, step, fired);
        if (round < 0 || !isDue(stored, calendar, step.shareAt(round), now)) {
            return -1;
        }
        if (step.repeats()) {
            int limit = round + 10_000;
            while (round < limit && isDue(stored, calendar, step.shareAt(round + 1), now)) {
                round++;
            }
        }
        return round;
    }

    private static boolean isDue(ClockStore.StoredClock stored, BusinessCalendar calendar, double share, Instant now) {
        return stored.clock().momentAtShare(calendar, share).map(moment -> !moment.isAfter(now)).orElse(false);
    }
}

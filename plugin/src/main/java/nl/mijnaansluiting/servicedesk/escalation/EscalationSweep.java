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
import java.util.Optional;
import java.util.Set;

/**
 * The escalation sweep: reads only the clocks whose next step is due (the index on NEXT_ATTENTION) and
 * fires each due (clock, step) once. Each clock is handled in one transaction that first writes the
 * step's log line under a unique firing key, then raises the level, reassigns, comments, queues the
 * notifications and plans the clock's next attention. A second sweep (another node, a restart) that
 * reaches the same step finds it in the log or fails on the key and rolls back; a sweep that dies
 * halfway leaves the clock due, so the next sweep fires it.
 */
public class EscalationSweep {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationSweep.class);
    static final int BATCH = 500;

    /** What one sweep did. */
    public record Result(int examined, int fired, int failed) {
    }

    private final ClockStore clocks;
    private final SlaSettings settings;
    private final EscalationPlanner planner;
    private final EscalationStore store;
    private final EscalationActions actions;
    private final Clock clock;

    public EscalationSweep(ClockStore clocks, SlaSettings settings, EscalationPlanner planner, EscalationStore store,
                           EscalationActions actions, Clock clock) {
        this.clocks = clocks;
        this.settings = settings;
        this.planner = planner;
        this.store = store;
        this.actions = actions;
        this.clock = clock;
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
            for (ClockStore.StoredClock stored : fresh) {
                examined++;
                try {
                    fired += store.inTransaction(() -> fireDue(stored.requestKey(), stored.clock().metric(), now));
                } catch (RuntimeException e) {
                    // Another node fired it first (unique firing key), or the database failed: the clock
                    // stays due and the next sweep looks again; nothing half-done remains.
                    failed++;
                    LOG.warn("Escalation of {} not fired this sweep: {}", stored.clockKey(), e.getMessage());
                }
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

    /** Fires the clock's due steps and plans its next attention; runs inside the transaction. */
    private int fireDue(String requestKey, String metric, Instant now) {
        // Read again inside the transaction: an agent may have stopped or paused it since the query.
        Optional<ClockStore.StoredClock> current = clocks.of(requestKey).stream()
                .filter(c -> c.clock().metric().equals(metric)).findFirst();
        if (current.isEmpty()) {
            return 0;
        }
        ClockStore.StoredClock stored = current.get();
        BusinessCalendar calendar = settings.current().calendar(stored.calendarKey());
        int fired = 0;
        if (stored.clock().state() == SlaClock.State.RUNNING) {
            Set<String> firedKeys = store.firedKeys(stored.clockKey());
            for (EscalationStep step : planner.steps(stored)) {
                int round = dueRound(stored, calendar, step, firedKeys, now);
                if (round >= 0) {
                    actions.fire(stored, step, round, EscalationPlanner.firingKey(stored, step, round), now);
                    fired++;
                }
            }
        }
        clocks.setNextAttention(stored.clockKey(), planner.nextAttention(stored, calendar).orElse(null));
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

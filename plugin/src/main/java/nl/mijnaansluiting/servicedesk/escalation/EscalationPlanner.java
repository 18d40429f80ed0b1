package nl.mijnaansluiting.servicedesk.escalation;

import nl.mijnaansluiting.servicedesk.sla.AttentionPlanner;
import nl.mijnaansluiting.servicedesk.sla.BusinessCalendar;
import nl.mijnaansluiting.servicedesk.sla.ClockStore;
import nl.mijnaansluiting.servicedesk.sla.SlaClock;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When the sweep must look at a clock next: the moment its earliest step that has not fired yet is due
 * (75 % of the target, 100 %, the next hourly status update). A clock that does not run, or whose steps
 * all fired, leaves the sweep's index until it changes again.
 */
public class EscalationPlanner implements AttentionPlanner {

    private final EscalationPolicies policies;
    private final EscalationStore store;

    public EscalationPlanner(EscalationPolicies policies, EscalationStore store) {
        this.policies = policies;
        this.store = store;
    }

    @Override
    public Optional<Instant> nextAttention(ClockStore.StoredClock stored, BusinessCalendar calendar) {
        if (stored.clock().state() != SlaClock.State.RUNNING) {
            return Optional.empty();
        }
        List<EscalationStep> steps = steps(stored);
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        return nextAttention(stored, calendar, store.firedKeys(stored.clockKey()));
    }

    /** As {@link #nextAttention(ClockStore.StoredClock, BusinessCalendar)}, with the clock's fired keys already read. */
    public Optional<Instant> nextAttention(ClockStore.StoredClock stored, BusinessCalendar calendar, Set<String> fired) {
        if (stored.clock().state() != SlaClock.State.RUNNING) {
            return Optional.empty();
        }
        List<EscalationStep> steps = steps(stored);
        Instant earliest = null;
        for (EscalationStep step : steps) {
            int round = nextRound(stored, step, fired);
            if (round < 0) {
                continue;
            }
            Optional<Instant> moment = stored.clock().momentAtShare(calendar, step.shareAt(round));
            if (moment.isPresent() && (earliest == null || moment.get().isBefore(earliest))) {
                earliest = moment.get();
            }
        }
        return Optional.ofNullable(earliest);
    }

    /** Many clocks at once: their fired steps read in one query. */
    @Override
    public java.util.Map<String, Optional<Instant>> nextAttention(List<ClockStore.StoredClock> clocks,
                                                                 java.util.function.Function<ClockStore.StoredClock, BusinessCalendar> calendars) {
        List<String> keys = new java.util.ArrayList<>();
        clocks.stream().filter(c -> c.clock().state() == SlaClock.State.RUNNING).forEach(c -> keys.add(c.clockKey()));
        java.util.Map<String, Set<String>> fired = keys.isEmpty() ? java.util.Map.of() : store.firedKeys(keys);
        java.util.Map<String, Optional<Instant>> next = new java.util.HashMap<>();
        for (ClockStore.StoredClock c : clocks) {
            next.put(c.clockKey(), nextAttention(c, calendars.apply(c), fired.getOrDefault(c.clockKey(), Set.of())));
        }
        return next;
    }

    /** The policy's steps for the clock's goal, lowest share first; none without a policy. */
    List<EscalationStep> steps(ClockStore.StoredClock stored) {
        return policies.of(stored.schemeKey().orElse(null))
                .map(p -> p.stepsFor(stored.clock().metric(), stored.priority().orElse("")))
                .orElse(List.of());
    }

    /** "request/metric#step#round": the log's unique key for one firing. */
    static String firingKey(ClockStore.StoredClock stored, EscalationStep step, int round) {
        return stored.clockKey() + "#" + step.id() + "#" + round;
    }

    /** The round that fires next: 0 when none did, -1 when a one-off step fired; after the last fired round for a repeating one. */
    static int nextRound(ClockStore.StoredClock stored, EscalationStep step, Set<String> fired) {
        String prefix = stored.clockKey() + "#" + step.id() + "#";
        int next = 0;
        for (String key : fired) {
            if (key.startsWith(prefix)) {
                try {
                    next = Math.max(next, Integer.parseInt(key.substring(prefix.length())) + 1);
                } catch (NumberFormatException e) {
                    // not one of ours
                }
            }
        }
        return next > 0 && !step.repeats() ? -1 : next;
    }
}

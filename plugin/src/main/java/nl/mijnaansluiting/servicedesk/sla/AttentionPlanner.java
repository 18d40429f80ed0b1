package nl.mijnaansluiting.servicedesk.sla;

import java.util.Optional;

/**
 * When the sweep must look at a clock next. Without escalation that is its due moment while it runs;
 * the escalation policies plan the moment of the clock's next step that has not fired yet.
 */
@FunctionalInterface
public interface AttentionPlanner {

    /** Empty: the sweep need not look at it until it changes again. */
    Optional<java.time.Instant> nextAttention(ClockStore.StoredClock clock, BusinessCalendar calendar);

    /**
     * The next attention of many clocks at once (a re-plan's chunk), by clock key; planners that read
     * anything per clock read it for all of them in one query.
     */
    default java.util.Map<String, Optional<java.time.Instant>> nextAttention(java.util.List<ClockStore.StoredClock> clocks,
                                                                          java.util.function.Function<ClockStore.StoredClock, BusinessCalendar> calendars) {
        java.util.Map<String, Optional<java.time.Instant>> next = new java.util.HashMap<>();
        clocks.forEach(c -> next.put(c.clockKey(), nextAttention(c, calendars.apply(c))));
        return next;
    }

    /** A running clock at its due moment; paused and stopped ones never. */
    AttentionPlanner AT_DUE = (stored, calendar) -> stored.clock().state() == SlaClock.State.RUNNING
            ? stored.clock().dueAt() : Optional.empty();
}

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

    /** A running clock at its due moment; paused and stopped ones never. */
    AttentionPlanner AT_DUE = (stored, calendar) -> stored.clock().state() == SlaClock.State.RUNNING
            ? stored.clock().dueAt() : Optional.empty();
}

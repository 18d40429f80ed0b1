package nl.mijnaansluiting.servicedesk.queue;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One condition on a request's SLA: a goal in a state, or a running goal that becomes overdue within a given
 * working time (counted in that goal's own calendar); for one goal ("resolution") or for any of them.
 */
public final class SlaCondition {

    /** The longest "due within" a queue asks for: a year of clock hours. */
    public static final Duration MAX_WITHIN = Duration.ofDays(366);

    private final String goal;
    private final SlaState state;
    private final Duration dueWithin;

    private SlaCondition(String goal, SlaState state, Duration dueWithin) {
        this.goal = goal == null || goal.isBlank() ? null : goal;
        this.state = state;
        this.dueWithin = dueWithin;
    }

    /** Any goal in this state. */
    public static SlaCondition in(SlaState state) {
        return in(null, state);
    }

    /** The goal {@code goal} (any goal when null) in this state. */
    public static SlaCondition in(String goal, SlaState state) {
        return new SlaCondition(goal, Objects.requireNonNull(state, "state"), null);
    }

    /** A running goal (any when null) not yet overdue that becomes overdue within this working time. */
    public static SlaCondition dueWithin(String goal, Duration workingTime) {
        Objects.requireNonNull(workingTime, "workingTime");
        if (workingTime.isNegative() || workingTime.compareTo(MAX_WITHIN) > 0) {
            throw new IllegalArgumentException("due within must lie between 0 and " + MAX_WITHIN + ": " + workingTime);
        }
        return new SlaCondition(goal, null, workingTime);
    }

    /** The goal's metric ("resolution"); empty: any goal of the request. */
    public Optional<String> goal() {
        return Optional.ofNullable(goal);
    }

    /** The state asked for; empty for "due within". */
    public Optional<SlaState> state() {
        return Optional.ofNullable(state);
    }

    /** The working time asked for; empty for a state. */
    public Optional<Duration> dueWithin() {
        return Optional.ofNullable(dueWithin);
    }

    @Override
    public String toString() {
        return (goal == null ? "any goal" : goal) + " " + (state != null ? state.name() : "due within " + dueWithin);
    }
}

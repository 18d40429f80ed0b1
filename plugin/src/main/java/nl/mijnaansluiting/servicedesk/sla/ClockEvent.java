package nl.mijnaansluiting.servicedesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step in the life of one clock, as it is kept for good: what happened (started, paused, re-planned,
 * recalculated, ...), the moment it counts from, who or what caused it, and the clock before and after. The
 * steps a request went through (start, pause, resume, stop, reopen, priority) are what a recalculation
 * replays; re-planning and recalculation add steps of their own and never remove one.
 *
 * @param kind       what happened
 * @param at         the moment it took effect (a re-plan: when the configuration changed)
 * @param cause      who or what caused it
 * @param stateBefore the clock's state before (null for a start)
 * @param dueBefore  the due moment before (null: none, not running)
 * @param usedBefore working time used before, as stored (null for a start)
 * @param after      the clock after the step (for a step that could not be carried out: as it stayed)
 * @param calendarKey the calendar the clock counts on after the step
 * @param schemeKey  the goal's scheme after the step
 * @param priority   the goal's priority level after the step (null: every priority)
 * @param eventKey   unique per step; a re-plan's key names the change and the clock, so it is written once
 */
public record ClockEvent(String requestKey, String metric, Kind kind, Instant at, Cause cause,
                         SlaClock.State stateBefore, Instant dueBefore, Duration usedBefore, SlaClock after,
                         String calendarKey, String schemeKey, String priority, String eventKey) {

    /** What happened to the clock. */
    public enum Kind {
        START, PAUSE, RESUME, STOP, REOPEN,
        /** Another priority level came in force: another target. */
        PRIORITY,
        /** A calendar or goal set it uses changed: counted on in the new one from that moment. */
        REPLAN,
        /** A change of configuration reached the clock, but it could not follow (its goal is gone). */
        REPLAN_FAILED,
        /** Recalculated from its recorded steps with the configuration of that day. */
        RECALCULATED;

        /** The steps of the work itself, which a recalculation replays; the rest are outcomes of configuration. */
        public boolean isReplayed() {
            return this != REPLAN && this != REPLAN_FAILED && this != RECALCULATED;
        }
    }

    /**
     * Who or what caused a step: a workflow transition or an agent (with who), the customer, a priority
     * change, an admin's change of configuration or recalculation (with who and what), or the add-on itself.
     *
     * @param detail what exactly: the transition's action, the new level, "calendar:helpdesk-mijn-aansluiting"
     */
    public record Cause(Type type, String actor, String detail) {

        /** Kinds of causes, shown to agents in their words. */
        public enum Type { TRANSITION, AGENT, CUSTOMER, PRIORITY, CONFIGURATION, RECALCULATION, SYSTEM }

        public Cause {
            Objects.requireNonNull(type, "type");
        }

        public static Cause transition(String actor, String detail) {
            return new Cause(Type.TRANSITION, actor, detail);
        }

        public static Cause agent(String actor) {
            return new Cause(Type.AGENT, actor, null);
        }

        public static Cause customer(String actor) {
            return new Cause(Type.CUSTOMER, actor, null);
        }

        public static Cause priority(String actor, String level) {
            return new Cause(Type.PRIORITY, actor, level);
        }

        public static Cause configuration(String actor, String what) {
            return new Cause(Type.CONFIGURATION, actor, what);
        }

        public static Cause recalculation(String actor, String scope) {
            return new Cause(Type.RECALCULATION, actor, scope);
        }

        /** The add-on itself (a request created, a goal started by another goal's end). */
        public static Cause system() {
            return new Cause(Type.SYSTEM, null, null);
        }

        public Optional<String> actorName() {
            return Optional.ofNullable(actor);
        }

        public Optional<String> detailText() {
            return Optional.ofNullable(detail);
        }
    }

    public ClockEvent {
        Objects.requireNonNull(requestKey, "requestKey");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(calendarKey, "calendarKey");
        Objects.requireNonNull(eventKey, "eventKey");
    }

    /** A step from {@code before} (null for a start) to {@code after}, under a fresh unique key. */
    public static ClockEvent of(ClockStore.StoredClock before, ClockStore.StoredClock after, Kind kind, Instant at, Cause cause) {
        return of(before, after, kind, at, cause, java.util.UUID.randomUUID().toString());
    }

    public static ClockEvent of(ClockStore.StoredClock before, ClockStore.StoredClock after, Kind kind, Instant at, Cause cause,
                                String eventKey) {
        SlaClock was = before == null ? null : before.clock();
        return new ClockEvent(after.requestKey(), after.clock().metric(), kind, at, cause,
                was == null ? null : was.state(), was == null ? null : was.dueAt().orElse(null),
                was == null ? null : was.used(), after.clock(), after.calendarKey(), after.schemeKey().orElse(null),
                after.priority().orElse(null), eventKey);
    }

    /** "request/metric": the clock this step belongs to. */
    public String clockKey() {
        return requestKey + "/" + metric;
    }

    public Optional<Instant> dueAfter() {
        return after.dueAt();
    }
}

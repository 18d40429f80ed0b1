package nl.mijnaansluiting.servicedesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The clock of one goal on one request: how much working time it has used, whether it runs, and when
 * it is due. Immutable: every event gives the next clock. Working time is counted on the goal's
 * calendar, which the caller passes in, so a stored clock needs only its numbers.
 */
public final class SlaClock {

    /** Where the clock stands: counting, paused (waiting for the customer), met in time, or past its target. */
    public enum State { RUNNING, PAUSED, MET, BREACHED }

    private final String metric;
    private final Duration target;
    private final State state;
    private final Duration used;
    private final Instant runningSince;
    private final Instant dueAt;
    private final Instant stoppedAt;
    /** Set for a major incident's status updates: due moments follow the rhythm, not working time. */
    private final StatusRhythm rhythm;

    private SlaClock(String metric, Duration target, State state, Duration used, Instant runningSince, Instant dueAt) {
        this(metric, target, state, used, runningSince, dueAt, null, null);
    }

    private SlaClock(String metric, Duration target, State state, Duration used, Instant runningSince, Instant dueAt,
                     Instant stoppedAt) {
        this(metric, target, state, used, runningSince, dueAt, stoppedAt, null);
    }

    private SlaClock(String metric, Duration target, State state, Duration used, Instant runningSince, Instant dueAt,
                     Instant stoppedAt, StatusRhythm rhythm) {
        this.rhythm = rhythm;
        this.metric = Objects.requireNonNull(metric);
        this.target = Objects.requireNonNull(target);
        this.state = Objects.requireNonNull(state);
        this.used = Objects.requireNonNull(used);
        this.runningSince = runningSince;
        this.dueAt = dueAt;
        this.stoppedAt = stoppedAt;
    }

    /** A clock that starts running at {@code at}. */
    public static SlaClock start(String metric, Duration target, BusinessCalendar calendar, Instant at) {
        return new SlaClock(metric, target, State.RUNNING, Duration.ZERO, at, calendar.dueAt(at, target));
    }

    /** A clock for a goal's target that starts running at {@code at}: working time, or a status rhythm. */
    public static SlaClock start(String metric, Target target, BusinessCalendar calendar, Instant at) {
        StatusRhythm rhythm = target.rhythm().orElse(null);
        return new SlaClock(metric, target.on(calendar), State.RUNNING, Duration.ZERO, at, target.dueAt(calendar, at), null, rhythm);
    }

    /** A stored clock, as it was saved, with its status rhythm (null for a clock of working time). */
    public static SlaClock restore(String metric, Duration target, State state, Duration used, Instant runningSince,
                                   Instant dueAt, Instant stoppedAt, StatusRhythm rhythm) {
        return new SlaClock(metric, target, state, used, runningSince, dueAt, stoppedAt, rhythm);
    }

    /** A stored clock, as it was saved. */
    public static SlaClock restore(String metric, Duration target, State state, Duration used, Instant runningSince,
                                   Instant dueAt) {
        return new SlaClock(metric, target, state, used, runningSince, dueAt);
    }

    /** A stored clock, as it was saved, with the moment it stopped (met or breached). */
    public static SlaClock restore(String metric, Duration target, State state, Duration used, Instant runningSince,
                                   Instant dueAt, Instant stoppedAt) {
        return new SlaClock(metric, target, state, used, runningSince, dueAt, stoppedAt);
    }

    /** Waiting for the customer: the working time so far is kept, nothing more counts. */
    public SlaClock pause(BusinessCalendar calendar, Instant at) {
        if (state != State.RUNNING) {
            return this;
        }
        return new SlaClock(metric, target, State.PAUSED, usedUntil(calendar, at), null, null, null, rhythm);
    }

    /** The customer answered: counting goes on from {@code at}. */
    public SlaClock resume(BusinessCalendar calendar, Instant at) {
        if (state != State.PAUSED) {
            return this;
        }
        return running(calendar, target, used, at);
    }

    /** The goal is reached (responded, resolved): met when within the target, breached otherwise. */
    public SlaClock stop(BusinessCalendar calendar, Instant at) {
        if (state == State.MET || state == State.BREACHED) {
            return this;
        }
        Duration total = state == State.RUNNING ? usedUntil(calendar, at) : used;
        if (rhythm != null) {
            // Status updates end with the incident: a reminder, not a goal that is met or missed.
            return new SlaClock(metric, target, State.MET, total, null, null, at, rhythm);
        }
        return new SlaClock(metric, target, total.compareTo(target) <= 0 ? State.MET : State.BREACHED, total, null, null, at);
    }

    /** Reopened: counting goes on from {@code at}, with the time already used. */
    public SlaClock reopen(BusinessCalendar calendar, Instant at) {
        if (state != State.MET && state != State.BREACHED) {
            return this;
        }
        return running(calendar, target, used, at);
    }

    /** The priority changed: the new target applies to the working time already used. */
    public SlaClock retarget(Duration newTarget, BusinessCalendar calendar, Instant at) {
        switch (state) {
            case RUNNING:
                return running(calendar, newTarget, usedUntil(calendar, at), at);
            case PAUSED:
                return new SlaClock(metric, newTarget, State.PAUSED, used, null, null, null, rhythm);
            default:
                return new SlaClock(metric, newTarget, rhythm != null || used.compareTo(newTarget) <= 0 ? State.MET : State.BREACHED, used,
                        null, null, stoppedAt, rhythm);
        }
    }

    /**
     * The calendar or the goal under the clock changed at {@code at}: the working time used until then stays as
     * {@code oldCalendar} counted it, and from then on {@code newCalendar} counts against {@code newTarget}. A
     * clock that started or resumed after the change counts in the new calendar from then. A paused clock keeps
     * its pause and its time; a met or breached one is left alone (a recalculation reaches those).
     */
    public SlaClock replan(BusinessCalendar oldCalendar, BusinessCalendar newCalendar, Duration newTarget, Instant at) {
        switch (state) {
            case RUNNING:
                Instant from = runningSince.isAfter(at) ? runningSince : at;
                return running(newCalendar, newTarget, used.plus(oldCalendar.workingTimeBetween(runningSince, from)), from);
            case PAUSED:
                return new SlaClock(metric, newTarget, State.PAUSED, used, null, null);
            default:
                return this;
        }
    }

    /** Same state, time, target and due moment: a re-plan that changes nothing is not a step. */
    public boolean sameAs(SlaClock other) {
        return other != null && metric.equals(other.metric) && target.equals(other.target) && state == other.state
                && Objects.equals(dueAt, other.dueAt) && Objects.equals(stoppedAt, other.stoppedAt)
                && usedIfStopped().equals(other.usedIfStopped());
    }

    /** Used time compared for sameness: a running clock's moves with its running-since, so only its due moment counts. */
    private Duration usedIfStopped() {
        return state == State.RUNNING ? Duration.ZERO : used;
    }

    private SlaClock running(BusinessCalendar calendar, Duration goal, Duration usedSoFar, Instant at) {
        if (rhythm != null) {
            return new SlaClock(metric, goal, State.RUNNING, usedSoFar, at, rhythm.next(calendar, at), null, rhythm);
        }
        Duration left = goal.minus(usedSoFar);
        Instant due = left.isNegative() || left.isZero() ? at : calendar.dueAt(at, left);
        return new SlaClock(metric, goal, State.RUNNING, usedSoFar, at, due);
    }

    private Duration usedUntil(BusinessCalendar calendar, Instant at) {
        return used.plus(calendar.workingTimeBetween(runningSince, at));
    }

    /** Working time used up to {@code now}. */
    public Duration usedAt(BusinessCalendar calendar, Instant now) {
        return state == State.RUNNING ? usedUntil(calendar, now) : used;
    }

    /** Working time left at {@code now}; negative once the goal is overdue. For a status rhythm: until the next status. */
    public Duration remainingAt(BusinessCalendar calendar, Instant now) {
        if (rhythm != null && state == State.RUNNING) {
            return Duration.between(now, nextDueAfter(calendar, now).orElse(now));
        }
        return target.minus(usedAt(calendar, now));
    }

    /**
     * The next due moment after {@code now}: the due moment, or for a status rhythm the next status in its
     * sequence (the reminders repeat). Empty when the clock does not run.
     */
    public Optional<Instant> nextDueAfter(BusinessCalendar calendar, Instant now) {
        if (state != State.RUNNING) {
            return Optional.empty();
        }
        return Optional.of(rhythm != null ? rhythm.nextAfter(calendar, runningSince, now) : dueAt);
    }

    /** The status rhythm of a major incident's status-update clock; empty for a clock of working time. */
    public Optional<StatusRhythm> rhythm() {
        return Optional.ofNullable(rhythm);
    }

    /** Overdue at {@code now}: breached when stopped, or running or paused past the target; never for a status rhythm. */
    public boolean isBreachedAt(BusinessCalendar calendar, Instant now) {
        if (rhythm != null) {
            // Reminders that repeat at every status moment: nothing is ever "missed" (the compliance report skips them).
            return false;
        }
        return state == State.BREACHED || (state != State.MET && usedAt(calendar, now).compareTo(target) > 0);
    }

    /**
     * When a running clock reaches {@code share} of its target (0.75: the warning; 1.0: the due moment):
     * what an escalation sweep indexes on. Empty when the clock does not run.
     */
    public Optional<Instant> momentAtShare(BusinessCalendar calendar, double share) {
        if (state != State.RUNNING) {
            return Optional.empty();
        }
        if (rhythm != null) {
            // Share 1.0 is the first status, 2.0 the second, ...; a fraction lies between two of them.
            long whole = (long) Math.floor(share);
            Instant before = rhythm.moment(calendar, runningSince, whole);
            double fraction = share - whole;
            if (fraction < 1e-9) {
                return Optional.of(before);
            }
            Instant after = rhythm.next(calendar, before);
            return Optional.of(before.plusSeconds(Math.round(Duration.between(before, after).getSeconds() * fraction)));
        }
        Duration atShare = Duration.ofSeconds(Math.round(target.getSeconds() * share));
        Duration left = atShare.minus(used);
        return Optional.of(left.isNegative() || left.isZero() ? runningSince : calendar.dueAt(runningSince, left));
    }

    public String metric() {
        return metric;
    }

    public Duration target() {
        return target;
    }

    public State state() {
        return state;
    }

    /** Working time used until the clock last stopped or paused (while running, add the time since {@link #runningSince()}). */
    public Duration used() {
        return used;
    }

    public Optional<Instant> runningSince() {
        return Optional.ofNullable(runningSince);
    }

    /** When the goal was met or breached; empty while it runs or waits. */
    public Optional<Instant> stoppedAt() {
        return Optional.ofNullable(stoppedAt);
    }

    /** When it is due, while it runs. */
    public Optional<Instant> dueAt() {
        return Optional.ofNullable(dueAt);
    }
}

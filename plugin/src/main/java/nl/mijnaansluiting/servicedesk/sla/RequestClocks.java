package nl.mijnaansluiting.servicedesk.sla;

import nl.mijnaansluiting.servicedesk.priority.PriorityListener;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Starts the clocks of a new request from its scheme's goals for its priority and keeps them. Goals
 * that start later are left for their event: the RCA of a Mitz Prio 1 starts when it is resolved.
 */
public class RequestClocks implements PriorityListener {

    /**
     * Waiting for the customer pauses these; the datalek report to the AP, the RCA and a major incident's
     * status updates never pause.
     */
    private static final Set<String> PAUSABLE = Set.of(Goal.REACTION, Goal.RESOLUTION, Goal.ANSWER);

    private final SlaSettings settings;
    private final ClockStore store;
    private final AttentionPlanner planner;

    public RequestClocks(SlaSettings settings, ClockStore store) {
        this(settings, store, AttentionPlanner.AT_DUE);
    }

    /** @param planner when the sweep looks at a clock next (the escalation policies' next step) */
    public RequestClocks(SlaSettings settings, ClockStore store, AttentionPlanner planner) {
        this.settings = settings;
        this.store = store;
        this.planner = planner;
    }

    public static RequestClocks presets(ClockStore store) {
        return new RequestClocks(SlaSettings.presets(), store);
    }

    /** As {@link #start(String, String, String, String, Instant, ClockEvent.Cause)}, caused by the add-on itself. */
    public void start(String requestKey, String schemeKey, String priority, String kind, Instant createdAt) {
        start(requestKey, schemeKey, priority, kind, createdAt, ClockEvent.Cause.system());
    }

    /** Starts every goal that runs from creation; {@code kind} selects goals meant for one kind ("datalek"). */
    public void start(String requestKey, String schemeKey, String priority, String kind, Instant createdAt, ClockEvent.Cause by) {
        SlaScheme scheme = settings.current().scheme(schemeKey);
        if (scheme == null) {
            return;
        }
        for (Goal goal : scheme.goalsFor(priority)) {
            if (Goal.startsAtResolution(goal.metric()) || goal.onlyFor().filter(only -> !only.equals(kind)).isPresent()) {
                continue;
            }
            BusinessCalendar calendar = calendar(goal.calendarKey());
            SlaClock clock = SlaClock.start(goal.metric(), goal.target(), calendar, createdAt);
            started(new ClockStore.StoredClock(requestKey, calendar.key(), clock, schemeKey, priority), calendar, createdAt, by);
        }
    }

    /** As {@link #reacted(String, Instant, ClockEvent.Cause)}, caused by the add-on itself. */
    public void reacted(String requestKey, Instant at) {
        reacted(requestKey, at, ClockEvent.Cause.system());
    }

    /** An agent responded or took the request into handling: the reaction goal is reached. */
    public void reacted(String requestKey, Instant at, ClockEvent.Cause by) {
        change(requestKey, Set.of(Goal.REACTION), ClockEvent.Kind.STOP, at, by, (clock, calendar) -> clock.stop(calendar, at));
    }

    /** As {@link #waitingForCustomer(String, Instant, ClockEvent.Cause)}, caused by the add-on itself. */
    public void waitingForCustomer(String requestKey, Instant at) {
        waitingForCustomer(requestKey, at, ClockEvent.Cause.system());
    }

    /** Waiting for the customer: reaction and resolution stop counting. */
    public void waitingForCustomer(String requestKey, Instant at, ClockEvent.Cause by) {
        change(requestKey, PAUSABLE, ClockEvent.Kind.PAUSE, at, by, (clock, calendar) -> clock.pause(calendar, at));
    }

    /** As {@link #resumed(String, Instant, ClockEvent.Cause)}, caused by the add-on itself. */
    public void resumed(String requestKey, Instant at) {
        resumed(requestKey, at, ClockEvent.Cause.system());
    }

    /** The customer answered or the agent resumed: they count again from {@code at}. */
    public void resumed(String requestKey, Instant at, ClockEvent.Cause by) {
        change(requestKey, PAUSABLE, ClockEvent.Kind.RESUME, at, by, (clock, calendar) -> clock.resume(calendar, at));
    }

    /**
     * Resolved: resolution (and reaction, if nobody reacted first) are reached; the goals that start at
     * resolution start now: the RCA of a Mitz Prio 1 (5 working days), Borger.dk's post review (14 days), and
     * an RCA an agent requested before the incident was resolved (it waited, paused, for this moment).
     */
    public void resolved(String requestKey, String schemeKey, String priority, Instant at) {
        resolved(requestKey, schemeKey, priority, at, ClockEvent.Cause.system());
    }

    /** As {@link #resolved(String, String, String, Instant)}, caused by {@code by}. */
    public void resolved(String requestKey, String schemeKey, String priority, Instant at, ClockEvent.Cause by) {
        change(requestKey, Set.of(Goal.REACTION, Goal.RESOLUTION, Goal.ANSWER, Goal.STATUS_UPDATE), ClockEvent.Kind.STOP, at, by,
                (clock, calendar) -> clock.stop(calendar, at));
        change(requestKey, Set.of(Goal.RCA), ClockEvent.Kind.RESUME, at, by, (clock, calendar) -> clock.resume(calendar, at));
        SlaScheme scheme = settings.current().scheme(schemeKey);
        if (scheme == null || priority == null) {
            return;
        }
        Set<String> present = new java.util.HashSet<>();
        store.of(requestKey).forEach(c -> present.add(c.clock().metric()));
        for (Goal goal : scheme.goalsFor(priority)) {
            if (Goal.startsAtResolution(goal.metric()) && !goal.onRequest() && present.add(goal.metric())) {
                BusinessCalendar calendar = calendar(goal.calendarKey());
                started(new ClockStore.StoredClock(requestKey, calendar.key(),
                        SlaClock.start(goal.metric(), goal.target(), calendar, at), schemeKey, priority), calendar, at, by);
            }
        }
    }

    /**
     * An agent starts an RCA "op verzoek van VZVZ" (seed 002: a Prio 2): on a resolved request it runs from
     * now; on an open one it waits, paused, until the incident is resolved, as a Prio 1's does. The scheme and
     * priority are the request's clocks'. Refused when its priority has no RCA goal or it already has one.
     */
    public ClockStore.StoredClock requestRca(String requestKey, Instant at) {
        return requestRca(requestKey, at, ClockEvent.Cause.system());
    }

    /** As {@link #requestRca(String, Instant)}, asked by {@code by}. */
    public ClockStore.StoredClock requestRca(String requestKey, Instant at, ClockEvent.Cause by) {
        List<ClockStore.StoredClock> existing = store.of(requestKey);
        if (existing.stream().anyMatch(c -> Goal.RCA.equals(c.clock().metric()))) {
            throw new nl.mijnaansluiting.servicedesk.error.ProblemException(nl.mijnaansluiting.servicedesk.error.Problem.CONFLICT,
                    null, "ma.sla.error.rca-exists", requestKey);
        }
        ClockStore.StoredClock any = existing.stream().filter(c -> c.schemeKey().isPresent() && c.priority().isPresent())
                .findFirst().orElseThrow(() -> nl.mijnaansluiting.servicedesk.error.ProblemException.notFound(
                        "ma.sla.error.no-clocks", requestKey));
        String schemeKey = any.schemeKey().get();
        String priority = any.priority().get();
        SlaScheme scheme = settings.current().scheme(schemeKey);
        Goal goal = scheme == null ? null : scheme.goalsFor(priority).stream().filter(g -> Goal.RCA.equals(g.metric()))
                .findFirst().orElse(null);
        if (goal == null) {
            throw nl.mijnaansluiting.servicedesk.error.ProblemException.badInput("priority", "ma.sla.error.rca-not-agreed",
                    schemeKey, priority);
        }
        boolean resolved = existing.stream().anyMatch(c -> Goal.RESOLUTION.equals(c.clock().metric())
                && c.clock().stoppedAt().isPresent());
        BusinessCalendar calendar = calendar(goal.calendarKey());
        SlaClock clock = SlaClock.start(Goal.RCA, goal.target(), calendar, at);
        ClockStore.StoredClock stored = new ClockStore.StoredClock(requestKey, calendar.key(),
                resolved ? clock : clock.pause(calendar, at), schemeKey, priority);
        started(stored, calendar, at, by);
        return stored;
    }

    /** The RCA or post review is delivered: its goal is met, or breached when late. */
    public void delivered(String requestKey, String metric, Instant at) {
        delivered(requestKey, metric, at, ClockEvent.Cause.system());
    }

    /** As {@link #delivered(String, String, Instant)}, said by {@code by}. */
    public void delivered(String requestKey, String metric, Instant at, ClockEvent.Cause by) {
        if (!Goal.startsAtResolution(metric)) {
            throw nl.mijnaansluiting.servicedesk.error.ProblemException.badInput("metric", "ma.sla.error.not-follow-up", metric);
        }
        if (store.of(requestKey).stream().noneMatch(c -> metric.equals(c.clock().metric()))) {
            throw nl.mijnaansluiting.servicedesk.error.ProblemException.notFound("ma.sla.error.no-follow-up", requestKey, metric);
        }
        change(requestKey, Set.of(metric), ClockEvent.Kind.STOP, at, by, (clock, calendar) -> clock.stop(calendar, at));
    }

    /** As {@link #reopened(String, Instant, ClockEvent.Cause)}, caused by the add-on itself. */
    public void reopened(String requestKey, Instant at) {
        reopened(requestKey, at, ClockEvent.Cause.system());
    }

    /** Reopened: resolution counts again, with the working time already used. */
    public void reopened(String requestKey, Instant at, ClockEvent.Cause by) {
        change(requestKey, Set.of(Goal.RESOLUTION, Goal.ANSWER, Goal.STATUS_UPDATE), ClockEvent.Kind.REOPEN, at, by,
                (clock, calendar) -> clock.reopen(calendar, at));
    }

    /** What a workflow transition can do to chosen goals (the post-function "SLA-klok"). */
    public enum ClockAction { START, PAUSE, RESUME, STOP, REOPEN }

    /**
     * Applies {@code action} to the goals named in {@code metrics} (all when empty). START starts those
     * goals of the scheme at {@code priority} that have no clock yet (an RCA, or a goal started late);
     * with no priority, the goals for every priority (answering a question within 2 working days).
     */
    public void act(String requestKey, ClockAction action, Set<String> metrics, String schemeKey, String priority,
                    Instant at) {
        act(requestKey, action, metrics, schemeKey, priority, at, ClockEvent.Cause.system());
    }

    /** As {@link #act(String, ClockAction, Set, String, String, Instant)}, caused by {@code by} (a transition). */
    public void act(String requestKey, ClockAction action, Set<String> metrics, String schemeKey, String priority,
                    Instant at, ClockEvent.Cause by) {
        java.util.function.Predicate<String> chosen = metric -> metrics.isEmpty() || metrics.contains(metric);
        Set<String> all = new java.util.HashSet<>();
        store.of(requestKey).forEach(c -> all.add(c.clock().metric()));
        Set<String> affected = all.stream().filter(chosen).collect(java.util.stream.Collectors.toSet());
        switch (action) {
            case START:
                SlaScheme scheme = settings.current().scheme(schemeKey);
                if (scheme == null) {
                    return;
                }
                // Without a priority (a question), only the goals that hold for every priority start.
                for (Goal goal : priority == null ? scheme.goalsFor(Goal.ANY_PRIORITY) : scheme.goalsFor(priority)) {
                    if (chosen.test(goal.metric()) && !all.contains(goal.metric())) {
                        BusinessCalendar calendar = calendar(goal.calendarKey());
                        started(new ClockStore.StoredClock(requestKey, calendar.key(),
                                SlaClock.start(goal.metric(), goal.target(), calendar, at), schemeKey, priority),
                                calendar, at, by);
                        all.add(goal.metric());
                    }
                }
                return;
            case PAUSE:
                change(requestKey, affected, ClockEvent.Kind.PAUSE, at, by, (clock, calendar) -> clock.pause(calendar, at));
                return;
            case RESUME:
                change(requestKey, affected, ClockEvent.Kind.RESUME, at, by, (clock, calendar) -> clock.resume(calendar, at));
                return;
            case STOP:
                change(requestKey, affected, ClockEvent.Kind.STOP, at, by, (clock, calendar) -> clock.stop(calendar, at));
                return;
            case REOPEN:
                change(requestKey, affected, ClockEvent.Kind.REOPEN, at, by, (clock, calendar) -> clock.reopen(calendar, at));
                return;
            default:
                throw new IllegalStateException("unhandled " + action);
        }
    }

    /** Another level is in force: each clock takes its metric's target at that level, over the time already used. */
    @Override
    public void priorityChanged(String requestKey, String schemeKey, String level, Instant at, String by) {
        SlaScheme scheme = settings.current().scheme(schemeKey);
        if (scheme == null) {
            return;
        }
        Map<String, Goal> goals = new java.util.HashMap<>();
        scheme.goalsFor(level).forEach(goal -> goals.putIfAbsent(goal.metric(), goal));
        for (ClockStore.StoredClock stored : store.of(requestKey)) {
            Goal goal = goals.get(stored.clock().metric());
            if (goal != null) {
                BusinessCalendar calendar = calendar(stored.calendarKey());
                ClockStore.StoredClock changed = new ClockStore.StoredClock(requestKey, stored.calendarKey(),
                        stored.clock().retarget(goal.target().on(calendar), calendar, at), schemeKey, level);
                save(stored, changed, calendar, ClockEvent.Kind.PRIORITY, at, ClockEvent.Cause.priority(by, level));
            }
        }
    }

    private void change(String requestKey, Set<String> metrics, ClockEvent.Kind kind, Instant at, ClockEvent.Cause by,
                        java.util.function.BiFunction<SlaClock, BusinessCalendar, SlaClock> how) {
        for (ClockStore.StoredClock stored : store.of(requestKey)) {
            if (metrics.contains(stored.clock().metric())) {
                BusinessCalendar calendar = calendar(stored.calendarKey());
                SlaClock changed = how.apply(stored.clock(), calendar);
                if (changed != stored.clock()) {
                    save(stored, stored.with(changed), calendar, kind, at, by);
                }
            }
        }
    }

    private void started(ClockStore.StoredClock stored, BusinessCalendar calendar, Instant at, ClockEvent.Cause by) {
        save(null, stored, calendar, ClockEvent.Kind.START, at, by);
    }

    /** Saved with the moment the sweep must look at it next, as the planner sees it, and the step that led to it. */
    private void save(ClockStore.StoredClock before, ClockStore.StoredClock after, BusinessCalendar calendar, ClockEvent.Kind kind,
                      Instant at, ClockEvent.Cause by) {
        store.save(after, planner.nextAttention(after, calendar).orElse(null), ClockEvent.of(before, after, kind, at, by));
    }

    public List<ClockStore.StoredClock> of(String requestKey) {
        return store.of(requestKey);
    }

    public BusinessCalendar calendar(String key) {
        return settings.current().calendar(key);
    }

    /**
     * The goal a clock measures as its scheme words it now ("3 working days" rather than the 24 hours they
     * come to), if the scheme still has that goal for the clock's priority with the same working time.
     */
    public java.util.Optional<Target> target(ClockStore.StoredClock stored) {
        SlaScheme scheme = stored.schemeKey().map(key -> settings.current().scheme(key)).orElse(null);
        if (scheme == null || stored.priority().isEmpty()) {
            return java.util.Optional.empty();
        }
        BusinessCalendar calendar = calendar(stored.calendarKey());
        return scheme.goalsFor(stored.priority().get()).stream()
                .filter(goal -> goal.metric().equals(stored.clock().metric())
                        && goal.target().on(calendar).equals(stored.clock().target()))
                .map(Goal::target).findFirst();
    }
}

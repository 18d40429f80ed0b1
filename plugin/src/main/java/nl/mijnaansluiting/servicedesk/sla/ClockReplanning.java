package nl.mijnaansluiting.servicedesk.sla;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Running and paused clocks follow a changed calendar or goal set. Each change is queued as a re-plan
 * ({@link ReplanStore}); a run works through the clocks that use it in chunks, each chunk in one transaction:
 * the working time used until the change stays as the old calendar counted it, the rest counts in the new
 * calendar against the goal's target of today, and due moment and the sweep's next attention move with it.
 * Every re-planned clock gets a step in its history under a key naming the change and the clock, so a second
 * node that reaches the same chunk fails on the key and rolls back (the sweep's rule: the database decides
 * "once"); the re-plan's cursor is moved in the same transaction. A clock that cannot follow (its goal left
 * the scheme, its calendar is gone) keeps what it had and is listed with the re-plan, never dropped.
 */
public class ClockReplanning {

    private static final Logger LOG = LoggerFactory.getLogger(ClockReplanning.class);
    /** Clocks per transaction. */
    static final int CHUNK = 200;

    /** What one run did. */
    public record Result(int handled, int changed, int failed) {
    }

    private final SlaSettings settings;
    private final ClockStore clocks;
    private final ReplanStore replans;
    private final AttentionPlanner planner;
    private final RequestIndex index;
    private final Clock clock;

    public ClockReplanning(SlaSettings settings, ClockStore clocks, ReplanStore replans, AttentionPlanner planner, RequestIndex index,
                           Clock clock) {
        this.settings = settings;
        this.clocks = clocks;
        this.replans = replans;
        this.planner = planner;
        this.index = index;
        this.clock = clock;
    }

    /** The re-plans, newest first, for the admin to follow. */
    public List<ReplanStore.Replan> recent(int limit) {
        return replans.recent(limit);
    }

    public Optional<ReplanStore.Replan> find(long id) {
        return replans.find(id);
    }

    /** The clocks a re-plan could not move, with the step that says so. */
    public List<ClockEvent> failures(long id, int limit) {
        return clocks.eventsByKey(keyPrefix(id), ClockEvent.Kind.REPLAN_FAILED, limit);
    }

    /** Works through every re-plan owed, oldest first. */
    public Result run() {
        int handled = 0;
        int changed = 0;
        int failed = 0;
        for (ReplanStore.Replan replan : replans.unfinished()) {
            Result one = run(replan);
            handled += one.handled();
            changed += one.changed();
            failed += one.failed();
        }
        if (handled > 0) {
            LOG.info("Re-planned SLA clocks after configuration changes: {} handled, {} moved, {} could not follow", handled, changed, failed);
        }
        return new Result(handled, changed, failed);
    }

    private Result run(ReplanStore.Replan replan) {
        ClockStore.Usage usage = usage(replan);
        int total = replan.status() == ReplanStore.Status.WAITING ? clocks.countUsing(usage, replan.settingKey(), true) : replan.total();
        String cursor = replan.cursor();
        int handled = 0;
        int changed = 0;
        int failed = 0;
        while (true) {
            List<ClockStore.StoredClock> page = clocks.using(usage, replan.settingKey(), true, cursor, CHUNK);
            boolean last = page.size() < CHUNK;
            String next = page.isEmpty() ? cursor : page.get(page.size() - 1).clockKey();
            Chunk outcome = chunk(replan, page, cursor, next, total, last);
            if (outcome == null) {
                // Another node moved this re-plan on first: the rest is theirs.
                break;
            }
            handled += page.size();
            changed += outcome.changed;
            failed += outcome.failed;
            if (!outcome.requests.isEmpty()) {
                index.reindex(outcome.requests);
            }
            cursor = next;
            if (last) {
                break;
            }
        }
        return new Result(handled, changed, failed);
    }

    /** What a chunk did; null when another node did it. */
    private static final class Chunk {
        int changed;
        int failed;
        final Set<String> requests = new LinkedHashSet<>();
    }

    /** Thrown inside a chunk's transaction to roll it back when another node moved the re-plan on first. */
    private static final class TakenByAnotherNode extends RuntimeException {
        TakenByAnotherNode() {
            super("another node moved the re-plan on", null, false, false);
        }
    }

    private Chunk chunk(ReplanStore.Replan replan, List<ClockStore.StoredClock> page, String cursor, String next, int total,
                        boolean last) {
        try {
            return clocks.inTransaction(() -> {
                // Read again inside the transaction: an agent may have paused or stopped them since.
                List<String> keys = new ArrayList<>();
                page.forEach(c -> keys.add(c.clockKey()));
                Chunk outcome = replanAll(replan, keys.isEmpty() ? List.of() : clocks.withKeys(keys));
                if (!replans.advance(replan.id(), cursor, next, last ? ReplanStore.Status.DONE : ReplanStore.Status.RUNNING, total,
                        page.size(), outcome.changed, outcome.failed, last ? clock.instant() : null)) {
                    throw new TakenByAnotherNode();
                }
                return outcome;
            });
        } catch (TakenByAnotherNode taken) {
            return null;
        } catch (RuntimeException chunkFailed) {
            LOG.warn("Re-plan {} of {} {}: a chunk failed ({}), clock by clock now", replan.id(), replan.kind(), replan.settingKey(),
                    chunkFailed.getMessage());
            return oneByOne(replan, page, cursor, next, total, last);
        }
    }

    /** The chunk rolled back whole: each clock on its own, so one clock's trouble lists it and does not hold up the rest. */
    private Chunk oneByOne(ReplanStore.Replan replan, List<ClockStore.StoredClock> page, String cursor, String next, int total,
                           boolean last) {
        Chunk outcome = new Chunk();
        for (ClockStore.StoredClock stored : page) {
            try {
                Chunk one = clocks.inTransaction(() -> replanAll(replan, clocks.withKeys(List.of(stored.clockKey()))));
                outcome.changed += one.changed;
                outcome.failed += one.failed;
                outcome.requests.addAll(one.requests);
            } catch (RuntimeException e) {
                if (clocks.writtenEvents(List.of(eventKey(replan, stored))).isEmpty()) {
                    try {
                        clocks.record(event(replan, stored, stored, ClockEvent.Kind.REPLAN_FAILED));
                        outcome.failed++;
                    } catch (RuntimeException alsoFailed) {
                        // Written by another node meanwhile, or the database is gone: the step is not lost either way.
                        LOG.warn("Re-plan {} of {}: {}", replan.id(), stored.clockKey(), alsoFailed.getMessage());
                    }
                }
            }
        }
        try {
            replans.advance(replan.id(), cursor, next, last ? ReplanStore.Status.DONE : ReplanStore.Status.RUNNING, total, page.size(),
                    outcome.changed, outcome.failed, last ? clock.instant() : null);
        } catch (RuntimeException e) {
            LOG.warn("Re-plan {}: progress not saved, the next run goes on from the last saved clock: {}", replan.id(), e.getMessage());
        }
        return outcome;
    }

    /** Re-plans these clocks (skipping those this change reached already) inside the caller's transaction. */
    private Chunk replanAll(ReplanStore.Replan replan, List<ClockStore.StoredClock> current) {
        Chunk outcome = new Chunk();
        SlaSettings.Snapshot now = settings.current();
        BusinessCalendar before = replan.before() == null ? null : SlaDefinitions.readCalendar(SlaDefinitions.parse(replan.before()));
        List<String> eventKeys = new ArrayList<>();
        current.forEach(c -> eventKeys.add(eventKey(replan, c)));
        Set<String> written = clocks.writtenEvents(eventKeys);
        List<ClockStore.StoredClock> moved = new ArrayList<>();
        List<ClockEvent> steps = new ArrayList<>();
        for (ClockStore.StoredClock stored : current) {
            if (written.contains(eventKey(replan, stored)) || !uses(replan, stored)) {
                continue;
            }
            Optional<ClockStore.StoredClock> replanned = replan(replan, stored, now, before);
            if (replanned.isEmpty()) {
                clocks.record(event(replan, stored, stored, ClockEvent.Kind.REPLAN_FAILED));
                outcome.failed++;
                outcome.requests.add(stored.requestKey());
            } else if (!replanned.get().clock().sameAs(stored.clock()) || !replanned.get().calendarKey().equals(stored.calendarKey())) {
                moved.add(replanned.get());
                steps.add(event(replan, stored, replanned.get(), ClockEvent.Kind.REPLAN));
            }
        }
        Map<String, Optional<Instant>> attention = planner.nextAttention(moved, c -> now.calendar(c.calendarKey()));
        List<ClockStore.Change> changes = new ArrayList<>();
        for (int i = 0; i < moved.size(); i++) {
            ClockStore.StoredClock m = moved.get(i);
            changes.add(new ClockStore.Change(m, attention.get(m.clockKey()).orElse(null), steps.get(i)));
            outcome.requests.add(m.requestKey());
        }
        clocks.saveAll(changes);
        outcome.changed += changes.size();
        return outcome;
    }

    /** The clock after the change, or empty when it cannot follow it. */
    Optional<ClockStore.StoredClock> replan(ReplanStore.Replan replan, ClockStore.StoredClock stored, SlaSettings.Snapshot now,
                                            BusinessCalendar before) {
        Optional<Goal> goal = goalOf(stored, now);
        if (usage(replan) == ClockStore.Usage.CALENDAR) {
            BusinessCalendar changed = now.calendars().get(stored.calendarKey());
            if (changed == null) {
                return Optional.empty();
            }
            // The goal's target on the new calendar (N working days follow the day's length); without the goal, the target stays.
            Duration target = goal.filter(g -> g.calendarKey().equals(stored.calendarKey())).map(g -> g.target().on(changed))
                    .orElse(stored.clock().target());
            return Optional.of(stored.with(stored.clock().replan(before == null ? changed : before, changed, target, replan.changedAt())));
        }
        if (goal.isEmpty() || !now.calendars().containsKey(goal.get().calendarKey())
                || !now.calendars().containsKey(stored.calendarKey())) {
            return Optional.empty();
        }
        BusinessCalendar counted = now.calendar(stored.calendarKey());
        BusinessCalendar from = now.calendar(goal.get().calendarKey());
        SlaClock replanned = stored.clock().replan(counted, from, goal.get().target().on(from), replan.changedAt());
        return Optional.of(new ClockStore.StoredClock(stored.requestKey(), from.key(), replanned, stored.schemeKey().orElse(null),
                stored.priority().orElse(null)));
    }

    /** The clock's goal in today's configuration: its scheme's goal of its metric at its level (a level's own before every-priority). */
    static Optional<Goal> goalOf(ClockStore.StoredClock stored, SlaSettings.Snapshot now) {
        SlaScheme scheme = now.scheme(stored.schemeKey().orElse(null));
        if (scheme == null) {
            return Optional.empty();
        }
        String level = stored.priority().orElse(Goal.ANY_PRIORITY);
        Optional<Goal> own = scheme.goals().stream()
                .filter(g -> g.priority().equals(level) && g.metric().equals(stored.clock().metric())).findFirst();
        return own.isPresent() ? own : scheme.goalsFor(level).stream().filter(g -> g.metric().equals(stored.clock().metric())).findFirst();
    }

    private static boolean uses(ReplanStore.Replan replan, ClockStore.StoredClock stored) {
        SlaClock.State state = stored.clock().state();
        if (state != SlaClock.State.RUNNING && state != SlaClock.State.PAUSED) {
            return false;
        }
        return usage(replan) == ClockStore.Usage.CALENDAR ? stored.calendarKey().equals(replan.settingKey())
                : stored.schemeKey().map(replan.settingKey()::equals).orElse(false);
    }

    private static ClockStore.Usage usage(ReplanStore.Replan replan) {
        return SlaSettingsStore.CALENDAR.equals(replan.kind()) ? ClockStore.Usage.CALENDAR : ClockStore.Usage.SCHEME;
    }

    private ClockEvent event(ReplanStore.Replan replan, ClockStore.StoredClock before, ClockStore.StoredClock after, ClockEvent.Kind kind) {
        return ClockEvent.of(before, after, kind, replan.changedAt(),
                ClockEvent.Cause.configuration(replan.changedBy(), replan.kind() + ":" + replan.settingKey()), eventKey(replan, before));
    }

    static String keyPrefix(long replanId) {
        return "replan:" + replanId + ":";
    }

    private static String eventKey(ReplanStore.Replan replan, ClockStore.StoredClock stored) {
        return keyPrefix(replan.id()) + stored.clockKey();
    }
}

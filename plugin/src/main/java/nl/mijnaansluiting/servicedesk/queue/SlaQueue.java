package nl.mijnaansluiting.servicedesk.queue;

import nl.mijnaansluiting.servicedesk.escalation.EscalationPolicies;
import nl.mijnaansluiting.servicedesk.escalation.EscalationPolicy;
import nl.mijnaansluiting.servicedesk.escalation.EscalationStep;
import nl.mijnaansluiting.servicedesk.sla.BusinessCalendar;
import nl.mijnaansluiting.servicedesk.sla.ClockStore;
import nl.mijnaansluiting.servicedesk.sla.SlaClock;
import nl.mijnaansluiting.servicedesk.sla.SlaSettings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Requests by SLA: which are breached, running, paused, met or due within a working time, per goal or over all
 * goals, sorted by due moment, one page at a time, and their goals as lozenges. The one query the agents' queue,
 * the REST queue, the SLA field and JQL all use; the database selects and sorts ({@link SlaIndex}).
 */
public class SlaQueue {

    /** Amber from this share of the target when the escalation policy has no earlier step for the goal. */
    public static final int DEFAULT_WARNING_PERCENT = 75;

    /** One page of request keys and how many match in all. */
    public static final class Page {
        private final List<String> requestKeys;
        private final int total;
        private final int offset;
        private final int limit;

        public Page(List<String> requestKeys, int total, int offset, int limit) {
            this.requestKeys = List.copyOf(requestKeys);
            this.total = total;
            this.offset = offset;
            this.limit = limit;
        }

        public List<String> requestKeys() {
            return requestKeys;
        }

        public int total() {
            return total;
        }

        public int offset() {
            return offset;
        }

        public int limit() {
            return limit;
        }
    }

    private final SlaIndex index;
    private final SlaSettings settings;
    private final EscalationPolicies policies;
    private final Clock clock;

    public SlaQueue(SlaIndex index, SlaSettings settings, EscalationPolicies policies, Clock clock) {
        this.index = Objects.requireNonNull(index);
        this.settings = Objects.requireNonNull(settings);
        this.policies = Objects.requireNonNull(policies);
        this.clock = Objects.requireNonNull(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * The query made concrete at {@code now}: "due within 1 working hour" becomes, per calendar, the moment that
     * hour ends there (a few calendars, each one {@link BusinessCalendar#dueAt} call; nothing per request).
     */
    public SlaSearch search(SlaQuery query, Instant now) {
        Map<String, Instant> dueBefore = new HashMap<>();
        query.condition().flatMap(SlaCondition::dueWithin).ifPresent(within ->
                settings.current().calendars().forEach((key, calendar) -> dueBefore.put(key, calendar.dueAt(now, within))));
        return new SlaSearch(query, now, dueBefore);
    }

    /** One page of the requests that match, in the query's order. */
    public Page find(SlaQuery query) {
        SlaSearch search = search(query, now());
        return new Page(index.requestKeys(search), index.count(search), query.offset(), query.limit());
    }

    /**
     * The keys of every request that meets the condition now (up to {@link SlaQuery#MAX_MATCHES}), in one indexed
     * query and without counting: what a JQL function such as {@code slaBreached("resolution")} answers.
     */
    public List<String> requestKeys(SlaCondition condition) {
        return index.requestKeys(search(SlaQuery.all().where(condition).everyMatch(), now()));
    }

    /** Every goal (metric) a goal set knows: what a JQL function or the field may name. */
    public java.util.Set<String> goals() {
        java.util.Set<String> goals = new java.util.TreeSet<>();
        settings.current().schemes().values().forEach(scheme -> scheme.goals().forEach(goal -> goals.add(goal.metric())));
        return goals;
    }

    /** The lozenges of these requests' goals, due first, read in one query. */
    public Map<String, List<SlaLozenge>> lozenges(Collection<String> requestKeys, Instant now) {
        Map<String, List<SlaLozenge>> lozenges = new LinkedHashMap<>();
        index.clocksOf(requestKeys).forEach((key, clocks) -> {
            List<SlaLozenge> row = new ArrayList<>();
            for (ClockStore.StoredClock stored : clocks) {
                row.add(lozenge(stored, now));
            }
            row.sort(Comparator.comparing((SlaLozenge l) -> l.due().orElse(Instant.MAX)));
            lozenges.put(key, row);
        });
        return lozenges;
    }

    /** One goal's lozenge at {@code now}. */
    public SlaLozenge lozenge(ClockStore.StoredClock stored, Instant now) {
        BusinessCalendar calendar = settings.current().calendars().get(stored.calendarKey());
        SlaClock sla = stored.clock();
        Duration used = calendar == null ? sla.used() : sla.usedAt(calendar, now);
        Duration remaining = sla.target().minus(used);
        long targetSeconds = Math.max(1, sla.target().getSeconds());
        int percent = (int) Math.floor(used.getSeconds() * 100.0 / targetSeconds);
        boolean over = used.compareTo(sla.target()) > 0;
        SlaState state;
        SlaLozenge.Colour colour;
        switch (sla.state()) {
            case MET:
                state = SlaState.MET;
                colour = SlaLozenge.Colour.GREY;
                break;
            case BREACHED:
                state = SlaState.BREACHED;
                colour = SlaLozenge.Colour.RED;
                break;
            case PAUSED:
                state = over ? SlaState.BREACHED : SlaState.PAUSED;
                colour = SlaLozenge.Colour.GREY;
                break;
            default:
                state = over ? SlaState.BREACHED : SlaState.RUNNING;
                colour = over ? SlaLozenge.Colour.RED
                        : percent >= warningPercent(stored) ? SlaLozenge.Colour.AMBER : SlaLozenge.Colour.GREEN;
        }
        return new SlaLozenge(sla.metric(), state, colour, remaining, percent,
                sla.state() == SlaClock.State.RUNNING ? sla.dueAt().orElse(null) : null,
                calendar == null ? java.time.ZoneOffset.UTC : calendar.zone());
    }

    /** The policy's first step for this goal and priority before the target (75 % in the presets). */
    int warningPercent(ClockStore.StoredClock stored) {
        return stored.schemeKey().flatMap(policies::of).map((EscalationPolicy policy) ->
                        policy.stepsFor(stored.clock().metric(), stored.priority().orElse(null)).stream()
                                .mapToInt(EscalationStep::sharePercent).filter(share -> share < 100).min()
                                .orElse(DEFAULT_WARNING_PERCENT))
                .orElse(DEFAULT_WARNING_PERCENT);
    }
}

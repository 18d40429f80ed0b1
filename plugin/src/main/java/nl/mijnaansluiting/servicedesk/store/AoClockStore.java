package nl.mijnaansluiting.servicedesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import nl.mijnaansluiting.servicedesk.sla.ClockEvent;
import nl.mijnaansluiting.servicedesk.queue.SlaMoments;
import nl.mijnaansluiting.servicedesk.sla.ClockStore;
import nl.mijnaansluiting.servicedesk.sla.SlaClock;
import nl.mijnaansluiting.servicedesk.sla.StatusRhythm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SLA clocks and their steps in Active Objects; the sweep's query uses the index on NEXT_ATTENTION. Each save also keeps
 * the clock's queue moments and the request's SLA_REQUEST row (issue 14), in the same transaction.
 */
public class AoClockStore implements ClockStore {

    /** Keys per IN list. */
    private static final int IN_LIMIT = 500;

    private final ActiveObjects ao;

    public AoClockStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void save(StoredClock stored, Instant nextAttention) {
        save(stored, nextAttention, null);
    }

    @Override
    public void save(StoredClock stored, Instant nextAttention, ClockEvent event) {
        String key = stored.clockKey();
        ao.executeInTransaction(() -> {
            SlaClockEntity[] rows = ao.find(SlaClockEntity.class, Query.select().where("CLOCK_KEY = ?", key));
            write(rows.length > 0 ? rows[0] : null, stored, nextAttention);
            if (event != null) {
                record(event);
            }
            summarise(List.of(stored.requestKey()));
            return null;
        });
    }

    /**
     * The requests' rows of SLA_REQUEST from their few clocks, in the same transaction as the clocks they follow: one
     * query for the clocks and one for the rows per {@value #IN_LIMIT} requests, and an update only where a summary moved
     * (a re-plan of 100 000 clocks would otherwise read and write per request).
     */
    private void summarise(java.util.Collection<String> requestKeys) {
        List<String> keys = new ArrayList<>(new java.util.LinkedHashSet<>(requestKeys));
        for (int from = 0; from < keys.size(); from += IN_LIMIT) {
            List<String> part = keys.subList(from, Math.min(keys.size(), from + IN_LIMIT));
            Map<String, Summary> summaries = new HashMap<>();
            part.forEach(k -> summaries.put(k, new Summary()));
            for (SlaClockEntity clock : ao.find(SlaClockEntity.class, Query.select()
                    .where("REQUEST_KEY IN (" + marks(part.size()) + ")", part.toArray()))) {
                summaries.get(clock.getRequestKey()).add(clock);
            }
            Map<String, RequestSlaEntity> rows = new HashMap<>();
            for (RequestSlaEntity row : ao.find(RequestSlaEntity.class, Query.select()
                    .where("REQUEST_KEY IN (" + marks(part.size()) + ")", part.toArray()))) {
                rows.put(row.getRequestKey(), row);
            }
            for (String key : part) {
                summaries.get(key).write(rows.get(key), key);
            }
        }
    }

    /** One request's SLA_REQUEST values: its earliest sort and breach moments and how many goals run, pause, are met. */
    private final class Summary {
        private Date sortDue;
        private Date breachAt;
        private int running;
        private int paused;
        private int met;

        void add(SlaClockEntity clock) {
            if (clock.getSortDue() != null && (sortDue == null || clock.getSortDue().before(sortDue))) {
                sortDue = clock.getSortDue();
            }
            if (clock.getBreachAt() != null && (breachAt == null || clock.getBreachAt().before(breachAt))) {
                breachAt = clock.getBreachAt();
            }
            running += "RUNNING".equals(clock.getState()) ? 1 : 0;
            paused += "PAUSED".equals(clock.getState()) ? 1 : 0;
            met += "MET".equals(clock.getState()) ? 1 : 0;
        }

        void write(RequestSlaEntity existing, String requestKey) {
            Date sort = sortDue == null ? Date.from(SlaMoments.STOPPED_SORT) : sortDue;
            if (existing == null) {
                Map<String, Object> values = new HashMap<>();
                values.put("REQUEST_KEY", requestKey);
                values.put("SORT_DUE", sort);
                values.put("RUNNING", running);
                values.put("PAUSED", paused);
                values.put("MET", met);
                if (breachAt != null) {
                    values.put("BREACH_AT", breachAt);
                }
                ao.create(RequestSlaEntity.class, values);
                return;
            }
            if (sameMoment(existing.getSortDue(), sort) && sameMoment(existing.getBreachAt(), breachAt)
                    && existing.getRunning() == running && existing.getPaused() == paused && existing.getMet() == met) {
                return;
            }
            existing.setSortDue(sort);
            existing.setBreachAt(breachAt);
            existing.setRunning(running);
            existing.setPaused(paused);
            existing.setMet(met);
            existing.save();
        }
    }

    private static boolean sameMoment(Date a, Date b) {
        return a == null ? b == null : b != null && a.getTime() == b.getTime();
    }

    @Override
    public void saveAll(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        ao.executeInTransaction(() -> {
            Map<String, SlaClockEntity> rows = new HashMap<>();
            for (SlaClockEntity row : ao.find(SlaClockEntity.class, Query.select().where("CLOCK_KEY IN (" + marks(changes.size()) + ")",
                    changes.stream().map(c -> c.clock().clockKey()).toArray()))) {
                rows.put(row.getClockKey(), row);
            }
            for (Change change : changes) {
                write(rows.get(change.clock().clockKey()), change.clock(), change.nextAttention());
                if (change.event() != null) {
                    record(change.event());
                }
            }
            summarise(changes.stream().map(c -> c.clock().requestKey()).collect(Collectors.toList()));
            return null;
        });
    }

    /** Updates {@code row}, or creates it when null. */
    private void write(SlaClockEntity existing, StoredClock stored, Instant nextAttention) {
        SlaClock clock = stored.clock();
        SlaClockEntity row = existing != null ? existing : ao.create(SlaClockEntity.class,
                new DBParam("REQUEST_KEY", stored.requestKey()), new DBParam("METRIC", clock.metric()),
                new DBParam("CLOCK_KEY", stored.clockKey()), new DBParam("CALENDAR_KEY", stored.calendarKey()),
                new DBParam("TARGET_SECONDS", clock.target().getSeconds()), new DBParam("STATE", clock.state().name()),
                new DBParam("USED_SECONDS", clock.used().getSeconds()));
        row.setCalendarKey(stored.calendarKey());
        row.setTargetSeconds(clock.target().getSeconds());
        row.setState(clock.state().name());
        row.setUsedSeconds(clock.used().getSeconds());
        row.setRunningSince(clock.runningSince().map(Date::from).orElse(null));
        row.setDueAt(clock.dueAt().map(Date::from).orElse(null));
        row.setNextAttention(nextAttention == null ? null : Date.from(nextAttention));
        row.setStoppedAt(clock.stoppedAt().map(Date::from).orElse(null));
        row.setSchemeKey(stored.schemeKey().orElse(null));
        row.setPriority(stored.priority().orElse(null));
        row.setStatusRhythm(clock.rhythm().map(Object::toString).orElse(null));
        Instant previousBreach = row.getBreachAt() == null ? null : row.getBreachAt().toInstant();
        Instant breach = SlaMoments.breachMoment(clock, previousBreach);
        row.setBreachAt(breach == null ? null : Date.from(breach));
        row.setSortDue(Date.from(SlaMoments.sortMoment(clock)));
        row.save();
    }

    @Override
    public void record(ClockEvent event) {
        SlaClock after = event.after();
        Map<String, Object> values = new HashMap<>();
        values.put("REQUEST_KEY", event.requestKey());
        values.put("CLOCK_KEY", event.clockKey());
        values.put("METRIC", event.metric());
        values.put("EVENT_KEY", event.eventKey());
        values.put("KIND", event.kind().name());
        values.put("EFFECTIVE_AT", Date.from(event.at()));
        values.put("RECORDED_AT", new Date());
        values.put("CAUSE_TYPE", event.cause().type().name());
        values.put("ACTOR", event.cause().actor());
        values.put("DETAIL", shortened(event.cause().detail()));
        values.put("STATE_BEFORE", event.stateBefore() == null ? null : event.stateBefore().name());
        values.put("DUE_BEFORE", event.dueBefore() == null ? null : Date.from(event.dueBefore()));
        values.put("USED_BEFORE_SECONDS", event.usedBefore() == null ? null : event.usedBefore().getSeconds());
        values.put("STATE", after.state().name());
        values.put("USED_SECONDS", after.used().getSeconds());
        values.put("TARGET_SECONDS", after.target().getSeconds());
        values.put("RUNNING_SINCE", after.runningSince().map(Date::from).orElse(null));
        values.put("DUE_AT", after.dueAt().map(Date::from).orElse(null));
        values.put("STOPPED_AT", after.stoppedAt().map(Date::from).orElse(null));
        values.put("CALENDAR_KEY", event.calendarKey());
        values.put("SCHEME_KEY", event.schemeKey());
        values.put("PRIORITY", event.priority());
        values.values().removeIf(java.util.Objects::isNull);
        ao.executeInTransaction(() -> ao.create(SlaClockEventEntity.class, values));
    }

    /** Details are short texts (a calendar's key, a level); a column holds 255 characters. */
    private static String shortened(String text) {
        return text == null || text.length() <= 255 ? text : text.substring(0, 254) + "\u2026";
    }

    @Override
    public List<ClockEvent> history(String requestKey) {
        return toEvents(ao.find(SlaClockEventEntity.class, Query.select().where("REQUEST_KEY = ?", requestKey).order("ID ASC")));
    }

    @Override
    public List<ClockEvent> history(java.util.Collection<String> requestKeys) {
        List<ClockEvent> events = new ArrayList<>();
        List<String> keys = new ArrayList<>(new java.util.LinkedHashSet<>(requestKeys));
        // A bounded IN list per query: databases limit the parameters of one statement.
        for (int from = 0; from < keys.size(); from += IN_LIMIT) {
            List<String> part = keys.subList(from, Math.min(keys.size(), from + IN_LIMIT));
            events.addAll(toEvents(ao.find(SlaClockEventEntity.class,
                    Query.select().where("REQUEST_KEY IN (" + marks(part.size()) + ")", part.toArray()).order("ID ASC"))));
        }
        events.sort(java.util.Comparator.comparing(ClockEvent::at));
        return events;
    }

    @Override
    public java.util.Set<String> writtenEvents(java.util.Collection<String> eventKeys) {
        java.util.Set<String> written = new java.util.HashSet<>();
        List<String> keys = new ArrayList<>(eventKeys);
        for (int from = 0; from < keys.size(); from += IN_LIMIT) {
            List<String> part = keys.subList(from, Math.min(keys.size(), from + IN_LIMIT));
            for (SlaClockEventEntity row : ao.find(SlaClockEventEntity.class, Query.select("ID, EVENT_KEY")
                    .where("EVENT_KEY IN (" + marks(part.size()) + ")", part.toArray()))) {
                written.add(row.getEventKey());
            }
        }
        return written;
    }

    @Override
    public List<ClockEvent> eventsByKey(String eventKeyPrefix, ClockEvent.Kind kind, int limit) {
        // The prefix is ours ("replan:12:"); LIKE's own marks in it are escaped all the same.
        String pattern = eventKeyPrefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return toEvents(ao.find(SlaClockEventEntity.class, Query.select().where("EVENT_KEY LIKE ? ESCAPE '!' AND KIND = ?", pattern, kind.name())
                .order("ID ASC").limit(limit)));
    }

    @Override
    public List<StoredClock> using(Usage usage, String key, boolean openOnly, String afterClockKey, int limit) {
        List<Object> parameters = new ArrayList<>();
        String where = usageClause(usage, key, openOnly, parameters);
        if (afterClockKey != null) {
            where += " AND CLOCK_KEY > ?";
            parameters.add(afterClockKey);
        }
        return toClocks(ao.find(SlaClockEntity.class, Query.select().where(where, parameters.toArray()).order("CLOCK_KEY ASC").limit(limit)));
    }

    @Override
    public int countUsing(Usage usage, String key, boolean openOnly) {
        List<Object> parameters = new ArrayList<>();
        return ao.count(SlaClockEntity.class, Query.select().where(usageClause(usage, key, openOnly, parameters), parameters.toArray()));
    }

    private static String usageClause(Usage usage, String key, boolean openOnly, List<Object> parameters) {
        String where = (usage == Usage.CALENDAR ? "CALENDAR_KEY" : "SCHEME_KEY") + " = ?";
        parameters.add(key);
        if (openOnly) {
            where += " AND STATE IN (?, ?)";
            parameters.add(SlaClock.State.RUNNING.name());
            parameters.add(SlaClock.State.PAUSED.name());
        }
        return where;
    }

    @Override
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }

    private static String marks(int count) {
        return String.join(",", java.util.Collections.nCopies(count, "?"));
    }

    private static List<ClockEvent> toEvents(SlaClockEventEntity[] rows) {
        List<ClockEvent> events = new ArrayList<>();
        for (SlaClockEventEntity row : rows) {
            SlaClock after = SlaClock.restore(row.getMetric(), Duration.ofSeconds(row.getTargetSeconds()),
                    SlaClock.State.valueOf(row.getState()), Duration.ofSeconds(row.getUsedSeconds()), instant(row.getRunningSince()),
                    instant(row.getDueAt()), instant(row.getStoppedAt()));
            events.add(new ClockEvent(row.getRequestKey(), row.getMetric(), ClockEvent.Kind.valueOf(row.getKind()),
                    row.getEffectiveAt().toInstant(),
                    new ClockEvent.Cause(ClockEvent.Cause.Type.valueOf(row.getCauseType()), row.getActor(), row.getDetail()),
                    row.getStateBefore() == null ? null : SlaClock.State.valueOf(row.getStateBefore()), instant(row.getDueBefore()),
                    row.getUsedBeforeSeconds() == null ? null : Duration.ofSeconds(row.getUsedBeforeSeconds()), after,
                    row.getCalendarKey(), row.getSchemeKey(), row.getPriority(), row.getEventKey()));
        }
        return events;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    @Override
    public List<StoredClock> of(String requestKey) {
        return toClocks(ao.find(SlaClockEntity.class, Query.select().where("REQUEST_KEY = ?", requestKey).order("ID ASC")));
    }

    @Override
    public List<StoredClock> ofRequests(java.util.Collection<String> requestKeys) {
        List<StoredClock> clocks = new ArrayList<>();
        List<String> keys = new ArrayList<>(new java.util.LinkedHashSet<>(requestKeys));
        for (int from = 0; from < keys.size(); from += IN_LIMIT) {
            List<String> part = keys.subList(from, Math.min(keys.size(), from + IN_LIMIT));
            clocks.addAll(toClocks(ao.find(SlaClockEntity.class, Query.select()
                    .where("REQUEST_KEY IN (" + marks(part.size()) + ")", part.toArray()).order("REQUEST_KEY ASC, ID ASC"))));
        }
        return clocks;
    }

    @Override
    public List<StoredClock> needingAttentionBefore(Instant moment, int limit) {
        return toClocks(ao.find(SlaClockEntity.class, Query.select()
                .where("NEXT_ATTENTION IS NOT NULL AND NEXT_ATTENTION < ?", Date.from(moment))
                .order("NEXT_ATTENTION ASC").limit(limit)));
    }

    @Override
    public List<StoredClock> withKeys(java.util.Collection<String> clockKeys) {
        if (clockKeys.isEmpty()) {
            return List.of();
        }
        String marks = clockKeys.stream().map(k -> "?").collect(Collectors.joining(","));
        return toClocks(ao.find(SlaClockEntity.class, Query.select().where("CLOCK_KEY IN (" + marks + ")", clockKeys.toArray())
                .order("NEXT_ATTENTION ASC, ID ASC")));
    }

    @Override
    public void setNextAttention(String clockKey, Instant nextAttention) {
        ao.executeInTransaction(() -> {
            for (SlaClockEntity row : ao.find(SlaClockEntity.class, Query.select().where("CLOCK_KEY = ?", clockKey))) {
                row.setNextAttention(nextAttention == null ? null : Date.from(nextAttention));
                row.save();
            }
            return null;
        });
    }

    @Override
    public void setNextAttention(java.util.Map<String, Instant> nextAttention) {
        if (nextAttention.isEmpty()) {
            return;
        }
        String marks = nextAttention.keySet().stream().map(k -> "?").collect(Collectors.joining(","));
        ao.executeInTransaction(() -> {
            for (SlaClockEntity row : ao.find(SlaClockEntity.class,
                    Query.select().where("CLOCK_KEY IN (" + marks + ")", nextAttention.keySet().toArray()))) {
                Instant next = nextAttention.get(row.getClockKey());
                row.setNextAttention(next == null ? null : Date.from(next));
                row.save();
            }
            return null;
        });
    }

    @Override
    public List<StoredClock> openOf(java.util.Collection<String> metrics) {
        if (metrics.isEmpty()) {
            return List.of();
        }
        String placeholders = String.join(", ", java.util.Collections.nCopies(metrics.size(), "?"));
        List<Object> parameters = new java.util.ArrayList<>(metrics);
        parameters.add(SlaClock.State.RUNNING.name());
        parameters.add(SlaClock.State.PAUSED.name());
        return toClocks(ao.find(SlaClockEntity.class, Query.select()
                .where("METRIC IN (" + placeholders + ") AND STATE IN (?, ?)", parameters.toArray())
                .order("REQUEST_KEY ASC, ID ASC")));
    }

    @Override
    public List<StoredClock> stoppedBetween(Instant from, Instant until) {
        return toClocks(ao.find(SlaClockEntity.class, Query.select()
                .where("STOPPED_AT IS NOT NULL AND STOPPED_AT >= ? AND STOPPED_AT < ?", Date.from(from), Date.from(until))
                .order("REQUEST_KEY ASC, ID ASC")));
    }

    static List<StoredClock> toClocks(SlaClockEntity[] rows) {
        return Arrays.stream(rows).map(row -> new StoredClock(row.getRequestKey(), row.getCalendarKey(),
                SlaClock.restore(row.getMetric(), Duration.ofSeconds(row.getTargetSeconds()),
                        SlaClock.State.valueOf(row.getState()), Duration.ofSeconds(row.getUsedSeconds()),
                        row.getRunningSince() == null ? null : row.getRunningSince().toInstant(),
                        row.getDueAt() == null ? null : row.getDueAt().toInstant(),
                        row.getStoppedAt() == null ? null : row.getStoppedAt().toInstant(),
                        row.getStatusRhythm() == null ? null : StatusRhythm.parse(row.getStatusRhythm())),
                row.getSchemeKey(), row.getPriority()))
                .collect(Collectors.toList());
    }
}

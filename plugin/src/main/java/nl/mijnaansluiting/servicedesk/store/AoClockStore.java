package nl.mijnaansluiting.servicedesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import nl.mijnaansluiting.servicedesk.queue.SlaMoments;
import nl.mijnaansluiting.servicedesk.sla.ClockStore;
import nl.mijnaansluiting.servicedesk.sla.SlaClock;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SLA clocks in Active Objects; the sweep's query uses the index on NEXT_ATTENTION. Each save also keeps the
 * clock's queue moments and the request's SLA_REQUEST row (issue 14), in the same transaction.
 */
public class AoClockStore implements ClockStore {

    private final ActiveObjects ao;

    public AoClockStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void save(StoredClock stored, Instant nextAttention) {
        SlaClock clock = stored.clock();
        String key = stored.clockKey();
        ao.executeInTransaction(() -> {
            SlaClockEntity[] rows = ao.find(SlaClockEntity.class, Query.select().where("CLOCK_KEY = ?", key));
            SlaClockEntity row = rows.length > 0 ? rows[0] : ao.create(SlaClockEntity.class,
                    new DBParam("REQUEST_KEY", stored.requestKey()), new DBParam("METRIC", clock.metric()),
                    new DBParam("CLOCK_KEY", key), new DBParam("CALENDAR_KEY", stored.calendarKey()),
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
            Instant previousBreach = row.getBreachAt() == null ? null : row.getBreachAt().toInstant();
            Instant breach = SlaMoments.breachMoment(clock, previousBreach);
            row.setBreachAt(breach == null ? null : Date.from(breach));
            row.setSortDue(Date.from(SlaMoments.sortMoment(clock)));
            row.save();
            summarise(stored.requestKey());
            return null;
        });
    }

    /** The request's row of SLA_REQUEST from its few clocks, in the same transaction as the clock it follows. */
    private void summarise(String requestKey) {
        Date sortDue = null;
        Date breachAt = null;
        int running = 0;
        int paused = 0;
        int met = 0;
        for (SlaClockEntity clock : ao.find(SlaClockEntity.class, Query.select().where("REQUEST_KEY = ?", requestKey))) {
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
        RequestSlaEntity[] rows = ao.find(RequestSlaEntity.class, Query.select().where("REQUEST_KEY = ?", requestKey));
        RequestSlaEntity row = rows.length > 0 ? rows[0] : ao.create(RequestSlaEntity.class,
                new DBParam("REQUEST_KEY", requestKey), new DBParam("SORT_DUE", Date.from(SlaMoments.STOPPED_SORT)),
                new DBParam("RUNNING", 0), new DBParam("PAUSED", 0), new DBParam("MET", 0));
        row.setSortDue(sortDue == null ? Date.from(SlaMoments.STOPPED_SORT) : sortDue);
        row.setBreachAt(breachAt);
        row.setRunning(running);
        row.setPaused(paused);
        row.setMet(met);
        row.save();
    }

    @Override
    public List<StoredClock> of(String requestKey) {
        return toClocks(ao.find(SlaClockEntity.class, Query.select().where("REQUEST_KEY = ?", requestKey).order("ID ASC")));
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
                        row.getStoppedAt() == null ? null : row.getStoppedAt().toInstant()),
                row.getSchemeKey(), row.getPriority()))
                .collect(Collectors.toList());
    }
}

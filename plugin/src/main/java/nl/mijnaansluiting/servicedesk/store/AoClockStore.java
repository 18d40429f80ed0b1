package nl.mijnaansluiting.servicedesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import nl.mijnaansluiting.servicedesk.sla.ClockStore;
import nl.mijnaansluiting.servicedesk.sla.SlaClock;
import nl.mijnaansluiting.servicedesk.sla.StatusRhythm;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

/** SLA clocks in Active Objects; the sweep's query uses the index on NEXT_ATTENTION. */
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
            row.setStatusRhythm(clock.rhythm().map(Object::toString).orElse(null));
            row.save();
            return null;
        });
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

    private static List<StoredClock> toClocks(SlaClockEntity[] rows) {
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

package nl.mijnaansluiting.servicedesk.sla;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Starts the clocks of a new request from its scheme's goals for its priority and keeps them. Goals
 * that start later are left for their event: the RCA of a Mitz Prio 1 starts when it is resolved.
 */
public class RequestClocks {

    private final Map<String, SlaScheme> schemes;
    private final Map<String, BusinessCalendar> calendars;
    private final ClockStore store;

    public RequestClocks(Map<String, SlaScheme> schemes, Map<String, BusinessCalendar> calendars, ClockStore store) {
        this.schemes = Map.copyOf(schemes);
        this.calendars = Map.copyOf(calendars);
        this.store = store;
    }

    public static RequestClocks presets(ClockStore store) {
        return new RequestClocks(SlaPresets.schemes(), SlaPresets.calendars(), store);
    }

    /** Starts every goal that runs from creation; {@code kind} selects goals meant for one kind ("datalek"). */
    public void start(String requestKey, String schemeKey, String priority, String kind, Instant createdAt) {
        SlaScheme scheme = schemes.get(schemeKey);
        if (scheme == null) {
            return;
        }
        for (Goal goal : scheme.goalsFor(priority)) {
            if (Goal.RCA.equals(goal.metric()) || goal.onlyFor().filter(only -> !only.equals(kind)).isPresent()) {
                continue;
            }
            BusinessCalendar calendar = calendar(goal.calendarKey());
            SlaClock clock = SlaClock.start(goal.metric(), goal.target().on(calendar), calendar, createdAt);
            store.save(new ClockStore.StoredClock(requestKey, calendar.key(), clock), clock.dueAt().orElse(null));
        }
    }

    public List<ClockStore.StoredClock> of(String requestKey) {
        return store.of(requestKey);
    }

    public BusinessCalendar calendar(String key) {
        BusinessCalendar calendar = calendars.get(key);
        if (calendar == null) {
            throw new IllegalStateException("no calendar " + key);
        }
        return calendar;
    }
}

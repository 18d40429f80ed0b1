package nl.mijnaansluiting.servicedesk.sla;

import nl.mijnaansluiting.servicedesk.error.ProblemException;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** When the goals of a priority would be due for a request started at a given moment. */
public class SlaPreview {

    /** One goal's due moment, in its calendar's zone. */
    public static final class Due {
        private final Goal goal;
        private final BusinessCalendar calendar;
        private final ZonedDateTime dueAt;

        Due(Goal goal, BusinessCalendar calendar, ZonedDateTime dueAt) {
            this.goal = goal;
            this.calendar = calendar;
            this.dueAt = dueAt;
        }

        public Goal goal() {
            return goal;
        }

        public BusinessCalendar calendar() {
            return calendar;
        }

        public ZonedDateTime dueAt() {
            return dueAt;
        }
    }

    private final SlaSettings settings;

    public SlaPreview(SlaSettings settings) {
        this.settings = settings;
    }

    /** The shipped presets of the seed systems. */
    public static SlaPreview presets() {
        return new SlaPreview(SlaSettings.presets());
    }

    public List<Due> preview(String schemeKey, String priority, Instant start) {
        return preview(schemeKey, priority, start, null);
    }

    /**
     * As {@link #preview(String, String, Instant)}, for one kind of request: goals meant only for a kind
     * ("datalek", "question") are left out unless {@code kind} is that kind; null shows them all.
     */
    public List<Due> preview(String schemeKey, String priority, Instant start, String kind) {
        SlaSettings.Snapshot current = settings.current();
        SlaScheme scheme = current.scheme(schemeKey);
        if (scheme == null) {
            throw ProblemException.notFound("ma.sla.error.unknown-scheme", schemeKey);
        }
        if (priority == null || !scheme.levels().contains(priority)) {
            throw ProblemException.badInput("priority", "ma.sla.error.unknown-priority", priority, String.join(", ", scheme.levels()));
        }
        List<Due> due = new ArrayList<>();
        for (Goal goal : scheme.goalsFor(priority)) {
            if (kind != null && goal.onlyFor().filter(only -> !only.equals(kind)).isPresent()) {
                continue;
            }
            BusinessCalendar calendar = current.calendars().get(goal.calendarKey());
            if (calendar == null) {
                throw new IllegalStateException("goal " + goal.metric() + " of " + schemeKey + " names no known calendar");
            }
            due.add(new Due(goal, calendar, goal.target().dueAt(calendar, start).atZone(calendar.zone())));
        }
        return due;
    }
}

package nl.mijnaansluiting.servicedesk.sla;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What is still owed after incidents: the open RCAs (seed 002: "in geval van een onderhanden RCA wordt wekelijks
 * een RCA-overzicht met de status van de acties opgeleverd") and Borger.dk's post review reports (seed 003), each
 * with its due moment, what is due first on top. Read in one query.
 */
public class FollowUps {

    /** One open follow-up of one request. */
    public static final class FollowUp {
        private final ClockStore.StoredClock stored;
        private final BusinessCalendar calendar;
        private final Instant now;

        FollowUp(ClockStore.StoredClock stored, BusinessCalendar calendar, Instant now) {
            this.stored = stored;
            this.calendar = calendar;
            this.now = now;
        }

        public String requestKey() {
            return stored.requestKey();
        }

        public Optional<String> schemeKey() {
            return stored.schemeKey();
        }

        public Optional<String> priority() {
            return stored.priority();
        }

        /** {@link Goal#RCA} or {@link Goal#POST_REVIEW}. */
        public String metric() {
            return stored.clock().metric();
        }

        /** False while an RCA requested on an open incident waits for its resolution. */
        public boolean running() {
            return stored.clock().state() == SlaClock.State.RUNNING;
        }

        /** When it is due, in its calendar's zone; empty while it waits for the resolution. */
        public Optional<ZonedDateTime> dueAt() {
            return stored.clock().dueAt().map(d -> d.atZone(calendar.zone()));
        }

        public boolean overdue() {
            return stored.clock().isBreachedAt(calendar, now);
        }
    }

    private static final Set<String> METRICS = Set.of(Goal.RCA, Goal.POST_REVIEW);

    private final ClockStore store;
    private final SlaSettings settings;

    public FollowUps(ClockStore store, SlaSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    public List<FollowUp> open(Instant now) {
        SlaSettings.Snapshot current = settings.current();
        return store.openOf(METRICS).stream()
                .map(stored -> new FollowUp(stored, current.calendar(stored.calendarKey()), now))
                .sorted(Comparator.comparing((FollowUp f) -> f.stored.clock().dueAt().orElse(Instant.MAX))
                        .thenComparing(FollowUp::requestKey))
                .collect(Collectors.toList());
    }
}

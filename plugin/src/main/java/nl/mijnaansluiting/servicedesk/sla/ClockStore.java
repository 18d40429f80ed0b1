package nl.mijnaansluiting.servicedesk.sla;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Port: the clocks of requests, kept in Active Objects and indexed by when they next need attention. */
public interface ClockStore {

    /** A clock of one request, with the calendar it counts on. */
    final class StoredClock {
        private final String requestKey;
        private final String calendarKey;
        private final SlaClock clock;

        public StoredClock(String requestKey, String calendarKey, SlaClock clock) {
            this.requestKey = Objects.requireNonNull(requestKey);
            this.calendarKey = Objects.requireNonNull(calendarKey);
            this.clock = Objects.requireNonNull(clock);
        }

        public String requestKey() {
            return requestKey;
        }

        public String calendarKey() {
            return calendarKey;
        }

        public SlaClock clock() {
            return clock;
        }
    }

    /** Saves (creates or replaces) the clock of {@code clock.metric()} on the request. */
    void save(StoredClock clock, Instant nextAttention);

    List<StoredClock> of(String requestKey);

    /** Clocks that were met or breached from {@code from} (inclusive) until {@code until}: what a monthly report reads. */
    List<StoredClock> stoppedBetween(Instant from, Instant until);

    /** Clocks whose next attention lies before {@code moment}, earliest first: what a sweep reads. */
    List<StoredClock> needingAttentionBefore(Instant moment, int limit);
}

package nl.mijnaansluiting.servicedesk.sla;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Port: the clocks of requests, kept in Active Objects and indexed by when they next need attention. */
public interface ClockStore {

    /**
     * A clock of one request, with the calendar it counts on and the scheme and priority its goal came
     * from (what an escalation sweep chooses its steps by; null for clocks stored before they were kept).
     */
    final class StoredClock {
        private final String requestKey;
        private final String calendarKey;
        private final SlaClock clock;
        private final String schemeKey;
        private final String priority;

        public StoredClock(String requestKey, String calendarKey, SlaClock clock) {
            this(requestKey, calendarKey, clock, null, null);
        }

        public StoredClock(String requestKey, String calendarKey, SlaClock clock, String schemeKey, String priority) {
            this.requestKey = Objects.requireNonNull(requestKey);
            this.calendarKey = Objects.requireNonNull(calendarKey);
            this.clock = Objects.requireNonNull(clock);
            this.schemeKey = schemeKey;
            this.priority = priority;
        }

        /** "request/metric": the clock's identity. */
        public String clockKey() {
            return requestKey + "/" + clock.metric();
        }

        public java.util.Optional<String> schemeKey() {
            return java.util.Optional.ofNullable(schemeKey);
        }

        /** The priority level whose goal set the target; empty for goals of every priority. */
        public java.util.Optional<String> priority() {
            return java.util.Optional.ofNullable(priority);
        }

        /** The same request, scheme and priority with another clock. */
        public StoredClock with(SlaClock changed) {
            return new StoredClock(requestKey, calendarKey, changed, schemeKey, priority);
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

    /** Clocks of these metrics that run or wait (not met or breached), in one query: the open RCAs and post reviews. */
    List<StoredClock> openOf(java.util.Collection<String> metrics);

    /** Clocks whose next attention lies before {@code moment}, earliest first: what a sweep reads. */
    List<StoredClock> needingAttentionBefore(Instant moment, int limit);

    /** The clocks with these keys ("request/metric"), read in one query. */
    List<StoredClock> withKeys(java.util.Collection<String> clockKeys);

    /** Sets when the sweep must look at the clock again (null: never, until it changes); the clock itself stays. */
    void setNextAttention(String clockKey, Instant nextAttention);

    /** The same for many clocks at once (a null moment: none), reading them in one query. */
    void setNextAttention(java.util.Map<String, Instant> nextAttention);
}

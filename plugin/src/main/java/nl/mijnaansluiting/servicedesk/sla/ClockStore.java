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

    /** The clocks of these requests, request by request. */
    List<StoredClock> ofRequests(java.util.Collection<String> requestKeys);

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

    /** Saves the clock and writes its step, in one transaction (a null event: none). */
    void save(StoredClock clock, Instant nextAttention, ClockEvent event);

    /** A clock's new state with its next attention and the step that led to it. */
    record Change(StoredClock clock, Instant nextAttention, ClockEvent event) {
    }

    /** Saves many changed clocks with their steps, reading their rows in one query; inside one transaction. */
    void saveAll(java.util.List<Change> changes);

    /** Writes a step that changed nothing on the clock (a re-plan the clock could not follow). */
    void record(ClockEvent event);

    /** Every step of every clock of a request, oldest first. */
    List<ClockEvent> history(String requestKey);

    /** Every step of the clocks of these requests, oldest first, in one query. */
    List<ClockEvent> history(java.util.Collection<String> requestKeys);

    /** Which of these step keys were written already. */
    java.util.Set<String> writtenEvents(java.util.Collection<String> eventKeys);

    /** What a clock uses that configuration can change under it. */
    enum Usage { CALENDAR, SCHEME }

    /**
     * The clocks that use a calendar or the goals of a scheme, by clock key after {@code afterClockKey} (null:
     * from the first), at most {@code limit}: pages of a re-plan or a recalculation.
     *
     * @param openOnly only running and paused clocks
     */
    List<StoredClock> using(Usage usage, String key, boolean openOnly, String afterClockKey, int limit);

    /** How many clocks {@link #using} would page through. */
    int countUsing(Usage usage, String key, boolean openOnly);

    /** Runs {@code work} in one transaction (the calls above join it). */
    <T> T inTransaction(java.util.function.Supplier<T> work);

    /** The steps whose key starts with {@code eventKeyPrefix}, oldest first, at most {@code limit}: a re-plan's outcomes. */
    List<ClockEvent> eventsByKey(String eventKeyPrefix, ClockEvent.Kind kind, int limit);
}

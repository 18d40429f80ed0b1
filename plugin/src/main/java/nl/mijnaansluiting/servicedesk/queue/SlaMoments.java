package nl.mijnaansluiting.servicedesk.queue;

import nl.mijnaansluiting.servicedesk.sla.SlaClock;

import java.time.Instant;

/**
 * The two moments a clock is indexed by for the queue, so that "breached", "due within" and "sorted by due"
 * are ranges over indexed columns instead of arithmetic per row.
 */
public final class SlaMoments {

    /** Paused clocks sort after every running one; reached goals (met or breached) after those. */
    public static final Instant PAUSED_SORT = Instant.parse("9000-01-01T00:00:00Z");
    public static final Instant STOPPED_SORT = Instant.parse("9500-01-01T00:00:00Z");
    /** "Already breached" for a paused clock past its target whose breach moment is no longer known. */
    static final Instant LONG_AGO = Instant.EPOCH;

    private SlaMoments() {
    }

    /** What sorting by due sorts on: the due moment while it runs, then paused, then reached. */
    public static Instant sortMoment(SlaClock clock) {
        switch (clock.state()) {
            case RUNNING:
                return clock.dueAt().orElse(PAUSED_SORT);
            case PAUSED:
                return PAUSED_SORT;
            default:
                return STOPPED_SORT;
        }
    }

    /**
     * When the clock is or was overdue, null when it cannot be: a running clock's due moment (the sweep
     * knows it in advance), a breached clock's stop, a paused clock past its target its earlier breach moment
     * ({@code previous}, what the row held while it ran) or else long ago.
     */
    public static Instant breachMoment(SlaClock clock, Instant previous) {
        switch (clock.state()) {
            case RUNNING:
                return clock.dueAt().orElse(null);
            case BREACHED:
                return clock.stoppedAt().orElse(previous != null ? previous : LONG_AGO);
            case PAUSED:
                return clock.used().compareTo(clock.target()) > 0 ? (previous != null ? previous : LONG_AGO) : null;
            default:
                return null;
        }
    }
}

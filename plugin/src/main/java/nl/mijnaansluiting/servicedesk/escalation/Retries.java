package nl.mijnaansluiting.servicedesk.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When the outbox and the desk actions try again after a failure: 1, 5, 15 and 60 minutes, then hourly, given up
 * after {@link #MAX_ATTEMPTS}; and the failure as it is kept with the row.
 */
final class Retries {

    static final int MAX_ATTEMPTS = 10;
    private static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofMinutes(60));
    /** What the rows' error column holds. */
    private static final int ERROR_LENGTH = 450;

    private Retries() {
    }

    /** The moment of the next try after {@code attempts} failed ones, or null when given up. */
    static Instant nextAttempt(int attempts, Instant now) {
        return attempts >= MAX_ATTEMPTS ? null : now.plus(BACKOFF.get(Math.min(attempts, BACKOFF.size()) - 1));
    }

    /** The failure's message (else its type), cut to what the row keeps. */
    static String errorOf(Exception e) {
        String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
    }
}

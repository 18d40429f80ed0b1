package nl.mijnaansluiting.servicedesk.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a request being raised is noted until its priority decision and clocks are written, and the one
 * transaction they are written in. In Jira the issue itself is JSM's and is stored before the add-on's
 * post-function runs, so a note that outlives its post-function marks a request to repair.
 */
public interface IntakeStore {

    /** Notes (or notes again) that {@code requestKey} is being raised with these settings, in its own transaction. */
    void begin(String requestKey, Map<String, String> settings, Instant at);

    /** Runs {@code work} and removes the note, in one transaction: both happen, or neither. */
    <T> T completeInOneTransaction(String requestKey, Supplier<T> work);

    /** The note of one request, if it was not completed. */
    Optional<PendingIntake> pending(String requestKey);

    /** Notes begun before {@code before}, oldest first, at most {@code limit}. */
    List<PendingIntake> pendingBefore(Instant before, int limit);

    /** Gives up on a note (its request no longer exists). */
    void drop(String requestKey);

    /** A request whose decision and clocks were not (all) written. */
    record PendingIntake(String requestKey, Map<String, String> settings, Instant begunAt) {
    }
}

package nl.mijnaansluiting.servicedesk.escalation;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Port: the escalation log, each request's escalation level and the notification outbox, in Active
 * Objects. One transaction holds a firing's log line, its level and its notifications, so a firing is
 * there whole or not at all; the log's unique firing key makes a second firing of the same step fail.
 */
public interface EscalationStore {

    /** Runs {@code work} in one transaction (joining the caller's, if any). */
    <T> T inTransaction(Supplier<T> work);

    /** The firing keys already in the log for a clock ("request/metric"): what the planner skips. */
    Set<String> firedKeys(String clockKey);

    /** The fired keys of many clocks in one query, by clock key. */
    java.util.Map<String, Set<String>> firedKeys(java.util.Collection<String> clockKeys);

    /** Appends to the log; a firing key that is there already fails the transaction. */
    void log(EscalationEntry entry);

    List<EscalationEntry> logOf(String requestKey);

    /** The request's current level (0: the service desk) with the reason of the last escalation. */
    EscalationLevel level(String requestKey);

    void setLevel(String requestKey, EscalationLevel level, Instant at);

    /** The levels of many requests at once, for a queue; requests never escalated are left out. */
    java.util.Map<String, EscalationLevel> levels(java.util.Collection<String> requestKeys);

    void queue(Notification notification);

    /** Pending notifications whose next attempt lies before {@code moment}, oldest first. */
    List<Notification> deliverable(Instant moment, int limit);

    void delivered(long id, Instant at);

    /** A failed attempt: tried again from {@code nextAttempt}, or given up (FAILED) when that is null. */
    void attemptFailed(long id, String error, Instant nextAttempt);

    /** The newest notifications first, for the outbox page. */
    List<Notification> outbox(int limit);

    List<Notification> notificationsOf(String requestKey);

    /** Writes a firing's action on the request, to apply after commit; its key being there already fails the transaction. */
    void queueAction(DeskAction action);

    /** Pending actions whose next attempt lies before {@code moment}, oldest first. */
    List<DeskAction> applicableActions(Instant moment, int limit);

    /**
     * Marks a pending action applied, inside the transaction that applies it: the pending row gives way to the
     * applied one under the same unique key, so a second applier of the same action fails here.
     */
    void actionApplied(DeskAction action, Instant at);

    /** A failed attempt: tried again from {@code nextAttempt}, or given up (FAILED) when that is null. */
    void actionFailed(long id, String error, Instant nextAttempt);

    /** A request's actions, in the order they were written. */
    List<DeskAction> actionsOf(String requestKey);
}

package nl.mijnaansluiting.servicedesk.escalation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a request's escalation log: what happened (a step of the policy fired, a status update
 * was due, an agent escalated or de-escalated), why, when, by whom and to whom it went.
 */
public final class EscalationEntry {

    /** What the line records: a policy step fired, a status update was due, an agent escalated, an agent de-escalated. */
    public enum Kind { STEP, REMINDER, ESCALATED, DEESCALATED }

    /** The sweep's name in the log, where a person's username would be. */
    public static final String SWEEP = "sweep";

    private final String requestKey;
    private final Kind kind;
    private final String firingKey;
    private final String metric;
    private final int sharePercent;
    private final int levelBefore;
    private final int levelAfter;
    private final String reason;
    private final String explanation;
    private final List<String> notified;
    private final String reassignedTo;
    private final String actor;
    private final Instant at;

    public EscalationEntry(String requestKey, Kind kind, String firingKey, String metric, int sharePercent, int levelBefore,
                           int levelAfter, String reason, String explanation, List<String> notified, String reassignedTo,
                           String actor, Instant at) {
        this.requestKey = Objects.requireNonNull(requestKey);
        this.kind = Objects.requireNonNull(kind);
        this.firingKey = firingKey;
        this.metric = metric;
        this.sharePercent = sharePercent;
        this.levelBefore = levelBefore;
        this.levelAfter = levelAfter;
        this.reason = reason;
        this.explanation = explanation;
        this.notified = List.copyOf(notified);
        this.reassignedTo = reassignedTo;
        this.actor = Objects.requireNonNull(actor);
        this.at = Objects.requireNonNull(at);
    }

    public String requestKey() {
        return requestKey;
    }

    public Kind kind() {
        return kind;
    }

    /** "request/metric#step#round" for what the sweep fired: unique, so it fires once; empty for an agent's escalation. */
    public Optional<String> firingKey() {
        return Optional.ofNullable(firingKey);
    }

    public Optional<String> metric() {
        return Optional.ofNullable(metric);
    }

    public int sharePercent() {
        return sharePercent;
    }

    public int levelBefore() {
        return levelBefore;
    }

    public int levelAfter() {
        return levelAfter;
    }

    /** The reason key an agent chose (vertraging, ...); empty for the sweep's steps. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** The agent's explanation, or the step's comment. */
    public Optional<String> explanation() {
        return Optional.ofNullable(explanation);
    }

    /** Usernames a notification was queued for. */
    public List<String> notified() {
        return notified;
    }

    public Optional<String> reassignedTo() {
        return Optional.ofNullable(reassignedTo);
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }
}

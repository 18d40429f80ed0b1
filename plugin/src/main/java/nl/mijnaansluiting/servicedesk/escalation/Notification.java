package nl.mijnaansluiting.servicedesk.escalation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message to one person about an escalation, queued in the outbox in the same transaction as the
 * escalation itself, and delivered (Jira's mail; the sandbox's outbox) with retries afterwards.
 */
public final class Notification {

    /** Where the message stands in the outbox: still to deliver (or to retry), handed to the mail system, or given up. */
    public enum State { PENDING, SENT, FAILED }

    private final long id;
    private final String requestKey;
    private final String recipient;
    private final String email;
    private final String subject;
    private final String body;
    private final State state;
    private final int attempts;
    private final String lastError;
    private final Instant createdAt;
    private final Instant sentAt;

    public Notification(long id, String requestKey, String recipient, String email, String subject, String body, State state,
                        int attempts, String lastError, Instant createdAt, Instant sentAt) {
        this.id = id;
        this.requestKey = Objects.requireNonNull(requestKey);
        this.recipient = Objects.requireNonNull(recipient);
        this.email = email;
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        this.state = Objects.requireNonNull(state);
        this.attempts = attempts;
        this.lastError = lastError;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.sentAt = sentAt;
    }

    /** A new message, not yet stored. */
    public static Notification queued(String requestKey, String recipient, String email, String subject, String body, Instant at) {
        return new Notification(0, requestKey, recipient, email, subject, body, State.PENDING, 0, null, at, null);
    }

    public long id() {
        return id;
    }

    public String requestKey() {
        return requestKey;
    }

    /** The username it is for. */
    public String recipient() {
        return recipient;
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public State state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }
}

package nl.mijnaansluiting.servicedesk.sandbox.request;

import java.time.Instant;
import java.util.Objects;

/** A comment on a request, by the customer or an agent. */
public final class RequestComment {

    public static final int MAX_LENGTH = 32_000;

    private final String author;
    private final String body;
    private final Instant at;
    private final boolean internal;

    public RequestComment(String author, String body, Instant at) {
        this(author, body, at, false);
    }

    /** @param internal seen by agents only (escalation notes), never by the customer */
    public RequestComment(String author, String body, Instant at, boolean internal) {
        this.internal = internal;
        this.author = Objects.requireNonNull(author, "author");
        this.body = Objects.requireNonNull(body, "body");
        this.at = Objects.requireNonNull(at, "at");
    }

    public String author() {
        return author;
    }

    public String body() {
        return body;
    }

    public boolean internal() {
        return internal;
    }

    public Instant at() {
        return at;
    }
}

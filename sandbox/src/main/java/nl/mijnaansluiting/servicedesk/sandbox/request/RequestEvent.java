package nl.mijnaansluiting.servicedesk.sandbox.request;

import java.time.Instant;
import java.util.Objects;

/**
 * A step in a request's life that the timeline shows and the request's own fields do not keep.
 * {@code detail} is a value (a status key, a username, a file name), turned into words by the page.
 */
public record RequestEvent(Instant at, String actor, Kind kind, String detail) {

    public enum Kind {
        /** An agent's action changed the status; detail: the new status key. */
        STATUS,
        /** Someone took or was given the request; detail: the assignee's username, empty when unassigned. */
        ASSIGNED,
        /** The reporter shared it with their organisation ("true") or stopped sharing ("false"). */
        SHARED,
        /** A file added after sending; detail: its name. */
        FILE_ADDED
    }

    public RequestEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }
}

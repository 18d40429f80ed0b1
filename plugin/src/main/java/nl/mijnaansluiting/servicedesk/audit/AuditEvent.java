package nl.mijnaansluiting.servicedesk.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit trail: who did what to which subject, when. Subjects are named by type and
 * key ("scheme"/"mijn-aansluiting", "key-users"/"noordnet", "sign-in"/"anna"), so every capability
 * can write to the same trail and an admin reads it in one place.
 */
public final class AuditEvent {

    public static final int MAX_DETAILS = 4000;

    private final Instant at;
    private final String actor;
    private final String subjectType;
    private final String subjectKey;
    private final String action;
    private final String details;

    public AuditEvent(Instant at, String actor, String subjectType, String subjectKey, String action, String details) {
        this.at = Objects.requireNonNull(at, "at");
        this.actor = requireText(actor, "actor");
        this.subjectType = requireText(subjectType, "subjectType");
        this.subjectKey = requireText(subjectKey, "subjectKey");
        this.action = requireText(action, "action");
        this.details = details == null ? "" : shorten(details);
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is empty");
        }
        return value;
    }

    /** Details are context, not payload: long texts are cut rather than refused. */
    private static String shorten(String details) {
        return details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS - 1) + "\u2026";
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectKey() {
        return subjectKey;
    }

    public String action() {
        return action;
    }

    public String details() {
        return details;
    }

    @Override
    public String toString() {
        return at + " " + actor + " " + action + " " + subjectType + "/" + subjectKey;
    }
}

package nl.mijnaansluiting.servicedesk.request;

import java.time.Instant;
import java.util.Objects;

/** A person appointed key-user of a deelnemer: may submit the key-user-only templates for it. */
public final class KeyUser {

    private final String organisationKey;
    private final String username;
    private final String addedBy;
    private final Instant addedAt;

    public KeyUser(String organisationKey, String username, String addedBy, Instant addedAt) {
        this.organisationKey = Objects.requireNonNull(organisationKey, "organisationKey");
        this.username = Objects.requireNonNull(username, "username");
        this.addedBy = Objects.requireNonNull(addedBy, "addedBy");
        this.addedAt = addedAt;
    }

    public String organisationKey() {
        return organisationKey;
    }

    public String username() {
        return username;
    }

    public String addedBy() {
        return addedBy;
    }

    /** When appointed here; null for a member of the deelnemer's Jira group (then {@link #addedBy()} is the group). */
    public Instant addedAt() {
        return addedAt;
    }
}

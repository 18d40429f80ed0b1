package nl.mijnaansluiting.servicedesk.request;

import java.util.Objects;

/** A person who can raise requests for a deelnemer. */
public final class Customer {

    private final String username;
    private final String displayName;
    private final String email;

    public Customer(String username, String displayName, String email) {
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = displayName == null ? username : displayName;
        this.email = email == null ? "" : email;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }
}

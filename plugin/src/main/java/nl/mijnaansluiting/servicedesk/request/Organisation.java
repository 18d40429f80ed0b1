package nl.mijnaansluiting.servicedesk.request;

import java.util.Objects;

/** A deelnemer: a customer organisation of the service desk (a JSM organisation in Jira). */
public final class Organisation {

    private final String key;
    private final String name;

    public Organisation(String key, String name) {
        this.key = Objects.requireNonNull(key, "key");
        this.name = Objects.requireNonNull(name, "name");
    }

    /** Stable key: the JSM organisation id in Jira, a slug in the sandbox. */
    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Organisation && ((Organisation) o).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key + " (" + name + ")";
    }
}

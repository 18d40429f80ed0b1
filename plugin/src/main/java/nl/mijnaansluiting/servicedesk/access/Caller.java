package nl.mijnaansluiting.servicedesk.access;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.time.ZoneId;

/**
 * The signed-in person making a request: who, in which roles, for which deelnemers (customer
 * organisations, by key) and in which language.
 */
public final class Caller {

    /** The service desk's zone, for people whose own is not known. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Amsterdam");

    private final String username;
    private final String displayName;
    private final Set<Role> roles;
    private final Set<String> organisations;
    private final Locale locale;
    private final ZoneId zone;

    public Caller(String username, String displayName, Set<Role> roles, Set<String> organisations, Locale locale) {
        this(username, displayName, roles, organisations, locale, null);
    }

    /** {@code zone}: the person's own time zone, where the host knows it; the service desk's otherwise. */
    public Caller(String username, String displayName, Set<Role> roles, Set<String> organisations, Locale locale,
                  ZoneId zone) {
        this.username = requireText(username, "username");
        this.displayName = displayName == null || displayName.isBlank() ? username : displayName;
        this.roles = roles.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        this.organisations = Collections.unmodifiableSet(new LinkedHashSet<>(organisations));
        this.locale = Objects.requireNonNull(locale, "locale");
        this.zone = zone == null ? DEFAULT_ZONE : zone;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is empty");
        }
        return value;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public Set<String> organisations() {
        return organisations;
    }

    public Locale locale() {
        return locale;
    }

    /** The time zone moments are shown in to this person. */
    public ZoneId zone() {
        return zone;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Licensed Jira users: agents, service managers and admins. */
    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    public boolean belongsTo(String organisation) {
        return organisations.contains(organisation);
    }

    @Override
    public String toString() {
        return username + roles;
    }
}

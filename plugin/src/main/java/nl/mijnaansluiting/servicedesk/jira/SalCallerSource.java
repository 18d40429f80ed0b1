package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.access.Role;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, in Jira: the SAL remote user. Jira administrators are admins; members of the JSM
 * agent group are agents; members of the service-manager group are service managers (and agents);
 * everyone else who is signed in is a portal customer. The customer organisations a caller belongs
 * to come from JSM with the key-user work; until then this source reports none.
 */
public class SalCallerSource implements CallerSource {

    /** JSM's default group of licensed agents. */
    public static final String AGENT_GROUP = "jira-servicedesk-users";
    /** The group the add-on's installation guide asks admins to create for service managers. */
    public static final String SERVICE_MANAGER_GROUP = "ma-servicemanagers";

    private final UserManager userManager;
    private final LocaleResolver localeResolver;
    private final TimeZoneManager timeZones;

    /** @param timeZones the time zone of each user's Jira profile, so moments read as on their own clock */
    public SalCallerSource(UserManager userManager, LocaleResolver localeResolver, TimeZoneManager timeZones) {
        this.userManager = userManager;
        this.localeResolver = localeResolver;
        this.timeZones = timeZones;
    }

    @Override
    public Optional<Caller> current() {
        UserProfile user = userManager.getRemoteUser();
        if (user == null) {
            return Optional.empty();
        }
        UserKey key = user.getUserKey();
        return Optional.of(new Caller(user.getUsername(), user.getFullName(), rolesOf(key),
                Collections.emptySet(), localeResolver.getLocale(key), zoneOf(key)));
    }

    /** The profile's zone; the service desk's when Jira gives none. */
    private java.time.ZoneId zoneOf(UserKey key) {
        java.util.TimeZone zone = timeZones.getUserTimeZone(key);
        return zone == null ? null : zone.toZoneId();
    }

    private Set<Role> rolesOf(UserKey key) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (userManager.isAdmin(key)) {
            roles.add(Role.ADMIN);
        }
        if (userManager.isUserInGroup(key, SERVICE_MANAGER_GROUP)) {
            roles.add(Role.SERVICE_MANAGER);
            roles.add(Role.AGENT);
        }
        if (userManager.isUserInGroup(key, AGENT_GROUP)) {
            roles.add(Role.AGENT);
        }
        if (roles.isEmpty()) {
            roles.add(Role.CUSTOMER);
        }
        return roles;
    }
}

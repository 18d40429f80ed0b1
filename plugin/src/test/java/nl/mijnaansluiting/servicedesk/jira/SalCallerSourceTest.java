package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.Role;
import nl.mijnaansluiting.servicedesk.error.Problem;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import org.junit.Before;
import org.junit.Test;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class SalCallerSourceTest {

    private final UserManager userManager = mock(UserManager.class);
    private final LocaleResolver localeResolver = mock(LocaleResolver.class);
    private final com.atlassian.sal.api.timezone.TimeZoneManager timeZones = mock(com.atlassian.sal.api.timezone.TimeZoneManager.class);
    private final SalCallerSource callers = new SalCallerSource(userManager, localeResolver, timeZones);
    private final UserKey key = new UserKey("JIRAUSER10100");

    @Before
    public void signedInAsAnna() {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUserKey()).thenReturn(key);
        when(profile.getUsername()).thenReturn("anna");
        when(profile.getFullName()).thenReturn("Anna de Vries");
        when(userManager.getRemoteUser()).thenReturn(profile);
        when(localeResolver.getLocale(key)).thenReturn(Locale.forLanguageTag("nl-NL"));
        when(userManager.isUserInGroup(any(UserKey.class), anyString())).thenReturn(false);
    }

    @Test
    public void momentsReadInTheZoneOfTheUsersProfileElseTheServiceDesks() {
        when(timeZones.getUserTimeZone(key)).thenReturn(java.util.TimeZone.getTimeZone("America/Curacao"));
        assertEquals(java.time.ZoneId.of("America/Curacao"), callers.current().orElseThrow().zone());
        when(timeZones.getUserTimeZone(key)).thenReturn(null);
        assertEquals(Caller.DEFAULT_ZONE, callers.current().orElseThrow().zone());
    }

    @Test
    public void anonymousIsNoCaller() {
        when(userManager.getRemoteUser()).thenReturn(null);
        assertEquals(Optional.empty(), callers.current());
        try {
            callers.require();
            fail();
        } catch (ProblemException e) {
            assertEquals(Problem.NOT_SIGNED_IN, e.problem());
        }
    }

    @Test
    public void aSignedInUserOutsideTheStaffGroupsIsACustomer() {
        Caller anna = callers.current().orElseThrow();
        assertEquals("anna", anna.username());
        assertEquals("Anna de Vries", anna.displayName());
        assertEquals(Set.of(Role.CUSTOMER), anna.roles());
        assertEquals("nl", anna.locale().getLanguage());
        assertFalse(anna.isStaff());
    }

    @Test
    public void jsmAgentsAreAgentsAndServiceManagersAreAgentsToo() {
        when(userManager.isUserInGroup(key, SalCallerSource.AGENT_GROUP)).thenReturn(true);
        assertEquals(Set.of(Role.AGENT), callers.current().orElseThrow().roles());

        when(userManager.isUserInGroup(key, SalCallerSource.SERVICE_MANAGER_GROUP)).thenReturn(true);
        assertEquals(Set.of(Role.AGENT, Role.SERVICE_MANAGER), callers.current().orElseThrow().roles());
    }

    @Test
    public void jiraAdministratorsAreAdmins() {
        when(userManager.isAdmin(key)).thenReturn(true);
        assertEquals(Set.of(Role.ADMIN), callers.current().orElseThrow().roles());
        assertEquals("anna", callers.requireAdmin().username());
    }

    @Test
    public void requireAdminRefusesOthers() {
        try {
            callers.requireAdmin();
            fail();
        } catch (ProblemException e) {
            assertEquals(Problem.FORBIDDEN, e.problem());
            assertEquals("ma.error.admin-only", e.messageKey());
        }
    }
}

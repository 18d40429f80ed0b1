package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.junit.Test;

import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The web-items' conditions, over SAL as Jira answers it: admin links for admins, the report for staff. */
public class NavigationConditionsTest {

    private final UserManager userManager = mock(UserManager.class);
    private final LocaleResolver localeResolver = mock(LocaleResolver.class);
    private final SalCallerSource callers = new SalCallerSource(userManager, localeResolver,
            mock(com.atlassian.sal.api.timezone.TimeZoneManager.class));
    private final AdminCondition admin = new AdminCondition(callers);
    private final StaffCondition staff = new StaffCondition(callers);

    private void signedIn(String username, boolean isAdmin, String group) {
        UserKey key = new UserKey("JIRAUSER-" + username);
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUserKey()).thenReturn(key);
        when(profile.getUsername()).thenReturn(username);
        when(profile.getFullName()).thenReturn(username);
        when(userManager.getRemoteUser()).thenReturn(profile);
        when(userManager.isAdmin(key)).thenReturn(isAdmin);
        if (group != null) {
            when(userManager.isUserInGroup(key, group)).thenReturn(true);
        }
        when(localeResolver.getLocale(any(UserKey.class))).thenReturn(Locale.forLanguageTag("nl"));
        admin.init(Map.of());
        staff.init(Map.of());
    }

    @Test
    public void anAdministratorSeesTheAdminLinksAndTheReport() {
        signedIn("admin", true, null);
        assertTrue(admin.shouldDisplay(Map.of()));
        assertTrue(staff.shouldDisplay(Map.of()));
    }

    @Test
    public void anAgentSeesTheReportButNoAdminLinks() {
        signedIn("agent", false, SalCallerSource.AGENT_GROUP);
        assertFalse(admin.shouldDisplay(Map.of()));
        assertTrue(staff.shouldDisplay(Map.of()));
    }

    @Test
    public void aCustomerAndAnAnonymousVisitorSeeNeither() {
        signedIn("anna", false, null);
        assertFalse(admin.shouldDisplay(Map.of()));
        assertFalse(staff.shouldDisplay(Map.of()));
        when(userManager.getRemoteUser()).thenReturn(null);
        assertFalse(admin.shouldDisplay(Map.of()));
        assertFalse(staff.shouldDisplay(Map.of()));
    }
}

package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import nl.mijnaansluiting.servicedesk.escalation.StaffDirectory;
import org.junit.Before;
import org.junit.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Jira's users as people read them: display names where a username is stored, each one's profile language. */
public class JiraPeopleTest {

    private final UserManager users = mock(UserManager.class);
    private final LocaleResolver locales = mock(LocaleResolver.class);
    private final GroupManager groups = mock(GroupManager.class);
    private final ApplicationUser manager = mock(ApplicationUser.class);
    private final JiraPeople people = new JiraPeople(users, locales);

    @Before
    public void jira() {
        when(manager.getUsername()).thenReturn("manager");
        when(manager.getKey()).thenReturn("JIRAUSER10100");
        when(manager.getDisplayName()).thenReturn("Hanna Servicemanager");
        when(manager.getEmailAddress()).thenReturn("hanna@example.org");
        when(manager.isActive()).thenReturn(true);
        when(users.getUserByName("manager")).thenReturn(manager);
        when(locales.getLocale(new UserKey("JIRAUSER10100"))).thenReturn(Locale.UK);
        when(locales.getLocale((UserKey) null)).thenReturn(new Locale("nl", "NL"));
    }

    @Test
    public void aPersonIsShownByDisplayNameAndReadsTheLanguageOfTheirProfile() {
        assertEquals("Hanna Servicemanager", people.displayName("manager"));
        assertEquals(Locale.UK, people.language("manager"));
        assertTrue(people.exists("manager"));
    }

    @Test
    public void someoneJiraNoLongerKnowsIsShownByTheStoredNameInJirasDefaultLanguage() {
        assertEquals("vertrokken", people.displayName("vertrokken"));
        assertEquals(new Locale("nl", "NL"), people.language("vertrokken"));
        assertFalse(people.exists("vertrokken"));
        when(manager.isActive()).thenReturn(false);
        assertFalse(people.exists("manager"));
    }

    @Test
    public void escalationWritesToEachMemberInTheirOwnLanguage() {
        when(groups.groupExists("ma-servicemanagers")).thenReturn(true);
        when(groups.getUsersInGroup("ma-servicemanagers")).thenReturn(List.of(manager));
        List<StaffDirectory.Person> members = new JiraStaffDirectory(groups, users, people).members("ma-servicemanagers");
        assertEquals(List.of(new StaffDirectory.Person("manager", "hanna@example.org", "Hanna Servicemanager", Locale.UK)), members);
    }
}

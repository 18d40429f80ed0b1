package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import nl.mijnaansluiting.servicedesk.escalation.StaffDirectory;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Jira's groups and users as the people escalation notifies; inactive users are left out. */
public class JiraStaffDirectory implements StaffDirectory {

    private final GroupManager groupManager;
    private final UserManager userManager;

    public JiraStaffDirectory(GroupManager groupManager, UserManager userManager) {
        this.groupManager = groupManager;
        this.userManager = userManager;
    }

    @Override
    public boolean groupExists(String group) {
        return group != null && groupManager.groupExists(group);
    }

    @Override
    public List<Person> members(String group) {
        if (!groupExists(group)) {
            return List.of();
        }
        return groupManager.getUsersInGroup(group).stream().filter(ApplicationUser::isActive).map(JiraStaffDirectory::person)
                .collect(Collectors.toList());
    }

    @Override
    public Optional<Person> person(String username) {
        return Optional.ofNullable(username == null ? null : userManager.getUserByName(username)).filter(ApplicationUser::isActive)
                .map(JiraStaffDirectory::person);
    }

    private static Person person(ApplicationUser user) {
        return new Person(user.getUsername(), user.getEmailAddress());
    }
}

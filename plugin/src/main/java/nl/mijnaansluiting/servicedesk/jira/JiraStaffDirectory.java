package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import nl.mijnaansluiting.servicedesk.escalation.StaffDirectory;
import nl.mijnaansluiting.servicedesk.request.KeyUserGroups;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Jira's groups and users: the people escalation notifies (each in their profile's language) and the key-user groups;
 * inactive users are left out.
 */
public class JiraStaffDirectory implements StaffDirectory, KeyUserGroups {

    private final GroupManager groupManager;
    private final UserManager userManager;
    private final JiraPeople people;

    public JiraStaffDirectory(GroupManager groupManager, UserManager userManager, JiraPeople people) {
        this.groupManager = groupManager;
        this.userManager = userManager;
        this.people = people;
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
        return groupManager.getUsersInGroup(group).stream().filter(ApplicationUser::isActive).map(this::person)
                .collect(Collectors.toList());
    }

    @Override
    public Optional<Person> person(String username) {
        return Optional.ofNullable(username == null ? null : userManager.getUserByName(username)).filter(ApplicationUser::isActive)
                .map(this::person);
    }

    @Override
    public java.util.Set<String> usernamesIn(String group) {
        return members(group).stream().map(Person::username).collect(Collectors.toSet());
    }

    /** A person to notify, with the name and language their mail is written for. */
    private Person person(ApplicationUser user) {
        return new Person(user.getUsername(), user.getEmailAddress(), user.getDisplayName(), people.language(user));
    }
}

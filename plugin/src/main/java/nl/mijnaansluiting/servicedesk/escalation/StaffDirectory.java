package nl.mijnaansluiting.servicedesk.escalation;

import java.util.List;
import java.util.Optional;

/** Port: the groups and people escalation notifies. Jira's groups and users; the demo directory in the sandbox. */
public interface StaffDirectory {

    /** A person to notify, in their own language. */
    record Person(String username, String email, String displayName, java.util.Locale language) {
    }

    boolean groupExists(String group);

    /** The members of a group; empty when the group is unknown. */
    List<Person> members(String group);

    Optional<Person> person(String username);
}

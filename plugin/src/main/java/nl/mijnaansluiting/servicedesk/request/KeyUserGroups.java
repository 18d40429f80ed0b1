package nl.mijnaansluiting.servicedesk.request;

import java.util.Set;

/**
 * Port: the Jira groups that can stand for a deelnemer's key-users, when the admin names them by a
 * convention ("ma-keyusers-{organisation}"). Jira's groups; the demo directory's in the sandbox.
 */
public interface KeyUserGroups {

    boolean groupExists(String group);

    /** Usernames of the group's members; empty when there is no such group. */
    Set<String> usernamesIn(String group);
}

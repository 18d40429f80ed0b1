/*
 * Compile-only declaration. Follows the Jira 10.3 javadoc (docs.atlassian.com/software/jira/docs/api/10.3.0/), interface com.atlassian.jira.security.groups.GroupManager.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.jira.security.groups;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Collection;

public interface GroupManager {
    boolean groupExists(String groupName);

    Collection<ApplicationUser> getUsersInGroup(String groupName);
}

/*
 * Compile-only declaration. Follows the Jira 10.3 javadoc (docs.atlassian.com/software/jira/docs/api/10.3.0/), interface com.atlassian.jira.user.util.UserManager.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

public interface UserManager {
    /** The user with this username, or null. */
    ApplicationUser getUserByName(String userName);
}

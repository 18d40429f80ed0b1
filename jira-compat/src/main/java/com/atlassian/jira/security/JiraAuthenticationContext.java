/*
 * Compile-only declaration. Follows the Jira 10.3 javadoc (docs.atlassian.com/software/jira/docs/api/10.3.0/), interface com.atlassian.jira.security.JiraAuthenticationContext.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

public interface JiraAuthenticationContext {
    /** The signed-in user of the current thread, or null. */
    ApplicationUser getLoggedInUser();
}

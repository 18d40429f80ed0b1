/*
 * Compile-only declaration. Follows the Jira 10.3 javadoc (docs.atlassian.com/software/jira/docs/api/10.3.0/), interface com.atlassian.jira.user.ApplicationUser.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.jira.user;

public interface ApplicationUser {
    String getKey();

    String getUsername();

    String getName();

    String getEmailAddress();

    String getDisplayName();

    boolean isActive();
}

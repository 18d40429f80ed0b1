/*
 * Compile-only declaration of the Jira core interface com.atlassian.jira.user.ApplicationUser, for the Jira 10.3 target.
 * No Jira 10.x javadoc page of this type could be read here, so its signatures are the best older evidence:
 * Checked against https://docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html
 * (Jira 7.0.0).
 * Every row of it in jira-compat/ledger/jira.md is `unconfirmed`: check it against a real Jira 10.3.
 * Only the members the add-on calls are declared.
 */
package com.atlassian.jira.user;

public interface ApplicationUser {
    /** The user's unique key, which stays when the user is renamed. */
    String getKey();

    String getUsername();

    String getEmailAddress();

    String getDisplayName();

    boolean isActive();
}

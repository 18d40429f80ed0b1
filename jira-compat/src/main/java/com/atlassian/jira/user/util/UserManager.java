/*
 * Compile-only declaration of the Jira core interface com.atlassian.jira.user.util.UserManager, for the Jira 10.3 target.
 * No Jira 10.x javadoc page of this type could be read here, so its signatures are the best older evidence:
 * Checked against https://docs.atlassian.com/jira/6.3.15/com/atlassian/jira/user/util/UserManager.html
 * (Jira 6.3.15).
 * Every row of it in jira-compat/ledger/jira.md is `unconfirmed`: check it against a real Jira 10.3.
 * Only the members the add-on calls are declared.
 */
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

public interface UserManager {
    /** The user with this username, or null. */
    ApplicationUser getUserByName(String userName);
}

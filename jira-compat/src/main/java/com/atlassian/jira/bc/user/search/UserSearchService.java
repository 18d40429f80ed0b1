/*
 * Compile-only declaration of the Jira core interface com.atlassian.jira.bc.user.search.UserSearchService, for the Jira 10.3 target.
 * No Jira 10.x javadoc page of this type could be read here, so its signatures are the best older evidence:
 * Checked against https://docs.atlassian.com/jira/7.0.4/com/atlassian/jira/bc/user/search/UserSearchService.html
 * (Jira 7.0.4).
 * Every row of it in jira-compat/ledger/jira.md is `unconfirmed`: check it against a real Jira 10.3.
 * Only the members the add-on calls are declared.
 */
package com.atlassian.jira.bc.user.search;

import com.atlassian.jira.user.ApplicationUser;

public interface UserSearchService {
    /** Users whose e-mail address matches exactly (case-insensitive). */
    Iterable<ApplicationUser> findUsersByEmail(String email);
}

/*
 * Compile-only declaration. Follows the Jira 10.3 javadoc (docs.atlassian.com/software/jira/docs/api/10.3.0/), interface com.atlassian.jira.bc.user.search.UserSearchService.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.jira.bc.user.search;

import com.atlassian.jira.user.ApplicationUser;

public interface UserSearchService {
    /** Users whose e-mail address matches exactly (case-insensitive). */
    Iterable<ApplicationUser> findUsersByEmail(String email);
}

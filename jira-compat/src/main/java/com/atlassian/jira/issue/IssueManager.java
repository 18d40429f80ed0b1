/*
 * Compile-only declaration. Follows the Jira 10.3 javadoc (docs.atlassian.com/software/jira/docs/api/10.3.0/), interface com.atlassian.jira.issue.IssueManager.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.jira.issue;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.user.ApplicationUser;

public interface IssueManager {
    MutableIssue getIssueObject(String key);

    /** Stores the changed issue (with change history) as {@code user}. */
    Issue updateIssue(ApplicationUser user, MutableIssue issue, EventDispatchOption eventDispatchOption, boolean sendMail);
}

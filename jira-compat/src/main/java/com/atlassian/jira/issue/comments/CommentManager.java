/*
 * Compile-only declaration. Follows the Jira 10.3 javadoc, interface com.atlassian.jira.issue.comments.CommentManager.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

public interface CommentManager {
    /** A comment visible only to members of {@code groupLevel} (null: everyone who sees the issue). */
    Comment create(Issue issue, ApplicationUser author, String body, String groupLevel, Long roleLevelId, boolean dispatchEvent);
}

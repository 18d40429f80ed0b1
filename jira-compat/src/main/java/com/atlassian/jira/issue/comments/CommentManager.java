/*
 * Compile-only declaration of the Jira core interface com.atlassian.jira.issue.comments.CommentManager, for the Jira 10.3 target.
 * No Jira 10.x javadoc page of this type could be read here, so its signatures are the best older evidence:
 * Checked against https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/comments/CommentManager.html
 * (Jira 4.0, String-author forms only).
 * Every row of it in jira-compat/ledger/jira.md is `unconfirmed`: check it against a real Jira 10.3.
 * Only the members the add-on calls are declared.
 */
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

public interface CommentManager {
    /** A comment visible only to members of {@code groupLevel} (null: everyone who sees the issue). */
    Comment create(Issue issue, ApplicationUser author, String body, String groupLevel, Long roleLevelId, boolean dispatchEvent);
}

/*
 * Compile-only declaration of the Jira core interface com.atlassian.jira.issue.Issue, for the Jira 10.3 target.
 * No Jira 10.x javadoc page of this type could be read here, so its signatures are the best older evidence:
 * Checked against https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html
 * (Jira "latest" = 7.6.1 when it was stored).
 * Every row of it in jira-compat/ledger/jira.md is `unconfirmed`: check it against a real Jira 10.3.
 * Only the members the add-on calls are declared.
 */
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;

public interface Issue {
    String getKey();

    /** The issue's priority, or null when it has none. */
    com.atlassian.jira.issue.priority.Priority getPriority();

    ApplicationUser getReporter();

    ApplicationUser getAssignee();

    String getSummary();

    Object getCustomFieldValue(CustomField customField);
}

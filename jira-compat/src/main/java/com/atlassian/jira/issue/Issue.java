/*
 * Compile-only declaration. Follows the Jira 10.3 javadoc (docs.atlassian.com/software/jira/docs/api/10.3.0/), interface com.atlassian.jira.issue.Issue.
 * Only the methods the add-on calls are declared.
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

/*
 * Compile-only declaration. Follows the Jira 10.3 javadoc (docs.atlassian.com/software/jira/docs/api/10.3.0/), interface com.atlassian.jira.issue.issuetype.IssueType.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.issue.IssueConstant;

public interface IssueType extends IssueConstant {
}

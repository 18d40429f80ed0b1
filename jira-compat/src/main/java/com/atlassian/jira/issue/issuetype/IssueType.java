/*
 * Compile-only declaration of the Jira core interface com.atlassian.jira.issue.issuetype.IssueType, for the Jira 10.3 target.
 * No Jira 10.x javadoc page of this type could be read here, so its signatures are the best older evidence:
 * Checked against https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/project/Project.html
 * (Jira 7.2.0, Project#getIssueTypes returns Collection<IssueType>).
 * Every row of it in jira-compat/ledger/jira.md is `unconfirmed`: check it against a real Jira 10.3.
 * Only the members the add-on calls are declared.
 */
package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.issue.IssueConstant;

public interface IssueType extends IssueConstant {
}

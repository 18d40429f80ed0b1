/*
 * Compile-only declaration of the Jira core class com.atlassian.jira.issue.index.IndexException, for the Jira 10.3 target.
 * Checked against https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/issue/index/IndexException.html (Jira 7.1.9).
 * Its row in jira-compat/ledger/jira.md is `unconfirmed`. Only what the add-on needs is declared: the type, for the
 * throws clause of IssueIndexingService#reIndex (the plugin never constructs it).
 */
package com.atlassian.jira.issue.index;

import com.atlassian.jira.JiraException;

public class IndexException extends JiraException {
}

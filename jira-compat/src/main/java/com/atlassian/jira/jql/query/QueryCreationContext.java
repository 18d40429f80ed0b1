/*
 * Compile-only declaration of the Jira core interface com.atlassian.jira.jql.query.QueryCreationContext.
 * Named by JqlFunction#getValues (https://docs.atlassian.com/jira/latest/com/atlassian/jira/plugin/jql/function/WatchedIssuesFunction.html,
 * 7.6.x "latest"); the add-on calls none of its members, so none are declared.
 */
package com.atlassian.jira.jql.query;

public interface QueryCreationContext {
}

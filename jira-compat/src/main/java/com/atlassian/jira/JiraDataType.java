/*
 * Compile-only declaration of the Jira core interface com.atlassian.jira.JiraDataType: what a JQL function's values are
 * (https://docs.atlassian.com/jira/latest/com/atlassian/jira/plugin/jql/function/WatchedIssuesFunction.html, 7.6.x "latest").
 * The add-on calls none of its members, so none are declared.
 */
package com.atlassian.jira;

public interface JiraDataType {
}

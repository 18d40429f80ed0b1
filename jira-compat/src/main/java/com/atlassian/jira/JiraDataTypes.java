/*
 * Compile-only declaration of the Jira core class com.atlassian.jira.JiraDataTypes (the data types of JQL values).
 * Not read on a javadoc page here (see ledger/jira.md); only ISSUE, what the SLA functions give, is declared.
 */
package com.atlassian.jira;

public final class JiraDataTypes {
    /** Issues (the value comes from Jira at run time; never bundled). */
    public static final JiraDataType ISSUE = null;

    private JiraDataTypes() {
    }
}

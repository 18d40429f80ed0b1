/*
 * Compile-only declaration of the Jira core class com.atlassian.jira.JiraException, for the Jira 10.3 target.
 * Checked against https://docs.atlassian.com/software/jira/docs/api/5.0/com/atlassian/jira/JiraException.html (Jira 5.0).
 * Its row in jira-compat/ledger/jira.md is `unconfirmed`. Declared only as IndexException's superclass.
 */
package com.atlassian.jira;

public class JiraException extends Exception {
}

/*
 * Compile-only declaration of the Jira core class com.atlassian.jira.issue.context.GlobalIssueContext, for the Jira 10.3 target.
 * No Jira 10.x javadoc page of this type could be read here, so its signatures are the best older evidence:
 * Checked against https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/issue/context/package-summary.html
 * (Jira 7.1.9 package summary).
 * Every row of it in jira-compat/ledger/jira.md is `unconfirmed`: check it against a real Jira 10.3.
 * Only the members the add-on calls are declared.
 */
package com.atlassian.jira.issue.context;

public class GlobalIssueContext implements JiraContextNode {
    /** Private, as in Jira since 6.1: the one instance comes from {@link #getInstance()}. */
    private GlobalIssueContext() {
    }

    private static final GlobalIssueContext INSTANCE = new GlobalIssueContext();

    /** The context of every project (Jira's is a singleton too). */
    public static JiraContextNode getInstance() {
        return INSTANCE;
    }
}

/*
 * Compile-only declaration. Follows the Jira 10.3 javadoc (docs.atlassian.com/software/jira/docs/api/10.3.0/), class com.atlassian.jira.issue.context.GlobalIssueContext.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.jira.issue.context;

public class GlobalIssueContext implements JiraContextNode {
    protected GlobalIssueContext() {
    }

    private static final GlobalIssueContext INSTANCE = new GlobalIssueContext();

    /** The context of every project (Jira's is a singleton too). */
    public static JiraContextNode getInstance() {
        return INSTANCE;
    }
}

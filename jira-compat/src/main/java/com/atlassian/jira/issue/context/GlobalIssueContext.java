/*
 * Compile-only declaration. Follows the Jira 10.3 javadoc (docs.atlassian.com/software/jira/docs/api/10.3.0/), class com.atlassian.jira.issue.context.GlobalIssueContext.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.jira.issue.context;

public class GlobalIssueContext implements JiraContextNode {
    protected GlobalIssueContext() {
    }

    /** The context of every project. */
    public static JiraContextNode getInstance() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}

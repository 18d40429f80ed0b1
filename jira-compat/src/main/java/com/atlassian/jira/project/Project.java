/*
 * Compile-only declaration. Follows the Jira 10.3 javadoc (docs.atlassian.com/software/jira/docs/api/10.3.0/), interface com.atlassian.jira.project.Project.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.jira.project;

import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.Collection;

public interface Project {
    Long getId();

    String getKey();

    String getName();

    /** The issue types of the project's issue type scheme. */
    Collection<IssueType> getIssueTypes();
}

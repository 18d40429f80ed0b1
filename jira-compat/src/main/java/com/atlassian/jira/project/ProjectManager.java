/*
 * Compile-only declaration. Follows the Jira 10.3 javadoc (docs.atlassian.com/software/jira/docs/api/10.3.0/), interface com.atlassian.jira.project.ProjectManager.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.jira.project;

public interface ProjectManager {
    /** The project with this key, or null. */
    Project getProjectObjByKey(String projectKey);
}

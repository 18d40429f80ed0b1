/*
 * Compile-only declaration of the Jira core interface com.atlassian.jira.project.ProjectManager, for the Jira 10.3 target.
 * No Jira 10.x javadoc page of this type could be read here, so its signatures are the best older evidence:
 * Checked against https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/project/ProjectManager.html
 * (Jira undated DAC reference (6.x era)).
 * Every row of it in jira-compat/ledger/jira.md is `unconfirmed`: check it against a real Jira 10.3.
 * Only the members the add-on calls are declared.
 */
package com.atlassian.jira.project;

public interface ProjectManager {
    /** The project with this key, or null. */
    Project getProjectObjByKey(String projectKey);
}

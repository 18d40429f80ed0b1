/*
 * Compile-only declaration. Follows the Jira 10.3 javadoc (docs.atlassian.com/software/jira/docs/api/10.3.0/), interface com.atlassian.jira.config.PriorityManager.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.jira.config;

import com.atlassian.jira.issue.priority.Priority;

import java.util.List;

public interface PriorityManager {
    /** All priorities, in their sequence. */
    List<Priority> getPriorities();
}

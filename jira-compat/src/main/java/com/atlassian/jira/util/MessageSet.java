/*
 * Compile-only declaration of the Jira core interface com.atlassian.jira.util.MessageSet, for the Jira 10.3 target.
 * No Jira 10.x javadoc page could be read: https://docs.atlassian.com/jira/latest/com/atlassian/jira/util/MessageSet.html
 * (7.6.x "latest"). Only the members the add-on (and its tests) call are declared.
 */
package com.atlassian.jira.util;

import java.util.Set;

public interface MessageSet {
    void addErrorMessage(String errorMessage);

    boolean hasAnyErrors();

    Set<String> getErrorMessages();
}

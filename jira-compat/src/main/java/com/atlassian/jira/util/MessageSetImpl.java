/*
 * Compile-only declaration of the Jira core class com.atlassian.jira.util.MessageSetImpl, for the Jira 10.3 target
 * (https://docs.atlassian.com/jira/latest/com/atlassian/jira/util/MessageSetImpl.html, 7.6.x "latest"; there it extends
 * AbstractMessageSet, which the add-on never names). A value, so that a host (the OSGi host test) and the Mockito tests
 * can read what a JQL function reported; Jira's own class replaces it at run time.
 */
package com.atlassian.jira.util;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

public class MessageSetImpl implements MessageSet {
    private final Set<String> errors = new LinkedHashSet<>();

    public MessageSetImpl() {
    }

    @Override
    public void addErrorMessage(String errorMessage) {
        errors.add(errorMessage);
    }

    @Override
    public boolean hasAnyErrors() {
        return !errors.isEmpty();
    }

    @Override
    public Set<String> getErrorMessages() {
        return Collections.unmodifiableSet(errors);
    }
}

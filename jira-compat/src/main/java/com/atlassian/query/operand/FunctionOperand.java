/*
 * Compile-only declaration of the class com.atlassian.query.operand.FunctionOperand (atlassian-query, shipped with jira-api),
 * a JQL function call with its arguments as texts. Read on
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/query/operand/FunctionOperand.html (unversioned DAC page).
 * A value, so that the Mockito tests and the host test can call a function as Jira does.
 */
package com.atlassian.query.operand;

import java.util.Collection;
import java.util.List;

public final class FunctionOperand implements Operand {
    private final String name;
    private final List<String> args;

    public FunctionOperand(String name, Collection<String> args) {
        this.name = name;
        this.args = List.copyOf(args);
    }

    public String getName() {
        return name;
    }

    public List<String> getArgs() {
        return args;
    }
}

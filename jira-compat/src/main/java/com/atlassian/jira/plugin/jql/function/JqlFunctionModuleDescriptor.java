/*
 * Compile-only declaration of the Jira core interface com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor.
 * Named by JqlFunction#init (https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/jql/function/AbstractJqlFunction.html,
 * 7.x era); the add-on calls none of its members, so none are declared.
 */
package com.atlassian.jira.plugin.jql.function;

public interface JqlFunctionModuleDescriptor {
}

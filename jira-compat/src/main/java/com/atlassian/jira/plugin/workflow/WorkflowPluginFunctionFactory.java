/*
 * Compile-only declaration of the Jira core interface com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory, for the Jira 10.3 target.
 * No Jira 10.x javadoc page of this type could be read here, so its signatures are the best older evidence:
 * Checked against https://docs.atlassian.com/jira/4.0/com/atlassian/jira/plugin/workflow/WorkflowUberFunctionPluginFactory.html
 * (Jira 4.0, an implementing class).
 * Every row of it in jira-compat/ledger/jira.md is `unconfirmed`: check it against a real Jira 10.3.
 * Only the members the add-on calls are declared.
 */
package com.atlassian.jira.plugin.workflow;

public interface WorkflowPluginFunctionFactory extends WorkflowPluginFactory {
}

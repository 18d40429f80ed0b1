/*
 * Compile-only declaration of the Jira core interface com.atlassian.jira.plugin.workflow.WorkflowPluginFactory, for the Jira 10.3 target.
 * No Jira 10.x javadoc page of this type could be read here, so its signatures are the best older evidence:
 * Checked against https://docs.atlassian.com/jira/4.0/com/atlassian/jira/plugin/workflow/WorkflowPluginFactory.html
 * (Jira 4.0; the 7.0.8 page of WorkflowPermissionValidatorPluginFactory lists the same two methods as inherited from WorkflowPluginFactory).
 * Every row of it in jira-compat/ledger/jira.md is `unconfirmed`: check it against a real Jira 10.3.
 * Only the members the add-on calls are declared.
 */
package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;

import java.util.Map;

public interface WorkflowPluginFactory {
    /** Values for the configuration screens: resource "input-parameters", "edit-parameters" or "view". */
    Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);

    /** The descriptor's arguments from the submitted configuration form (values are String[]). */
    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}

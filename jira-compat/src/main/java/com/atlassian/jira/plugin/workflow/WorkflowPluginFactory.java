/*
 * Compile-only declaration. Follows the Jira 10.3 javadoc (docs.atlassian.com/software/jira/docs/api/10.3.0/), interface com.atlassian.jira.plugin.workflow.WorkflowPluginFactory.
 * Only the methods the add-on calls are declared.
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

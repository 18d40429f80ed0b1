/*
 * Compile-only declaration. Follows the Jira 10.3 javadoc (docs.atlassian.com/software/jira/docs/api/10.3.0/), interface com.atlassian.jira.issue.customfields.CustomFieldType.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.jira.issue.customfields;

public interface CustomFieldType<T, S> {
    /** The type's complete module key, "com.atlassian.jira.plugin.system.customfieldtypes:select". */
    String getKey();
}

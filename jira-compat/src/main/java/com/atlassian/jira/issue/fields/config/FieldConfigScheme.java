/*
 * Compile-only declaration. Follows the Jira 10.3 javadoc (docs.atlassian.com/software/jira/docs/api/10.3.0/), interface com.atlassian.jira.issue.fields.config.FieldConfigScheme.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.jira.issue.fields.config;

public interface FieldConfigScheme {
    /** The scheme's configuration, when it has exactly one (as a field created by the API does). */
    FieldConfig getOneAndOnlyConfig();
}

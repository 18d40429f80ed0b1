/*
 * Compile-only declaration. Follows the Jira 10.3 javadoc (docs.atlassian.com/software/jira/docs/api/10.3.0/), interface com.atlassian.jira.issue.customfields.manager.OptionsManager.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.jira.issue.customfields.manager;

import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.config.FieldConfig;

public interface OptionsManager {
    Options getOptions(FieldConfig fieldConfig);

    /** @param parentOptionId null for a top-level option; @param sequence its place in the list */
    Option createOption(FieldConfig fieldConfig, Long parentOptionId, Long sequence, String value);
}

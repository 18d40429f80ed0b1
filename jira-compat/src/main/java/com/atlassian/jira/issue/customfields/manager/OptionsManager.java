/*
 * Compile-only declaration of the Jira core interface com.atlassian.jira.issue.customfields.manager.OptionsManager, for the Jira 10.3 target.
 * No Jira 10.x javadoc page of this type could be read here, so its signatures are the best older evidence:
 * Checked against https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/config/FieldConfig.html
 * (Jira "server" = 7.6.1 when it was stored; its example calls optionsManager.getOptions(fieldConfig)).
 * Every row of it in jira-compat/ledger/jira.md is `unconfirmed`: check it against a real Jira 10.3.
 * Only the members the add-on calls are declared.
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

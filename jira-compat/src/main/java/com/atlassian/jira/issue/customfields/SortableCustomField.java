/*
 * Compile-only declaration of the Jira core interface com.atlassian.jira.issue.customfields.SortableCustomField, for the Jira 10.3 target.
 * No Jira 10.x javadoc page of this type could be read here, so its signatures are the best older evidence:
 * Checked against https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/customfields/SortableCustomField.html
 * (7.6.x "latest"). Every row of it in jira-compat/ledger/jira.md is `unconfirmed`. Implemented by the plugin (SlaFieldType).
 */
package com.atlassian.jira.issue.customfields;

import com.atlassian.jira.issue.fields.config.FieldConfig;

public interface SortableCustomField<T> {
    /** Compares two values of the field (never null) when the field has no searcher of its own that sorts. */
    int compare(T customFieldObjectValue1, T customFieldObjectValue2, FieldConfig fieldConfig);
}

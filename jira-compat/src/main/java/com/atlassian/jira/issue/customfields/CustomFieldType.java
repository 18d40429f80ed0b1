/*
 * Compile-only declaration of the Jira core interface com.atlassian.jira.issue.customfields.CustomFieldType, for the Jira 10.3 target.
 * No Jira 10.x javadoc page of this type could be read here, so its signatures are the best older evidence:
 * Checked against https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html
 * (Jira 7.2.0, the CustomFieldManager page that takes it) and
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/customfields/CustomFieldType.html (7.6.x "latest").
 * Every row of it in jira-compat/ledger/jira.md is `unconfirmed`: check it against a real Jira 10.3.
 * Only the members the add-on calls or implements (the SLA field, a CalculatedCFType) are declared.
 */
package com.atlassian.jira.issue.customfields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;

public interface CustomFieldType<T, S> {
    /** The type's complete module key, "com.atlassian.jira.plugin.system.customfieldtypes:select". */
    String getKey();

    /** The field's value on an issue (the transport object); a calculated field computes it here. */
    T getValueFromIssue(CustomField field, Issue issue);

    /** The singular object as text (what Jira writes in change logs and exports). */
    String getStringFromSingularObject(S singularObject);

    /** The singular object from its text; Jira's declares the unchecked FieldValidationException. */
    S getSingularObjectFromString(String string);
}

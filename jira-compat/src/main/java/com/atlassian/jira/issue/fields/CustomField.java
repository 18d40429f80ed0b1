/*
 * Compile-only declaration. Follows the Jira 10.3 javadoc (docs.atlassian.com/software/jira/docs/api/10.3.0/), interface com.atlassian.jira.issue.fields.CustomField.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;

import java.util.List;

public interface CustomField {
    String getId();

    Long getIdAsLong();

    String getFieldName();

    String getDescription();

    CustomFieldType getCustomFieldType();

    CustomFieldSearcher getCustomFieldSearcher();

    /** The field's contexts; one, global, for a field the add-on created. */
    List<FieldConfigScheme> getConfigurationSchemes();
}

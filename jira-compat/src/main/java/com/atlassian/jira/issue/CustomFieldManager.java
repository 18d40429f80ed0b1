/*
 * Compile-only declaration. Follows the Jira 10.3 javadoc (docs.atlassian.com/software/jira/docs/api/10.3.0/), interface com.atlassian.jira.issue.CustomFieldManager.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

import java.util.List;

public interface CustomFieldManager {
    /** The custom field with this id ("customfield_10100"), or null. */
    CustomField getCustomFieldObject(String id);

    List<CustomField> getCustomFieldObjects();
}

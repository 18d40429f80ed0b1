/*
 * Compile-only declaration. Follows the Jira 10.3 javadoc (docs.atlassian.com/software/jira/docs/api/10.3.0/), interface com.atlassian.jira.issue.CustomFieldManager.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import org.ofbiz.core.entity.GenericEntityException;

import java.util.List;

public interface CustomFieldManager {
    /** The custom field with this id ("customfield_10100"), or null. */
    CustomField getCustomFieldObject(String id);

    List<CustomField> getCustomFieldObjects();

    /** @param issueTypes a list holding null means every issue type */
    CustomField createCustomField(String fieldName, String description, CustomFieldType fieldType,
                                  CustomFieldSearcher customFieldSearcher, List<JiraContextNode> contexts,
                                  List<IssueType> issueTypes) throws GenericEntityException;

    /** The installed type with this complete module key, or null. */
    CustomFieldType getCustomFieldType(String key);

    /** The installed searcher with this complete module key, or null. */
    CustomFieldSearcher getCustomFieldSearcher(String key);

    void updateCustomField(Long id, String name, String description, CustomFieldSearcher searcher);
}

/*
 * Compile-only declaration of the Jira core interface com.atlassian.jira.issue.CustomFieldManager, for the Jira 10.3 target.
 * No Jira 10.x javadoc page of this type could be read here, so its signatures are the best older evidence:
 * Checked against https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html
 * (Jira 7.2.0).
 * Every row of it in jira-compat/ledger/jira.md is `unconfirmed`: check it against a real Jira 10.3.
 * Only the members the add-on calls are declared.
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

    /**
     * Stores the changed name, description or searcher of {@code updatedField} (changed with its setters)
     * and refreshes Jira's cache. The four-argument {@code updateCustomField(Long, String, String,
     * CustomFieldSearcher)} once declared here is gone from Jira's API: see ledger/jira.md.
     */
    void updateCustomField(CustomField updatedField);
}

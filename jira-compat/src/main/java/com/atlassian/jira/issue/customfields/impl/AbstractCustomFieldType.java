/*
 * Compile-only declaration of the Jira core class com.atlassian.jira.issue.customfields.impl.AbstractCustomFieldType, for the Jira 10.3 target.
 * No Jira 10.x javadoc page of this type could be read here: checked against
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/customfields/impl/CalculatedCFType.html (7.6.x "latest":
 * CalculatedCFType extends AbstractCustomFieldType<T,S>). Declared only so that CalculatedCFType has its real superclass;
 * Jira's implements the rest of CustomFieldType (velocity parameters, descriptor, JSON), which the add-on does not call.
 */
package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.customfields.CustomFieldType;

public abstract class AbstractCustomFieldType<T, S> implements CustomFieldType<T, S> {
    public AbstractCustomFieldType() {
    }

    @Override
    public String getKey() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}

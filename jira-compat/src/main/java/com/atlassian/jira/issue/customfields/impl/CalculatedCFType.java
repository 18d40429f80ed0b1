/*
 * Compile-only declaration of the Jira core class com.atlassian.jira.issue.customfields.impl.CalculatedCFType, for the Jira 10.3 target.
 * No Jira 10.x javadoc page of this type could be read here: checked against
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/customfields/impl/CalculatedCFType.html (7.6.x "latest").
 * A read-only field whose value is computed (getValueFromIssue, getStringFromSingularObject and
 * getSingularObjectFromString are left to the subclass); Jira's implements storing as doing nothing.
 * Extended by the plugin (SlaFieldType). Only the constructor is declared: the add-on calls nothing else on it.
 */
package com.atlassian.jira.issue.customfields.impl;

public abstract class CalculatedCFType<T, S> extends AbstractCustomFieldType<T, S> {
    public CalculatedCFType() {
    }
}

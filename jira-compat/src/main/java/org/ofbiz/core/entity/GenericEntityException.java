/*
 * Compile-only declaration of the Jira core class org.ofbiz.core.entity.GenericEntityException, for the Jira 10.3 target.
 * No Jira 10.x javadoc page of this type could be read here, so its signatures are the best older evidence:
 * no Atlassian javadoc page was found; the OFBiz source of org.ofbiz.core.entity.GenericEntityException
 * (2001: extends Exception, constructor (String)) was read in the search tool's code corpus. It is the checked
 * exception of CustomFieldManager#createCustomField.
 * Every row of it in jira-compat/ledger/jira.md is `unconfirmed`: check it against a real Jira 10.3.
 * Only the members the add-on calls are declared.
 */
package org.ofbiz.core.entity;

public class GenericEntityException extends Exception {
    public GenericEntityException(String message) {
        super(message);
    }
}

/*
 * Compile-only declaration of com.atlassian.servicedesk.api.organization.CustomerOrganization, as the JSM 10.3 javadoc gives it:
 * https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/organization/CustomerOrganization.html
 * getId() returns the primitive int (compiling against Integer linked to getId()Ljava/lang/Integer;, which JSM lacks).
 * Only the members the add-on calls are declared; every one has its row in jira-compat/ledger/jsm.md.
 */
package com.atlassian.servicedesk.api.organization;

public interface CustomerOrganization {
    int getId();

    String getName();
}

/*
 * Compile-only declaration of com.atlassian.servicedesk.api.ServiceDesk, as the JSM 10.3 javadoc gives it:
 * https://docs.atlassian.com/jira-servicedesk/10.3.1/com/atlassian/servicedesk/api/ServiceDesk.html
 * Only the members the add-on calls are declared; every one has its row in jira-compat/ledger/jsm.md.
 */
package com.atlassian.servicedesk.api;

public interface ServiceDesk {
    int getId();
}

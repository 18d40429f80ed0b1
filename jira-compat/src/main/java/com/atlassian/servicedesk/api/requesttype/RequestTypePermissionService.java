/*
 * Compile-only declaration of com.atlassian.servicedesk.api.requesttype.RequestTypePermissionService, as the JSM 10.3 javadoc gives it:
 * https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/requesttype/RequestTypePermissionService.html
 * Only the members the add-on calls are declared; every one has its row in jira-compat/ledger/jsm.md.
 */
package com.atlassian.servicedesk.api.requesttype;

public interface RequestTypePermissionService {
    RequestTypePermission getRequestTypePermission(int requestTypeId);

    RequestTypePermission upsertRequestTypePermission(RequestTypePermission requestTypePermission);
}

/*
 * Compile-only declaration. Follows the JSM 10.3 javadoc, interface com.atlassian.servicedesk.api.requesttype.RequestTypePermissionService.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.servicedesk.api.requesttype;

public interface RequestTypePermissionService {
    RequestTypePermission getRequestTypePermission(int requestTypeId);

    RequestTypePermission upsertRequestTypePermission(RequestTypePermission requestTypePermission);
}

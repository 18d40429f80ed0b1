/*
 * Compile-only declaration. Follows the JSM 10.3 javadoc, interface com.atlassian.servicedesk.api.requesttype.RequestTypePermission.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.servicedesk.api.requesttype;

import java.io.Serializable;
import java.util.Set;

public interface RequestTypePermission extends Serializable {
    int getRequestTypeId();

    Set<RequestTypePermissionEntity> getAllowlist();
}
